/* hc_output.c: heapcount's profile XML (docs/profile.rng): program-wide
   metrics and sites in <summary>, and per iai.h region the region's own
   totals and the sites that allocated in it; plus the short summary on
   stderr.  A site's frames are its allocation stack, innermost first,
   inlined calls expanded, without the frames of the malloc replacement.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_debuginfo.h"
#include "pub_tool_execontext.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcprint.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_options.h"
#include "bg_outfile.h"
#include "bg_regions.h"
#include "bg_xml.h"
#include "hc_alloc.h"
#include "hc_output.h"
#include "hc_sites.h"

/* ---- Metrics -------------------------------------------------------- */

static void write_stats(BgOut* out, Int depth, const HcStats* s)
{
   bg_xml_metric(out, depth, "TotalBytes", s->tb);
   bg_xml_metric(out, depth, "TotalBlocks", s->tbk);
   bg_xml_metric(out, depth, "AtGmaxBytes", s->gb);
   bg_xml_metric(out, depth, "AtGmaxBlocks", s->gbk);
   bg_xml_metric(out, depth, "MaxBytes", s->mb);
   bg_xml_metric(out, depth, "MaxBlocks", s->mbk);
   bg_xml_metric(out, depth, "EndBytes", s->cb);
   bg_xml_metric(out, depth, "EndBlocks", s->cbk);
   bg_xml_metric(out, depth, "ReadBytes", s->rb);
   bg_xml_metric(out, depth, "WriteBytes", s->wb);
   bg_xml_metric(out, depth, "LifetimeMin", s->lt_n ? s->lt_min : 0);
   bg_xml_metric(out, depth, "LifetimeMean", s->lt_n ? s->lt_sum / s->lt_n : 0);
   bg_xml_metric(out, depth, "LifetimeMax", s->lt_max);
   bg_xml_metric(out, depth, "LifetimeTotal", s->lt_sum);
   bg_xml_metric(out, depth, "BlocksNeverRead", s->never_read);
   bg_xml_metric(out, depth, "BlocksNeverWritten", s->never_written);
}

static void write_misuse(BgOut* out)
{
   const HcMisuse* m = hc_alloc_misuse();
   bg_xml_metric(out, 2, "BadFrees", m->bad_frees);
   bg_xml_metric(out, 2, "DoubleFrees", m->double_frees);
   bg_xml_metric(out, 2, "InteriorFrees", m->interior_frees);
   bg_xml_metric(out, 2, "BadReallocs", m->bad_reallocs);
   bg_xml_metric(out, 2, "FailedAllocs", m->failed_allocs);
   bg_xml_metric(out, 2, "ZeroSizeAllocs", m->zero_allocs);
   bg_xml_metric(out, 2, "BadCustomRequests", m->bad_custom);
}

/* ---- Frames --------------------------------------------------------- */

static Bool in_preload(DiEpoch ep, Addr ip)
{
   const HChar* obj;
   const HChar* base;
   if (!VG_(get_objname)(ep, ip, &obj))
      return False;
   base = VG_(strrchr)(obj, '/');
   base = base ? base + 1 : obj;
   return VG_(strncmp)(base, "vgpreload_", 10) == 0;
}

/* One frame from VG_(describe_IP)'s "0xIP: NAME (FILE:LINE)" or
   "0xIP: NAME (in OBJECT)" or "0xIP: NAME". */
static void write_frame(BgOut* out, DiEpoch ep, Addr ip, const HChar* desc)
{
   HChar buf[4096];
   HChar* name;
   HChar* loc = NULL;
   const HChar* file = "???";
   const HChar* object = NULL;
   UInt line = 0;
   SizeT len;
   HChar* colon = VG_(strstr)(desc, ": ");

   VG_(strncpy)(buf, colon ? colon + 2 : desc, sizeof buf - 1);
   buf[sizeof buf - 1] = '\0';
   name = buf;
   len = VG_(strlen)(buf);
   if (len > 0 && buf[len - 1] == ')') {
      HChar* open = NULL;
      HChar* s;
      for (s = buf; (s = VG_(strstr)(s, " (")) != NULL; s++)
         open = s;
      if (open) {
         *open = '\0';
         buf[len - 1] = '\0';
         loc = open + 2;
      }
   }
   if (loc && VG_(strncmp)(loc, "in ", 3) == 0)
      object = loc + 3;
   else if (loc) {
      HChar* c = VG_(strrchr)(loc, ':');
      if (c) {
         *c = '\0';
         line = (UInt)VG_(strtoll10)(c + 1, NULL);
      }
      file = loc;
      if (!VG_(get_objname)(ep, ip, &object))
         object = NULL;
   }
   bg_out_printf(out, "      <frame name=\"");
   bg_xml_escaped(out, name);
   bg_out_printf(out, "\" file=\"");
   bg_xml_escaped(out, file);
   bg_out_printf(out, "\" line=\"%u\" ip=\"0x%lx\"", line, (UWord)ip);
   if (object) {
      bg_out_printf(out, " object=\"");
      bg_xml_escaped(out, object);
      bg_out_printf(out, "\"");
   }
   bg_out_printf(out, "/>\n");
}

typedef struct {
   Addr    ips[256];
   UInt    n;
   DiEpoch ep;
} Stack;

static void collect_ip(UInt i, DiEpoch ep, Addr ip, void* opaque)
{
   Stack* st = opaque;
   st->ep = ep;
   if (st->n < 256)
      st->ips[st->n++] = ip;
}

static void write_frames(BgOut* out, ExeContext* ec)
{
   Stack st;
   UInt i = 0;
   st.n = 0;
   st.ep = VG_(get_ExeContext_epoch)(ec);
   VG_(apply_ExeContext)(collect_ip, &st, ec);
   while (i + 1 < st.n && in_preload(st.ep, st.ips[i]))
      i++;
   if (st.n == 0)
      write_frame(out, st.ep, 0, "???");
   for (; i < st.n; i++) {
      InlIPCursor* iipc = VG_(new_IIPC)(st.ep, st.ips[i]);
      do
         write_frame(out, st.ep, st.ips[i],
                     VG_(describe_IP)(st.ep, st.ips[i], iipc));
      while (VG_(next_IIPC)(iipc));
      VG_(delete_IIPC)(iipc);
   }
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

/* The sites with allocations in REGION (or all, if REGION is NO_REGION),
   most bytes first. */
#define ALL_SITES 0xFFFFFFFFu
static void write_sites(BgOut* out, UInt region)
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
   for (i = 0; i < k; i++) {
      bg_out_printf(out, "    <site>\n");
      write_frames(out, rows[i].site->ec);
      write_stats(out, 3, rows[i].stats);
      bg_out_printf(out, "    </site>\n");
   }
   VG_(free)(rows);
}

/* ---- The file and the summary -------------------------------------- */

static void write_options(BgOut* out, Bool track, Bool collect_atstart)
{
   HChar num[32];
   bg_xml_option(out, "track-accesses", track ? "yes" : "no");
   bg_xml_option(out, "collect-atstart", collect_atstart ? "yes" : "no");
   VG_(sprintf)(num, "%d", VG_(clo_backtrace_size));
   bg_xml_option(out, "num-callers", num);
}

static void write_xml(const HcOutputSettings* set)
{
   UInt r;
   BgOut* out = bg_out_open("--heapcount-out-file", set->pattern,
                            set->suffix);
   if (out == NULL)
      return;
   bg_xml_begin_profile(out, "heapcount");
   if (set->partial_reason)
      bg_xml_partial(out, set->partial_reason);
   write_options(out, set->track_accesses, set->collect_atstart);
   bg_xml_begin_summary(out);
   write_stats(out, 2, hc_sites_total());
   bg_xml_metric(out, 2, "Instructions", hc_instrs);
   bg_xml_metric(out, 2, "AtGmaxInstructions", hc_sites_tgmax());
   write_misuse(out);
   write_sites(out, ALL_SITES);
   bg_xml_end_costs(out, True);
   for (r = 0; r < bg_regions_n_regions(); r++) {
      bg_xml_begin_region(out, bg_region_name(r));
      write_stats(out, 2, hc_sites_region(r));
      write_sites(out, r);
      bg_xml_end_costs(out, False);
   }
   bg_xml_end_profile(out);
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
