/* hc_output.c: heapcount's profile XML (docs/profile.rng): program-wide
   metrics and sites in <summary>, and per iai.h region the region's own
   totals and the sites that allocated in it; plus the short summary on
   stderr.  A site's stack lists ids of the frame table (hc_frames.c).

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcprint.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_options.h"
#include "bg_outfile.h"
#include "bg_regions.h"
#include "bg_xml.h"
#include "hc_alloc.h"
#include "hc_frames.h"
#include "hc_output.h"
#include "hc_sites.h"

/* ---- Metrics -------------------------------------------------------- */

/* The metrics of a site, a region and the summary, then those measured
   for the whole program only (on <summary>). */
static const HChar* const metric_names[] = {
   "TotalBytes", "TotalBlocks", "AtGmaxBytes", "AtGmaxBlocks", "MaxBytes",
   "MaxBlocks", "EndBytes", "EndBlocks", "ReadBytes", "WriteBytes",
   "LifetimeMin", "LifetimeMean", "LifetimeMax", "LifetimeTotal",
   "BlocksNeverRead", "BlocksNeverWritten",
   "Instructions", "AtGmaxInstructions", "BadFrees", "DoubleFrees",
   "InteriorFrees", "BadReallocs", "FailedAllocs", "ZeroSizeAllocs",
   "BadCustomRequests"
};
#define N_METRICS     (sizeof metric_names / sizeof metric_names[0])
#define N_PROGRAM     9      /* Instructions .. BadCustomRequests */

/* S as values in metric_names' order (the program-wide ones 0). */
static void stats_values(const HcStats* s, ULong* v)
{
   UInt i;
   v[0] = s->tb;
   v[1] = s->tbk;
   v[2] = s->gb;
   v[3] = s->gbk;
   v[4] = s->mb;
   v[5] = s->mbk;
   v[6] = s->cb;
   v[7] = s->cbk;
   v[8] = s->rb;
   v[9] = s->wb;
   v[10] = s->lt_n ? s->lt_min : 0;
   v[11] = s->lt_n ? s->lt_sum / s->lt_n : 0;
   v[12] = s->lt_max;
   v[13] = s->lt_sum;
   v[14] = s->never_read;
   v[15] = s->never_written;
   for (i = 16; i < N_METRICS; i++)
      v[i] = 0;
}

static void program_values(ULong* v)
{
   const HcMisuse* m = hc_alloc_misuse();
   stats_values(hc_sites_total(), v);
   v[16] = hc_instrs;
   v[17] = hc_sites_tgmax();
   v[18] = m->bad_frees;
   v[19] = m->double_frees;
   v[20] = m->interior_frees;
   v[21] = m->bad_reallocs;
   v[22] = m->failed_allocs;
   v[23] = m->zero_allocs;
   v[24] = m->bad_custom;
}

/* ---- Sites ---------------------------------------------------------- */

typedef struct {
   HcSite*        site;
   const HcStats* stats;
} SiteRow;

static Int by_total_bytes(const void* a, const void* b)
{
   const SiteRow* x = a;
   const SiteRow* y = b;
   if (x->stats->tb != y->stats->tb)
      return x->stats->tb > y->stats->tb ? -1 : 1;
   return x->site->id < y->site->id ? -1 : x->site->id > y->site->id;
}

/* The sites with allocations in REGION (or all, if ALL_SITES), most bytes
   first; *N gets their number. */
#define ALL_SITES 0xFFFFFFFFu
static SiteRow* collect_rows(UInt region, UInt* n_rows)
{
   UInt n, i, k = 0;
   HcSite** sites = hc_sites_all(&n);
   SiteRow* rows = VG_(malloc)("hc.out.rows", (n ? n : 1) * sizeof(SiteRow));
   for (i = 0; i < n; i++) {
      const HcStats* s = &sites[i]->all;
      if (region != ALL_SITES)
         s = hc_sites_in_region(sites[i], region);
      if (s == NULL || s->tbk == 0)
         continue;
      rows[k].site = sites[i];
      rows[k].stats = s;
      k++;
   }
   VG_(ssort)(rows, k, sizeof(SiteRow), by_total_bytes);
   *n_rows = k;
   return rows;
}

static void write_sites(BgXml* x, const SiteRow* rows, UInt n)
{
   ULong v[N_METRICS];
   UInt i, n_ids;
   for (i = 0; i < n; i++) {
      const UInt* ids = hc_frames_stack(rows[i].site->ec, &n_ids);
      stats_values(rows[i].stats, v);
      bg_xml_site(x, ids, n_ids, v);
   }
}

/* ---- The file and the summary -------------------------------------- */

static void write_options(BgXml* x, Bool track, Bool collect_atstart)
{
   HChar num[32];
   bg_xml_option(x, "track-accesses", track ? "yes" : "no");
   bg_xml_option(x, "collect-atstart", collect_atstart ? "yes" : "no");
   VG_(sprintf)(num, "%d", VG_(clo_backtrace_size));
   bg_xml_option(x, "num-callers", num);
}

/* Every site of the summary and of each region (costs 0 and 1 ..),
   frames numbered in the order the file lists the sites. */
static void write_xml(const HcOutputSettings* set)
{
   UInt r, i, n_costs = bg_regions_n_regions() + 1;
   ULong v[N_METRICS];
   SiteRow** rows;
   UInt* n_rows;
   BgXml* x;
   BgOut* out = bg_out_open("--heapcount-out-file", set->pattern,
                            set->suffix);
   if (out == NULL)
      return;
   rows = VG_(malloc)("hc.out.rows", n_costs * sizeof(SiteRow*));
   n_rows = VG_(malloc)("hc.out.nrows", n_costs * sizeof(UInt));
   hc_frames_init();
   for (r = 0; r < n_costs; r++) {
      rows[r] = collect_rows(r == 0 ? ALL_SITES : r - 1, &n_rows[r]);
      for (i = 0; i < n_rows[r]; i++)
         hc_frames_add(rows[r][i].site->ec);
   }

   x = VG_(malloc)("hc.out.xml", sizeof *x);
   bg_xml_begin(x, out, "heapcount", metric_names, N_METRICS, N_PROGRAM);
   if (set->partial_reason)
      bg_xml_partial(x, set->partial_reason);
   write_options(x, set->track_accesses, set->collect_atstart);
   hc_frames_write(x);
   program_values(v);
   bg_xml_begin_summary(x, v);
   write_sites(x, rows[0], n_rows[0]);
   bg_xml_end_costs(x, True);
   for (r = 1; r < n_costs; r++) {
      stats_values(hc_sites_region(r - 1), v);
      bg_xml_begin_region(x, bg_region_name(r - 1), v);
      write_sites(x, rows[r], n_rows[r]);
      bg_xml_end_costs(x, False);
   }
   bg_xml_end(x);
   hc_frames_free();
   for (r = 0; r < n_costs; r++)
      VG_(free)(rows[r]);
   VG_(free)(rows);
   VG_(free)(n_rows);
   VG_(free)(x);
   bg_out_commit(out);
}

static void report_misuse(void)
{
   const HcMisuse* m = hc_alloc_misuse();
   if (m->bad_frees)
      VG_(umsg)("warning: %'llu free()s of an address that is not a heap "
                "block (ignored)\n", m->bad_frees);
   if (m->double_frees)
      VG_(umsg)("warning: %'llu double free()s (ignored)\n", m->double_frees);
   if (m->interior_frees)
      VG_(umsg)("warning: %'llu free()s of an address inside a heap block "
                "(ignored)\n", m->interior_frees);
   if (m->bad_reallocs)
      VG_(umsg)("warning: %'llu realloc()s of an address that is not a "
                "heap block (NULL returned)\n", m->bad_reallocs);
   if (m->failed_allocs)
      VG_(umsg)("note: %'llu allocations failed (too large, or aligned to "
                "more than 16 MiB)\n",
                m->failed_allocs);
   if (m->zero_allocs)
      VG_(umsg)("note: %'llu allocation%s of 0 bytes (counted as 1 byte, "
                "like DHAT)\n", m->zero_allocs, m->zero_allocs == 1 ? "" : "s");
   if (m->bad_custom)
      VG_(umsg)("warning: %'llu bad MALLOCLIKE/FREELIKE/RESIZEINPLACE "
                "requests (ignored)\n", m->bad_custom);
}

static void print_summary(void)
{
   const HcStats* t = hc_sites_total();
   VG_(umsg)("\n");
   VG_(umsg)("Total:     %'llu bytes in %'llu blocks\n", t->tb, t->tbk);
   VG_(umsg)("At t-gmax: %'llu bytes in %'llu blocks\n", t->gb, t->gbk);
   VG_(umsg)("At t-end:  %'llu bytes in %'llu blocks\n", t->cb, t->cbk);
   VG_(umsg)("Reads:     %'llu bytes\n", t->rb);
   VG_(umsg)("Writes:    %'llu bytes\n", t->wb);
   report_misuse();
}

void hc_output_write(const HcOutputSettings* set)
{
   write_xml(set);
   if (set->print)
      print_summary();
}
