/* heapview_html.c: heapview --html: one self-contained page (inline CSS
   and JavaScript, nothing fetched) with the totals, a sortable table of the
   sites, the call tree expanded by click, and two charts: bytes per site at
   t-gmax and a histogram of block lifetimes; for the whole program or, at
   the reader's choice, one iai.h region.

   The profile goes into the page as JSON inside a <script type=
   "application/json"> element, with '<', '>' and '&' written as \u
   escapes so no name can close the element; the script puts every name
   into the document with textContent, never as markup.  The fragment
   #selftest makes the page check itself (used by the test suite).

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "heapview.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

/* page_css[] and page_js[]: heapview.css and heapview.js, embedded at
   build time by embed.sh. */
#include "heapview_page.h"

static void json_str(FILE *out, const char *s)
{
   fputc('"', out);
   hv_json_string(out, s, 1);
   fputc('"', out);
}

static void json_metrics(FILE *out, const uint64_t *m)
{
   fputc('[', out);
   for (int k = 0; k < HV_NMETRICS; k++)
      fprintf(out, "%s%" PRIu64, k ? "," : "", m[k]);
   fputc(']', out);
}

/* The number of frame F's text in FRAMES, added when new; (size_t)-1 when
   out of memory. */
static size_t frame_index(struct strtab *frames, const struct frame *f)
{
   char text[1024];
   size_t idx;
   int added;
   hv_frame_text(f, text, sizeof text);
   if (strtab_add(frames, text, strlen(text), &idx, &added) < 0)
      return (size_t)-1;
   return idx;
}

/* One view (the whole program or a region): its totals, its selected
   sites and their call tree. */
static int write_view(FILE *out, const struct hv_profile *view,
                      const struct hv_text_options *o, struct strtab *frames)
{
   size_t n;
   struct hv_tree tree;
   struct hv_site **sites = hv_select(view, o->filter, o->sort, o->top, &n);
   if (!sites)
      return -1;
   if (hv_tree_build(&tree, sites, n, o->sort, view->track_accesses) < 0) {
      free(sites);
      return -1;
   }
   int rc = 0;
   fputs("{\"region\":", out);
   if (view->region) {
      fputc('"', out);
      hv_json_name(out, view->region, 1);
      fputc('"', out);
   } else
      fputs("null", out);
   fprintf(out, ",\"nsites\":%zu,\"total\":", view->nsites);
   json_metrics(out, view->total);
   fputs(",\n\"sites\":[", out);
   for (size_t i = 0; i < n && rc == 0; i++) {
      fprintf(out, "%s{\"rank\":%zu,\"flags\":%u,\"m\":", i ? ",\n" : "\n",
              i + 1, sites[i]->flags);
      json_metrics(out, sites[i]->m);
      fputs(",\"f\":[", out);
      const struct site *s = sites[i]->site;
      for (size_t f = 0; f < s->nframes && rc == 0; f++) {
         size_t idx = frame_index(frames, s->frames[f]);
         if (idx == (size_t)-1)
            rc = -1;
         else
            fprintf(out, "%s%zu", f ? "," : "", idx);
      }
      fputs("]}", out);
   }
   fputs("],\n\"tree\":[", out);
   for (size_t i = 0; i < tree.n && rc == 0; i++) {
      const struct hv_node *nd = &tree.nodes[i];
      long f = -1;
      if (nd->frame) {
         size_t idx = frame_index(frames, nd->frame);
         if (idx == (size_t)-1) {
            rc = -1;
            break;
         }
         f = (long)idx;
      }
      fprintf(out, "%s{\"f\":%ld,\"fl\":%u,\"m\":", i ? ",\n" : "\n", f,
              nd->flags);
      json_metrics(out, nd->m);
      fputs(",\"k\":[", out);
      for (size_t k = 0; k < nd->nkids; k++)
         fprintf(out, "%s%zu", k ? "," : "", nd->kids[k]);
      fputs("]}", out);
   }
   fputs("]}", out);
   hv_tree_free(&tree);
   free(sites);
   return rc;
}

/* The page's data: the run, then one view for the whole program and one
   per region (the page shows one at a time), then the frame texts the
   views point to. */
static int write_data(FILE *out, const struct hv_profile *hp,
                      const struct hv_text_options *o, struct strtab *frames)
{
   fputs("{\"file\":\"", out);
   hv_json_name(out, hp->path, 1);
   fputs("\",\"cmd\":\"", out);
   hv_json_name(out, hp->p->command, 1);
   fprintf(out, "\",\"instrs\":%" PRIu64 ",\"tgmax\":%" PRIu64
           ",\"tuth\":%d,\"trackAccesses\":%s,\"metrics\":[",
           hp->instrs, hp->tgmax, HV_SHORT_LIVED,
           hp->track_accesses ? "true" : "false");
   for (int k = 0; k < HV_NMETRICS; k++)
      fprintf(out, "%s\"%s\"", k ? "," : "", hv_metric_names[k]);
   fputs("],\n\"views\":[\n", out);
   if (write_view(out, hp, o, frames) < 0)
      return -1;
   for (size_t r = 0; r < hp->p->nregions; r++) {
      struct hv_profile view;
      if (hv_region_view(hp, r, &view) < 0) {
         hv_view_free(&view);
         return -1;
      }
      fputs(",\n", out);
      int rc = write_view(out, &view, o, frames);
      hv_view_free(&view);
      if (rc < 0)
         return -1;
   }
   fputs("],\n\"frames\":[", out);
   for (size_t i = 0; i < frames->n; i++) {
      fputs(i ? ",\n" : "\n", out);
      json_str(out, strtab_key(frames, i));
   }
   fputs("]}\n", out);
   return 0;
}

int hv_write_html(FILE *out, const struct hv_profile *hp,
                  const struct hv_text_options *o)
{
   struct strtab frames;
   memset(&frames, 0, sizeof frames);
   fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
         "'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
         "<title>heapview</title>\n<style>\n", out);
   fputs(page_css, out);
   fputs("</style>\n</head>\n<body>\n<h1>heapview</h1>\n"
         "<p id=\"views\"><label>Show <select id=\"view\"></select></label></p>\n"
         "<table id=\"totals\"></table>\n"
         "<h2>Sites</h2>\n<p>Click a column title to sort.</p>\n"
         "<table id=\"sites\"><thead><tr></tr></thead><tbody></tbody></table>\n"
         "<h2>Call tree</h2>\n<p>Allocation points first, then their callers;"
         " click a line to expand it.</p>\n<ul id=\"tree\" class=\"tree\"></ul>\n"
         "<h2>Bytes per site at t-gmax</h2>\n<div id=\"peak\"></div>\n"
         "<h2>Block lifetimes</h2>\n<p>Blocks by their site's mean lifetime"
         " (orange: short-lived).</p>\n<div id=\"life\"></div>\n"
         "<div id=\"selftest\"></div>\n"
         "<script type=\"application/json\" id=\"hv-data\">\n", out);
   int rc = write_data(out, hp, o, &frames);
   fputs("</script>\n<script>\n", out);
   fputs(page_js, out);
   fputs("</script>\n</body>\n</html>\n", out);
   strtab_free(&frames);
   return rc;
}
