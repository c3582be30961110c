/* ic_output.c: turns iaicount's segment counters into totals and
   per-function exclusive costs for the summary and each region (each
   holding only the functions with a cost, so that many regions cost
   little), writes them as profile XML (docs/profile.rng) and prints the
   short summary on stderr.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcprint.h"
#include "pub_tool_mallocfree.h"
#include "bg_accum.h"
#include "bg_cglabels.h"
#include "bg_names.h"
#include "bg_outfile.h"
#include "bg_regions.h"
#include "bg_symbols.h"
#include "bg_xml.h"
#include "ic_costs.h"
#include "ic_output.h"

/* The costs of the summary or of one region: the functions with a cost
   and their exclusive Ir. */
typedef struct {
   ULong  total;
   UInt   n_fns;
   UInt*  fns;          /* function ids, ascending */
   ULong* ir;           /* by index in fns */
} Costs;

/* Moves the functions summed in ACC into C, and clears ACC. */
static void take_costs(Costs* c, ULong total, BgAccum* acc)
{
   UInt i, n = 0;
   bg_accum_sort_used(acc);
   c->total = total;
   c->fns = VG_(malloc)("ic.out.fns", (acc->n_used ? acc->n_used : 1)
                                      * sizeof(UInt));
   c->ir = VG_(malloc)("ic.out.ir", (acc->n_used ? acc->n_used : 1)
                                    * sizeof(ULong));
   for (i = 0; i < acc->n_used; i++) {
      UInt f = acc->used[i];
      if (acc->cells[f] == 0)
         continue;
      c->fns[n] = f;
      c->ir[n++] = acc->cells[f];
   }
   c->n_fns = n;
   bg_accum_clear(acc);
}

static void free_costs(Costs* c)
{
   VG_(free)(c->fns);
   VG_(free)(c->ir);
}

/* Fills SUMMARY (every collected context) and REGIONS[r] (the contexts
   inside region r). */
static void aggregate(Costs* summary, Costs* regions, UInt n_regions,
                      UInt n_fns)
{
   BgAccum acc;
   UInt ctx, r, i, n;
   ULong total = 0;
   bg_accum_init(&acc, n_fns, 1);
   ic_costs_settle();
   for (ctx = BG_CTX_ROOT; ctx < bg_regions_n_contexts(); ctx++)
      total += ic_costs_add_context(ctx, &acc);
   take_costs(summary, total, &acc);
   for (r = 0; r < n_regions; r++) {
      const UInt* in = bg_region_contexts(r, &n);
      total = 0;
      for (i = 0; i < n; i++)
         total += ic_costs_add_context(in[i], &acc);
      take_costs(&regions[r], total, &acc);
   }
   bg_accum_free(&acc);
}

/* Functions with a cost, most expensive first (ties by id). */
static const Costs* sort_costs;
static Int by_cost_descending(const void* a, const void* b)
{
   UInt ia = *(const UInt*)a, ib = *(const UInt*)b;
   if (sort_costs->ir[ia] != sort_costs->ir[ib])
      return sort_costs->ir[ia] > sort_costs->ir[ib] ? -1 : 1;
   return ia < ib ? -1 : ia > ib;
}

static const HChar* const metric_names[] = { "Ir" };

static void write_costs(BgXml* x, const Costs* c, UInt* order)
{
   UInt i;
   for (i = 0; i < c->n_fns; i++)
      order[i] = i;
   sort_costs = c;
   VG_(ssort)(order, c->n_fns, sizeof(UInt), by_cost_descending);
   for (i = 0; i < c->n_fns; i++) {
      const BgFunction* fn = bg_sym_function(c->fns[order[i]]);
      bg_xml_function(x, fn->name, fn->file, fn->line, fn->object,
                      &c->ir[order[i]]);
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
   write_costs(x, summary, order);
   bg_xml_end_costs(x, True);
   for (r = 0; r < n_regions; r++) {
      bg_xml_begin_region(x, bg_region_name(r), &regions[r].total);
      write_costs(x, &regions[r], order);
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
   VG_(umsg)(BG_CG_I_REFS "      %'llu\n", summary->total);
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
   aggregate(&summary, regions, n_regions, n_fns);

   write_xml(out_pattern, collect_atstart, partial_reason, suffix,
             &summary, regions, n_regions, n_fns);
   if (print)
      print_summary(&summary, regions, n_regions);

   for (r = 0; r < n_regions; r++)
      free_costs(&regions[r]);
   VG_(free)(regions);
   free_costs(&summary);
}
