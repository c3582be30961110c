/* ic_output.c: turns iaicount's segment counters into totals and
   per-function exclusive costs for the summary and each region, writes
   them as profile XML (docs/profile.rng) and prints the short summary on
   stderr.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcprint.h"
#include "pub_tool_mallocfree.h"
#include "bg_names.h"
#include "bg_outfile.h"
#include "bg_regions.h"
#include "bg_symbols.h"
#include "bg_xml.h"
#include "ic_costs.h"
#include "ic_output.h"

/* The costs of the summary or of one region. */
typedef struct {
   ULong  total;
   ULong* per_fn;       /* indexed by function id */
} Costs;

static void costs_init(Costs* c, UInt n_fns)
{
   c->total = 0;
   c->per_fn = VG_(calloc)("ic.out.costs", n_fns ? n_fns : 1, sizeof(ULong));
}

/* Fills SUMMARY (every collected context) and REGIONS[r] (the contexts
   inside region r). */
static void aggregate(Costs* summary, Costs* regions, UInt n_regions,
                      UInt n_fns)
{
   UInt ctx, r, f;
   ULong* scratch = VG_(calloc)("ic.out.scratch", n_fns ? n_fns : 1,
                                sizeof(ULong));
   for (ctx = BG_CTX_ROOT; ctx < bg_regions_n_contexts(); ctx++) {
      ULong total;
      VG_(memset)(scratch, 0, n_fns * sizeof(ULong));
      total = ic_costs_add_context(ctx, scratch);
      if (total == 0)
         continue;
      summary->total += total;
      for (f = 0; f < n_fns; f++)
         summary->per_fn[f] += scratch[f];
      for (r = 0; r < n_regions; r++) {
         if (!bg_context_in_region(ctx, r))
            continue;
         regions[r].total += total;
         for (f = 0; f < n_fns; f++)
            regions[r].per_fn[f] += scratch[f];
      }
   }
   VG_(free)(scratch);
}

/* Function ids with a cost, most expensive first (ties by id). */
static const ULong* sort_costs;
static Int by_cost_descending(const void* a, const void* b)
{
   UInt fa = *(const UInt*)a, fb = *(const UInt*)b;
   if (sort_costs[fa] != sort_costs[fb])
      return sort_costs[fa] > sort_costs[fb] ? -1 : 1;
   return fa < fb ? -1 : fa > fb;
}

static const HChar* const metric_names[] = { "Ir" };

static void write_costs(BgXml* x, const Costs* c, UInt n_fns, UInt* order)
{
   UInt f, n = 0, i;
   for (f = 0; f < n_fns; f++)
      if (c->per_fn[f] > 0)
         order[n++] = f;
   sort_costs = c->per_fn;
   VG_(ssort)(order, n, sizeof(UInt), by_cost_descending);
   for (i = 0; i < n; i++) {
      const BgFunction* fn = bg_sym_function(order[i]);
      bg_xml_function(x, fn->name, fn->file, fn->line, fn->object,
                      &c->per_fn[order[i]]);
   }
}

static void write_xml(const HChar* pattern, Bool collect_atstart,
                      const HChar* partial_reason, const HChar* suffix,
                      const Costs* summary, const Costs* regions,
                      UInt n_regions, UInt n_fns)
{
   UInt r;
   UInt* order;
   BgXml* x;
   BgOut* out = bg_out_open("--iaicount-out-file", pattern, suffix);
   if (out == NULL)
      return;
   order = VG_(malloc)("ic.out.order", (n_fns ? n_fns : 1) * sizeof(UInt));
   x = VG_(malloc)("ic.out.xml", sizeof *x);
   bg_xml_begin(x, out, "iaicount", metric_names, 1, 0);
   if (partial_reason)
      bg_xml_partial(x, partial_reason);
   bg_xml_option(x, "collect-atstart", collect_atstart ? "yes" : "no");
   bg_xml_begin_summary(x, &summary->total);
   write_costs(x, summary, n_fns, order);
   bg_xml_end_costs(x, True);
   for (r = 0; r < n_regions; r++) {
      bg_xml_begin_region(x, bg_region_name(r), &regions[r].total);
      write_costs(x, &regions[r], n_fns, order);
      bg_xml_end_costs(x, False);
   }
   bg_xml_end(x);
   VG_(free)(x);
   VG_(free)(order);
   bg_out_commit(out);
}

static void print_summary(const Costs* summary, const Costs* regions,
                          UInt n_regions)
{
   UInt r;
   HChar name[512];
   VG_(umsg)("I   refs:      %'llu\n", summary->total);
   for (r = 0; r < n_regions; r++)
      VG_(umsg)("  region %s: %'llu\n",
                bg_name_for_terminal(name, sizeof name, bg_region_name(r)),
                regions[r].total);
}

void ic_output_write(const HChar* out_pattern, Bool collect_atstart,
                     const HChar* partial_reason, const HChar* suffix,
                     Bool print)
{
   UInt n_fns = bg_sym_n_functions();
   UInt n_regions = bg_regions_n_regions(), r;
   Costs summary;
   Costs* regions = VG_(malloc)("ic.out.regions",
                                (n_regions ? n_regions : 1) * sizeof(Costs));
   costs_init(&summary, n_fns);
   for (r = 0; r < n_regions; r++)
      costs_init(&regions[r], n_fns);
   aggregate(&summary, regions, n_regions, n_fns);

   write_xml(out_pattern, collect_atstart, partial_reason, suffix,
             &summary, regions, n_regions, n_fns);
   if (print)
      print_summary(&summary, regions, n_regions);

   for (r = 0; r < n_regions; r++)
      VG_(free)(regions[r].per_fn);
   VG_(free)(regions);
   VG_(free)(summary.per_fn);
}
