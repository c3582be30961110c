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
#include "bg_cgxml.h"
#include "bg_cglabels.h"
#include "bg_names.h"
#include "bg_outfile.h"
#include "bg_regions.h"
#include "bg_symbols.h"
#include "bg_toggle.h"
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

static const HChar* const metric_names[] = { "Ir", "Ir.incl" };
/* Ir is the call graph's event 0; metric 0 its exclusive cost, metric 1
   its inclusive one */
static const BgCgXmlLayout cg_layout = { 2, 1, { 0 }, { 0 }, { 1 } };

/* The summary (REGION NULL) or a region: its total, each function's
   exclusive Ir, and with a call graph (CG) each function's inclusive
   Ir, the edges and the call tree. */
static void write_costs(BgXml* x, const Costs* c, const HChar* region,
                        const BgCgResults* cg, UInt* order)
{
   ULong values[2];
   UInt i;
   values[0] = values[1] = c->total;
   if (region)
      bg_xml_begin_region(x, region, values);
   else
      bg_xml_begin_summary(x, values);
   for (i = 0; i < c->n_fns; i++)
      order[i] = i;
   sort_costs = c;
   VG_(ssort)(order, c->n_fns, sizeof(UInt), by_cost_descending);
   for (i = 0; i < c->n_fns; i++) {
      UInt f = c->fns[order[i]];
      const BgFunction* fn = bg_sym_function(f);
      values[0] = c->ir[order[i]];
      values[1] = 0;
      if (cg)
         bg_cgxml_function_incl(cg, &cg_layout, f, values);
      bg_xml_function(x, fn->name, fn->file, fn->line, fn->object, values);
   }
   if (cg)
      bg_cgxml_costs(x, cg, &cg_layout);
   bg_xml_end_costs(x, region == NULL);
}

static void write_xml(const IcSettings* s,
                      const HChar* partial_reason, const HChar* suffix,
                      const Costs* summary, const Costs* regions,
                      UInt n_regions, UInt n_fns)
{
   UInt r;
   UInt* order;
   BgXml* x;
   BgCgResults cg;
   BgOut* out = bg_out_open("--iaicount-out-file", s->out_file, suffix);
   if (out == NULL)
      return;
   order = VG_(malloc)("ic.out.order", (n_fns ? n_fns : 1) * sizeof(UInt));
   x = VG_(malloc)("ic.out.xml", sizeof *x);
   bg_xml_begin(x, out, "iaicount", metric_names, s->call_graph ? 2 : 1, 0);
   if (partial_reason)
      bg_xml_partial(x, partial_reason);
   bg_xml_option(x, "collect-atstart", s->collect_atstart ? "yes" : "no");
   bg_toggle_xml_options(x);
   bg_cgxml_options(x);
   if (s->call_graph)
      bg_cgxml_frames(x);
   if (s->call_graph)
      bg_cgresults_summary(&cg);
   write_costs(x, summary, NULL, s->call_graph ? &cg : NULL, order);
   if (s->call_graph)
      bg_cgresults_free(&cg);
   for (r = 0; r < n_regions; r++) {
      if (s->call_graph)
         bg_cgresults_region(&cg, r);
      write_costs(x, &regions[r], bg_region_name(r),
                  s->call_graph ? &cg : NULL, order);
      if (s->call_graph)
         bg_cgresults_free(&cg);
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
   bg_cgfiles_write(s->callgrind_out_file, s->folded_out_file, suffix,
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
