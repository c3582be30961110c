/* bg_simxml.c: writes simulation results as profile XML (bg_simxml.h).

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcprint.h"
#include "bg_cachesim.h"
#include "bg_iaimetrics.h"
#include "bg_symbols.h"
#include "bg_xml.h"
#include "bg_simxml.h"

static void geometry_option(BgXml* x, const HChar* name, const BgCache* c)
{
   HChar buf[64];
   VG_(snprintf)(buf, sizeof buf, "%d,%d,%d", c->cfg.size, c->cfg.assoc,
                 c->cfg.line_size);
   bg_xml_option(x, name, buf);
}

void bg_simxml_geometry(BgXml* x)
{
   geometry_option(x, "I1", &bg_I1);
   geometry_option(x, "D1", &bg_D1);
   geometry_option(x, "LL", &bg_LL);
}

UInt bg_simxml_metrics(const BgSimResults* r, Bool cache_sim,
                       const HChar** names)
{
   UInt i, n = 0;
   for (i = 0; i < r->n_events; i++)
      names[n++] = bg_event_names[r->events[i]];
   if (cache_sim)
      for (i = 0; i < BG_IAI_N; i++)
         names[n++] = bg_iai_metric_names[i];
   return n;
}

static const HChar* const incl_names[BG_EV_N] = {
   "Ir.incl", "I1mr.incl", "ILmr.incl", "Dr.incl", "D1mr.incl", "DLmr.incl",
   "Dw.incl", "D1mw.incl", "DLmw.incl", "Bc.incl", "Bcm.incl", "Bi.incl",
   "Bim.incl"
};

UInt bg_simxml_incl_metrics(const BgSimResults* r, UInt n, const HChar** names,
                            BgCgXmlLayout* l)
{
   UInt i;
   l->n_events = r->n_events;
   for (i = 0; i < r->n_events; i++) {
      l->event[i] = r->events[i];
      l->self_at[i] = i;
      l->incl_at[i] = n;
      names[n++] = incl_names[r->events[i]];
   }
   l->n_metrics = n;
   return n;
}

/* EV (BG_EV_N events) as values in bg_simxml_metrics' order. */
static void metric_values(const BgSimResults* r, Bool cache_sim,
                          const ULong* ev, ULong* values)
{
   UInt i, n = 0;
   for (i = 0; i < r->n_events; i++)
      values[n++] = ev[r->events[i]];
   if (cache_sim) {
      ULong iai[BG_IAI_N];
      bg_iai_metrics(ev, iai);
      for (i = 0; i < BG_IAI_N; i++)
         values[n++] = iai[i];
   }
}

/* Function ids with a cost, most Ir first (ties by id). */
static const BgSimCosts* sort_costs;
static Int by_ir_descending(const void* a, const void* b)
{
   UInt ia = *(const UInt*)a, ib = *(const UInt*)b;
   ULong xa = sort_costs->per_fn[(SizeT)ia * BG_EV_N + BG_EV_Ir];
   ULong xb = sort_costs->per_fn[(SizeT)ib * BG_EV_N + BG_EV_Ir];
   if (xa != xb)
      return xa > xb ? -1 : 1;
   return ia < ib ? -1 : ia > ib;
}

void bg_simxml_costs_cg(BgXml* x, const BgSimResults* r, const BgSimCosts* c,
                        Bool cache_sim, const HChar* region_name, UInt* order,
                        const BgCgResults* cg, const BgCgXmlLayout* l)
{
   ULong values[BG_SIMXML_MAX_METRICS];
   UInt i, e;
   VG_(memset)(values, 0, sizeof values);
   metric_values(r, cache_sim, c->total, values);
   if (cg)
      for (e = 0; e < l->n_events; e++)
         values[l->incl_at[e]] = c->total[l->event[e]];
   if (region_name)
      bg_xml_begin_region(x, region_name, values);
   else
      bg_xml_begin_summary(x, values);
   for (i = 0; i < c->n_fns; i++)
      order[i] = i;
   sort_costs = c;
   VG_(ssort)(order, c->n_fns, sizeof(UInt), by_ir_descending);
   for (i = 0; i < c->n_fns; i++) {
      const BgFunction* fn = bg_sym_function(c->fns[order[i]]);
      VG_(memset)(values, 0, sizeof values);
      metric_values(r, cache_sim, c->per_fn + (SizeT)order[i] * BG_EV_N,
                    values);
      if (cg)
         bg_cgxml_function_incl(cg, l, c->fns[order[i]], values);
      bg_xml_function(x, fn->name, fn->file, fn->line, fn->object, values);
   }
   if (cg)
      bg_cgxml_costs(x, cg, l);
   bg_xml_end_costs(x, region_name == NULL);
}

void bg_simxml_costs(BgXml* x, const BgSimResults* r, const BgSimCosts* c,
                     Bool cache_sim, const HChar* region_name, UInt* order)
{
   bg_simxml_costs_cg(x, r, c, cache_sim, region_name, order, NULL, NULL);
}
