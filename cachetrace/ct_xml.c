/* ct_xml.c: writes cachetrace's results as profile XML: the settings
   that shape the numbers, then for the summary and each region the event
   totals, iai's metrics (with cache simulation) and each function's
   exclusive events, most Ir first.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcprint.h"
#include "pub_tool_mallocfree.h"
#include "bg_cachesim.h"
#include "bg_iaimetrics.h"
#include "bg_outfile.h"
#include "bg_regions.h"
#include "bg_symbols.h"
#include "bg_xml.h"
#include "ct_xml.h"

static void write_options(BgOut* out, const CtSettings* s)
{
   HChar buf[64];
   Int t;
   bg_xml_option(out, "cache-sim", s->cache_sim ? "yes" : "no");
   bg_xml_option(out, "branch-sim", s->branch_sim ? "yes" : "no");
   VG_(snprintf)(buf, sizeof buf, "%d,%d,%d", bg_I1.cfg.size,
                 bg_I1.cfg.assoc, bg_I1.cfg.line_size);
   bg_xml_option(out, "I1", buf);
   VG_(snprintf)(buf, sizeof buf, "%d,%d,%d", bg_D1.cfg.size,
                 bg_D1.cfg.assoc, bg_D1.cfg.line_size);
   bg_xml_option(out, "D1", buf);
   VG_(snprintf)(buf, sizeof buf, "%d,%d,%d", bg_LL.cfg.size,
                 bg_LL.cfg.assoc, bg_LL.cfg.line_size);
   bg_xml_option(out, "LL", buf);
   bg_xml_option(out, "collect-atstart", s->collect_atstart ? "yes" : "no");
   for (t = 0; t < s->n_toggles; t++)
      bg_xml_option(out, "toggle-collect", s->toggles[t]);
}

static void write_metrics(BgOut* out, Int depth, const CtSettings* s,
                          const CtResults* r, const ULong* ev)
{
   UInt i;
   for (i = 0; i < r->n_events; i++)
      bg_xml_metric(out, depth, bg_event_names[r->events[i]],
                    ev[r->events[i]]);
   if (s->cache_sim) {
      ULong iai[BG_IAI_N];
      bg_iai_metrics(ev, iai);
      for (i = 0; i < BG_IAI_N; i++)
         bg_xml_metric(out, depth, bg_iai_metric_names[i], iai[i]);
   }
}

/* Function ids with a cost, most Ir first (ties by id). */
static const ULong* sort_costs;
static Int by_ir_descending(const void* a, const void* b)
{
   UInt fa = *(const UInt*)a, fb = *(const UInt*)b;
   ULong ia = sort_costs[(SizeT)fa * BG_EV_N + BG_EV_Ir];
   ULong ib = sort_costs[(SizeT)fb * BG_EV_N + BG_EV_Ir];
   if (ia != ib)
      return ia > ib ? -1 : 1;
   return fa < fb ? -1 : fa > fb;
}

static Bool has_cost(const ULong* ev)
{
   UInt e;
   for (e = 0; e < BG_EV_N; e++)
      if (ev[e] != 0)
         return True;
   return False;
}

static void write_costs(BgOut* out, const CtSettings* s, const CtResults* r,
                        const CtCosts* c, UInt* order)
{
   UInt f, n = 0, i;
   write_metrics(out, 2, s, r, c->total);
   for (f = 0; f < r->n_fns; f++)
      if (has_cost(c->per_fn + (SizeT)f * BG_EV_N))
         order[n++] = f;
   sort_costs = c->per_fn;
   VG_(ssort)(order, n, sizeof(UInt), by_ir_descending);
   for (i = 0; i < n; i++) {
      const BgFunction* fn = bg_sym_function(order[i]);
      const ULong* ev = c->per_fn + (SizeT)order[i] * BG_EV_N;
      UInt e;
      bg_xml_begin_function(out, fn->name, fn->file, fn->line, fn->object);
      for (e = 0; e < r->n_events; e++)
         bg_xml_metric(out, 3, bg_event_names[r->events[e]],
                       ev[r->events[e]]);
      bg_xml_end_function(out);
   }
}

Bool ct_xml_write(const CtSettings* s, const CtResults* r,
                  const HChar* partial_reason, const HChar* suffix)
{
   UInt reg;
   UInt* order;
   BgOut* out = bg_out_open("--cachetrace-out-file", s->out_file, suffix);
   if (out == NULL)
      return False;
   order = VG_(malloc)("ct.xml.order", (r->n_fns ? r->n_fns : 1) * sizeof(UInt));
   bg_xml_begin_profile(out, "cachetrace");
   if (partial_reason)
      bg_xml_partial(out, partial_reason);
   write_options(out, s);
   bg_xml_begin_summary(out);
   write_costs(out, s, r, &r->summary, order);
   bg_xml_end_costs(out, True);
   for (reg = 0; reg < r->n_regions; reg++) {
      bg_xml_begin_region(out, bg_region_name(reg));
      write_costs(out, s, r, &r->regions[reg], order);
      bg_xml_end_costs(out, False);
   }
   bg_xml_end_profile(out);
   VG_(free)(order);
   return bg_out_commit(out);
}
