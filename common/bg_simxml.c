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

static void geometry_option(BgOut* out, const HChar* name, const BgCache* c)
{
   HChar buf[64];
   VG_(snprintf)(buf, sizeof buf, "%d,%d,%d", c->cfg.size, c->cfg.assoc,
                 c->cfg.line_size);
   bg_xml_option(out, name, buf);
}

void bg_simxml_geometry(BgOut* out)
{
   geometry_option(out, "I1", &bg_I1);
   geometry_option(out, "D1", &bg_D1);
   geometry_option(out, "LL", &bg_LL);
}

static void write_metrics(BgOut* out, Int depth, Bool cache_sim,
                          const BgSimResults* r, const ULong* ev)
{
   UInt i;
   for (i = 0; i < r->n_events; i++)
      bg_xml_metric(out, depth, bg_event_names[r->events[i]],
                    ev[r->events[i]]);
   if (cache_sim) {
      ULong iai[BG_IAI_N];
      bg_iai_metrics(ev, iai);
      for (i = 0; i < BG_IAI_N; i++)
         bg_xml_metric(out, depth, bg_iai_metric_names[i], iai[i]);
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

void bg_simxml_costs(BgOut* out, const BgSimResults* r, const BgSimCosts* c,
                     Bool cache_sim, UInt* order)
{
   UInt i;
   write_metrics(out, 2, cache_sim, r, c->total);
   for (i = 0; i < c->n_fns; i++)
      order[i] = i;
   sort_costs = c;
   VG_(ssort)(order, c->n_fns, sizeof(UInt), by_ir_descending);
   for (i = 0; i < c->n_fns; i++) {
      const BgFunction* fn = bg_sym_function(c->fns[order[i]]);
      const ULong* ev = c->per_fn + (SizeT)order[i] * BG_EV_N;
      UInt e;
      bg_xml_begin_function(out, fn->name, fn->file, fn->line, fn->object);
      for (e = 0; e < r->n_events; e++)
         bg_xml_metric(out, 3, bg_event_names[r->events[e]],
                       ev[r->events[e]]);
      bg_xml_end_function(out);
   }
}
