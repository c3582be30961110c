/* heapview_text.c: heapview's terminal report of one profile: the
   program-wide totals, the highlights, then the selected sites either flat
   (one block of lines each) or folded into the call tree.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "heapview.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

/* ---- spelling numbers ------------------------------------------------- */

char *hv_grouped(uint64_t v, char *buf)
{
   char tmp[32];
   int n = snprintf(tmp, sizeof tmp, "%" PRIu64, v);
   char *o = buf;
   for (int i = 0; i < n; i++) {
      if (i > 0 && (n - i) % 3 == 0)
         *o++ = ',';
      *o++ = tmp[i];
   }
   *o = '\0';
   return buf;
}

char *hv_bytes(uint64_t v, char *buf)
{
   static const char *const units[] = { "KiB", "MiB", "GiB", "TiB", "PiB",
                                        "EiB" };
   if (v < 1024) {
      snprintf(buf, 32, "%" PRIu64 " B", v);
      return buf;
   }
   double d = (double)v / 1024;
   int u = 0;
   while (d >= 1024 && u < 5) {
      d /= 1024;
      u++;
   }
   snprintf(buf, 32, "%.2f %s", d, units[u]);
   return buf;
}

char *hv_pct(uint64_t part, uint64_t whole, char *buf)
{
   if (whole == 0)
      snprintf(buf, 32, "-");
   else
      snprintf(buf, 32, "%.2f%%", 100.0 * (double)part / (double)whole);
   return buf;
}

static char *per_byte(uint64_t accessed, uint64_t bytes, char *buf)
{
   if (bytes == 0)
      snprintf(buf, 32, "-");
   else
      snprintf(buf, 32, "%.2f/byte", (double)accessed / (double)bytes);
   return buf;
}

static const char *blocks_word(uint64_t n)
{
   return n == 1 ? "block" : "blocks";
}

void hv_frame_text(const struct frame *f, char *buf, size_t len)
{
   char where[600], esc[512];
   where[0] = '\0';
   if (strcmp(f->file, "???") != 0) {
      const char *base = strrchr(f->file, '/');
      term_escape_buf(base ? base + 1 : f->file, esc, sizeof esc);
      snprintf(where, sizeof where, " (%s:%u)", esc, f->line);
   } else if (f->object) {
      term_escape_buf(f->object, esc, sizeof esc);
      snprintf(where, sizeof where, " (in %s)", esc);
   }
   term_escape_buf(f->name, buf, len);
   size_t n = strlen(buf);
   snprintf(buf + n, len - n, "%s", where);
}

/* "short-lived, never read" */
static void flag_text(unsigned flags, char *buf, size_t len)
{
   static const struct { unsigned bit; const char *word; } w[] = {
      { HV_FLAG_PEAK, "most at t-gmax" }, { HV_FLAG_END, "most at t-end" },
      { HV_FLAG_SHORT, "short-lived" }, { HV_FLAG_NEVER_READ, "never read" },
      { HV_FLAG_NEVER_WRITTEN, "never written" }
   };
   buf[0] = '\0';
   for (size_t i = 0; i < sizeof w / sizeof w[0]; i++)
      if (flags & w[i].bit) {
         size_t n = strlen(buf);
         snprintf(buf + n, len - n, "%s%s", n ? ", " : "", w[i].word);
      }
}

/* ---- the header ------------------------------------------------------- */

static void print_totals(FILE *out, const struct hv_profile *hp)
{
   const uint64_t *t = hp->total;
   char a[32], b[32], c[32];
   fputs("Heap profile: ", out);
   term_escape(out, hp->path);
   fputs("\nCommand:      ", out);
   term_escape(out, hp->p->command);
   fputc('\n', out);
   fprintf(out, "Total:        %s in %s %s", hv_bytes(t[HV_TB], a),
           hv_grouped(t[HV_TBK], b), blocks_word(t[HV_TBK]));
   if (t[HV_TBK])
      fprintf(out, ", avg %s", hv_bytes(t[HV_TB] / t[HV_TBK], c));
   fputc('\n', out);
   fprintf(out, "At t-gmax:    %s in %s %s\n", hv_bytes(t[HV_GB], a),
           hv_grouped(t[HV_GBK], b), blocks_word(t[HV_GBK]));
   fprintf(out, "At t-end:     %s in %s %s\n", hv_bytes(t[HV_EB], a),
           hv_grouped(t[HV_EBK], b), blocks_word(t[HV_EBK]));
   if (hp->track_accesses) {
      fprintf(out, "Reads:        %s (%s)\n", hv_bytes(t[HV_RB], a),
              per_byte(t[HV_RB], t[HV_TB], b));
      fprintf(out, "Writes:       %s (%s)\n", hv_bytes(t[HV_WB], a),
              per_byte(t[HV_WB], t[HV_TB], b));
   }
   if (hp->has_instrs)
      fprintf(out, "Run:          %s instrs, t-gmax at %s (%s)\n",
              hv_grouped(hp->instrs, a), hv_grouped(hp->tgmax, b),
              hv_pct(hp->tgmax, hp->instrs, c));
}

/* Sum the figures of the sites with FLAG into *sites, *blocks, *bytes. */
static void count_flag(const struct hv_profile *hp, unsigned flag,
                       uint64_t *sites, uint64_t *blocks, uint64_t *bytes)
{
   *sites = *blocks = *bytes = 0;
   for (size_t i = 0; i < hp->nsites; i++)
      if (hp->sites[i].flags & flag) {
         (*sites)++;
         *blocks += hp->sites[i].m[HV_TBK];
         *bytes += hp->sites[i].m[HV_TB];
      }
}

static void print_most(FILE *out, const struct hv_profile *hp,
                       const char *label, unsigned flag, enum hv_metric m)
{
   char a[32], b[32], where[512];
   for (size_t i = 0; i < hp->nsites; i++) {
      const struct hv_site *s = &hp->sites[i];
      if (!(s->flags & flag))
         continue;
      hv_frame_text(s->site->frames[0], where, sizeof where);
      fprintf(out, "  %-15s %s (%s of it)  %s\n", label, hv_bytes(s->m[m], a),
              hv_pct(s->m[m], hp->total[m], b), where);
      return;
   }
   fprintf(out, "  %-15s none\n", label);
}

static void print_highlights(FILE *out, const struct hv_profile *hp)
{
   static const struct { unsigned flag; const char *label; } h[] = {
      { HV_FLAG_SHORT, "short-lived:" }, { HV_FLAG_NEVER_READ, "never read:" },
      { HV_FLAG_NEVER_WRITTEN, "never written:" }
   };
   char a[32], b[32], c[32];
   fputs("\nHighlights:\n", out);
   print_most(out, hp, "most at t-gmax:", HV_FLAG_PEAK, HV_GB);
   print_most(out, hp, "most at t-end:", HV_FLAG_END, HV_EB);
   for (size_t i = 0; i < sizeof h / sizeof h[0]; i++) {
      if (h[i].flag != HV_FLAG_SHORT && !hp->track_accesses)
         continue;
      uint64_t ns, nb, nby;
      count_flag(hp, h[i].flag, &ns, &nb, &nby);
      fprintf(out, "  %-15s %s %s, %s %s, %s", h[i].label, hv_grouped(ns, a),
              ns == 1 ? "site" : "sites", hv_grouped(nb, b), blocks_word(nb),
              hv_bytes(nby, c));
      if (h[i].flag == HV_FLAG_SHORT)
         fprintf(out, " (mean lifetime <= %d instrs)", HV_SHORT_LIVED);
      fputc('\n', out);
   }
}

/* ---- flat list -------------------------------------------------------- */

static void print_site(FILE *out, const struct hv_profile *hp,
                       const struct hv_site *s, size_t rank)
{
   const uint64_t *m = s->m, *t = hp->total;
   char a[32], b[32], c[32], d[32], e[32], f[32], g[32], h[32];
   char tags[128], where[512];
   flag_text(s->flags, tags, sizeof tags);
   fprintf(out, "\n#%zu  %s (%s) in %s %s (%s), avg %s", rank,
           hv_bytes(m[HV_TB], a), hv_pct(m[HV_TB], t[HV_TB], b),
           hv_grouped(m[HV_TBK], c), blocks_word(m[HV_TBK]),
           hv_pct(m[HV_TBK], t[HV_TBK], d),
           hv_bytes(m[HV_TBK] ? m[HV_TB] / m[HV_TBK] : 0, e));
   if (tags[0])
      fprintf(out, "  [%s]", tags);
   fputc('\n', out);
   fprintf(out, "    at t-gmax: %s (%s) in %s %s   max: %s in %s %s   "
           "at t-end: %s (%s) in %s %s\n",
           hv_bytes(m[HV_GB], a), hv_pct(m[HV_GB], t[HV_GB], b),
           hv_grouped(m[HV_GBK], c), blocks_word(m[HV_GBK]),
           hv_bytes(m[HV_MB], d), hv_grouped(m[HV_MBK], e),
           blocks_word(m[HV_MBK]), hv_bytes(m[HV_EB], f),
           hv_pct(m[HV_EB], t[HV_EB], g), hv_grouped(m[HV_EBK], h),
           blocks_word(m[HV_EBK]));
   fprintf(out, "    lifetime (instrs): min %s, mean %s, max %s\n",
           hv_grouped(m[HV_LTMIN], a), hv_grouped(m[HV_LTMEAN], b),
           hv_grouped(m[HV_LTMAX], c));
   if (hp->track_accesses)
      fprintf(out, "    reads: %s (%s)   writes: %s (%s)   never read: %s of "
              "%s %s   never written: %s\n",
              hv_bytes(m[HV_RB], a), per_byte(m[HV_RB], m[HV_TB], b),
              hv_bytes(m[HV_WB], c), per_byte(m[HV_WB], m[HV_TB], d),
              hv_grouped(m[HV_NEVER_READ], e), hv_grouped(m[HV_TBK], f),
              blocks_word(m[HV_TBK]), hv_grouped(m[HV_NEVER_WRITTEN], g));
   for (size_t i = 0; i < s->site->nframes; i++) {
      hv_frame_text(s->site->frames[i], where, sizeof where);
      fprintf(out, "    %s %s\n", i == 0 ? "at" : "by", where);
   }
}

/* ---- tree ------------------------------------------------------------- */

static void print_node_figures(FILE *out, const struct hv_node *nd,
                               const struct hv_profile *hp,
                               enum hv_metric sort)
{
   char a[32], b[32], c[32], d[32], e[32];
   fprintf(out, "%s (%s) in %s %s, at t-gmax %s, at t-end %s",
           hv_bytes(nd->m[HV_TB], a), hv_pct(nd->m[HV_TB], hp->total[HV_TB], b),
           hv_grouped(nd->m[HV_TBK], c), blocks_word(nd->m[HV_TBK]),
           hv_bytes(nd->m[HV_GB], d), hv_bytes(nd->m[HV_EB], e));
   if (sort != HV_TB && sort != HV_TBK && sort != HV_GB && sort != HV_EB)
      fprintf(out, ", %s %s", hv_metric_names[sort], hv_grouped(nd->m[sort], a));
}

/* PREFIX: the drawing to the left of node I's children. */
static int print_subtree(FILE *out, const struct hv_tree *t, size_t i,
                         const struct hv_profile *hp, enum hv_metric sort,
                         char *prefix, size_t plen, size_t cap)
{
   const struct hv_node *nd = &t->nodes[i];
   for (size_t k = 0; k < nd->nkids; k++) {
      const struct hv_node *kid = &t->nodes[nd->kids[k]];
      int last = k + 1 == nd->nkids;
      char where[512], tags[128];
      hv_frame_text(kid->frame, where, sizeof where);
      flag_text(kid->flags & ~(HV_FLAG_PEAK | HV_FLAG_END), tags,
                sizeof tags);
      fprintf(out, "%.*s%s", (int)plen, prefix, last ? "`- " : "+- ");
      print_node_figures(out, kid, hp, sort);
      fprintf(out, ": %s", where);
      if (tags[0])
         fprintf(out, "  [%s]", tags);
      fputc('\n', out);
      if (kid->nkids > 0) {
         if (plen + 3 < cap) {
            memcpy(prefix + plen, last ? "   " : "|  ", 3);
            print_subtree(out, t, nd->kids[k], hp, sort, prefix, plen + 3,
                          cap);
         }
      }
   }
   return 0;
}

static int print_tree(FILE *out, const struct hv_profile *hp,
                      struct hv_site *const *sites, size_t n,
                      enum hv_metric sort)
{
   struct hv_tree t;
   if (hv_tree_build(&t, sites, n, sort, hp->track_accesses) < 0)
      return -1;
   fprintf(out, "\nCall tree (allocation point first, then its callers):\n");
   print_node_figures(out, &t.nodes[0], hp, sort);
   fprintf(out, ": %zu %s\n", n, n == 1 ? "site" : "sites");
   char prefix[3 * 64 + 1];
   print_subtree(out, &t, 0, hp, sort, prefix, 0, sizeof prefix - 1);
   hv_tree_free(&t);
   return 0;
}

int hv_print(FILE *out, const struct hv_profile *hp,
             const struct hv_text_options *o)
{
   size_t n, all = 0;
   if (o->filter)
      for (size_t i = 0; i < hp->nsites; i++)
         all += hv_site_matches(&hp->sites[i], o->filter);
   struct hv_site **v = hv_select(hp, o->filter, o->sort, o->top, &n);
   if (!v)
      return -1;
   print_totals(out, hp);
   char a[32], b[32];
   fprintf(out, "Sites:        %s", hv_grouped(hp->nsites, a));
   if (o->filter) {
      fprintf(out, ", %s matching \"", hv_grouped(all, b));
      term_escape(out, o->filter);
      fputc('"', out);
   }
   fprintf(out, "; showing %zu by %s\n", n, hv_metric_names[o->sort]);
   print_highlights(out, hp);
   int rc = 0;
   if (o->tree)
      rc = print_tree(out, hp, v, n, o->sort);
   else
      for (size_t i = 0; i < n; i++)
         print_site(out, hp, v[i], i + 1);
   free(v);
   return rc;
}
