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

void bg_simxml_costs(BgXml* x, const BgSimResults* r, const BgSimCosts* c,
                     Bool cache_sim, const HChar* region_name, UInt* order)
{
   ULong values[BG_SIMXML_MAX_METRICS];
   UInt i;
   metric_values(r, cache_sim, c->total, values);
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
      metric_values(r, cache_sim, c->per_fn + (SizeT)order[i] * BG_EV_N,
                    values);
      bg_xml_function(x, fn->name, fn->file, fn->line, fn->object, values);
   }
   bg_xml_end_costs(x, region_name == NULL);
}
