/* bg_cgxml.c: the call graph in the profile XML (bg_cgxml.h).

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_mallocfree.h"
#include "bg_symbols.h"
#include "bg_cgfn.h"
#include "bg_cgtree.h"
#include "bg_cgxml.h"

void bg_cgxml_options(BgXml* x)
{
   if (bg_cg_enabled())
      bg_xml_option(x, "call-graph", "yes");
}

void bg_cgxml_frames(BgXml* x)
{
   UInt n = bg_cgfn_n(), f;
   bg_xml_begin_frames(x);
   for (f = 0; f < n; f++) {
      const BgCgFn* fn = bg_cgfn(f);
      const BgFunction* home = bg_sym_function(fn->home);
      bg_xml_frame(x, f + 1, fn->entry, fn->name, home->file, home->line,
                   fn->object);
   }
   bg_xml_end_frames(x);
}

void bg_cgxml_function_incl(const BgCgResults* r, const BgCgXmlLayout* l,
                            UInt bgfn, ULong* values)
{
   UInt fn = bg_cgfn_of_function(bgfn), e;
   Int at;
   if (fn == BG_CG_NO_FN || (at = bg_cgresults_fn_index(r, fn)) < 0)
      return;
   for (e = 0; e < l->n_events; e++)
      values[l->incl_at[e]] = r->fn_incl[(SizeT)at * r->n_events + l->event[e]];
}

static const BgCgResults* sort_results;
static Int by_caller_callee(const void* a, const void* b)
{
   const BgCgEdge* x = &sort_results->edges[*(const UInt*)a];
   const BgCgEdge* y = &sort_results->edges[*(const UInt*)b];
   if (x->caller != y->caller)
      return x->caller < y->caller ? -1 : 1;
   if (x->callee != y->callee)
      return x->callee < y->callee ? -1 : 1;
   return 0;
}

/* The edges with their recursion levels merged, in caller, callee
   order. */
static void calls(BgXml* x, const BgCgResults* r, const BgCgXmlLayout* l,
                  ULong* values)
{
   UInt* order = VG_(malloc)("bg.cgxml.order",
                             (r->n_edges ? r->n_edges : 1) * sizeof(UInt));
   UInt i, j, e, n = r->n_edges;
   for (i = 0; i < n; i++)
      order[i] = i;
   sort_results = r;
   VG_(ssort)(order, n, sizeof(UInt), by_caller_callee);
   for (i = 0; i < n; i = j) {
      const BgCgEdge* first = &r->edges[order[i]];
      ULong n_calls = 0;
      VG_(memset)(values, 0, l->n_metrics * sizeof(ULong));
      for (j = i; j < n && r->edges[order[j]].caller == first->caller
                  && r->edges[order[j]].callee == first->callee; j++) {
         const BgCgEdge* ed = &r->edges[order[j]];
         n_calls += ed->calls;
         for (e = 0; e < l->n_events; e++)
            values[l->incl_at[e]] += ed->incl[l->event[e]];
      }
      bg_xml_call(x, first->caller + 1, first->callee + 1, n_calls, values);
   }
   VG_(free)(order);
}

static void nodes(BgXml* x, const BgCgResults* r, const BgCgXmlLayout* l,
                  ULong* values)
{
   UInt k, e;
   for (k = 1; k < r->n_nodes; k++) {
      VG_(memset)(values, 0, l->n_metrics * sizeof(ULong));
      for (e = 0; e < l->n_events; e++) {
         values[l->self_at[e]] = r->self[(SizeT)k * r->n_events + l->event[e]];
         values[l->incl_at[e]] = r->incl[(SizeT)k * r->n_events + l->event[e]];
      }
      bg_xml_node(x, k, r->parent[k], bg_cgtree_nodes[r->node[k]].fn + 1,
                  r->calls[k], values);
   }
}

void bg_cgxml_costs(BgXml* x, const BgCgResults* r, const BgCgXmlLayout* l)
{
   ULong* values = VG_(malloc)("bg.cgxml.values",
                               (l->n_metrics ? l->n_metrics : 1) * sizeof(ULong));
   calls(x, r, l, values);
   nodes(x, r, l, values);
   VG_(free)(values);
}
