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
#include "bg_cgfile.h"
#include "bg_cgresults.h"
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

static void write_costs(BgOut* out, const Costs* c, UInt* order)
{
   UInt i;
   bg_xml_metric(out, 2, "Ir", c->total);
   for (i = 0; i < c->n_fns; i++)
      order[i] = i;
   sort_costs = c;
   VG_(ssort)(order, c->n_fns, sizeof(UInt), by_cost_descending);
   for (i = 0; i < c->n_fns; i++) {
      const BgFunction* fn = bg_sym_function(c->fns[order[i]]);
      bg_xml_begin_function(out, fn->name, fn->file, fn->line, fn->object);
      bg_xml_metric(out, 3, "Ir", c->ir[order[i]]);
      bg_xml_end_function(out);
   }
}

static void write_xml(const IcSettings* s,
                      const HChar* partial_reason, const HChar* suffix,
                      const Costs* summary, const Costs* regions,
                      UInt n_regions, UInt n_fns)
{
   UInt r;
   UInt* order;
   BgOut* out = bg_out_open("--iaicount-out-file", s->out_file, suffix);
   if (out == NULL)
      return;
   order = VG_(malloc)("ic.out.order", (n_fns ? n_fns : 1) * sizeof(UInt));
   bg_xml_begin_profile(out, "iaicount");
   if (partial_reason)
      bg_xml_partial(out, partial_reason);
   bg_xml_option(out, "collect-atstart", s->collect_atstart ? "yes" : "no");
   bg_xml_begin_summary(out);
   write_costs(out, summary, order);
   bg_xml_end_costs(out, True);
   for (r = 0; r < n_regions; r++) {
      bg_xml_begin_region(out, bg_region_name(r));
      write_costs(out, &regions[r], order);
      bg_xml_end_costs(out, False);
   }
   bg_xml_end_profile(out);
   VG_(free)(order);
   bg_out_commit(out);
}

static void print_summary(const Costs* summary, const Costs* regions,
                          UInt n_regions)
{
   UInt r;
   VG_(umsg)("I   refs:      %'llu\n", summary->total);
   for (r = 0; r < n_regions; r++)
      VG_(umsg)("  region %s: %'llu\n", bg_region_name(r), regions[r].total);
}

/* The call graph's files: the summary's results, with the exclusive
   costs per line. */
static void write_call_graph_files(const IcSettings* s, const HChar* suffix)
{
   static const UInt columns[1] = { 0 };
   static const HChar* const names[1] = { "Ir" };
   UInt n_lines = bg_sym_n_lines(), ctx;
   ULong* per_line;
   BgCgResults r;
   BgCgFileSpec spec;
   if (s->callgrind_out_file == NULL && s->folded_out_file == NULL)
      return;
   per_line = VG_(calloc)("ic.out.perline", n_lines ? n_lines : 1,
                          sizeof(ULong));
   for (ctx = BG_CTX_ROOT; ctx < bg_regions_n_contexts(); ctx++)
      ic_costs_add_context_lines(ctx, per_line);
   bg_cgresults_summary(&r);
   spec.creator = "iaicount";
   spec.n_columns = 1;
   spec.columns = columns;
   spec.names = names;
   spec.per_line = per_line;
   spec.stride = 1;
   spec.n_lines = n_lines;
   spec.results = &r;
   if (s->callgrind_out_file != NULL)
      bg_cgfile_write("--callgrind-out-file", s->callgrind_out_file, suffix,
                      &spec);
   if (s->folded_out_file != NULL)
      bg_cgfolded_write("--folded-out-file", s->folded_out_file, suffix,
                        &spec);
   bg_cgresults_free(&r);
   VG_(free)(per_line);
}

void ic_output_write(const IcSettings* s, const HChar* partial_reason,
                     const HChar* suffix, Bool print)
{
   UInt n_fns = bg_sym_n_functions();
   UInt n_regions = bg_regions_n_regions(), r;
   Costs summary;
   Costs* regions = VG_(malloc)("ic.out.regions",
                                (n_regions ? n_regions : 1) * sizeof(Costs));
   aggregate(&summary, regions, n_regions, n_fns);

   write_xml(s, partial_reason, suffix, &summary, regions, n_regions, n_fns);
   write_call_graph_files(s, suffix);
   if (print)
      print_summary(&summary, regions, n_regions);

   for (r = 0; r < n_regions; r++)
      free_costs(&regions[r]);
   VG_(free)(regions);
   free_costs(&summary);
}
