/* flamegraph.c: the SVG of a flame graph (flamegraph.h).  The layout is
   computed here (frames side by side under their parent, in name order,
   as wide as their inclusive cost); flamegraph.js only rescales it.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atomic.h"
#include "flamegraph.h"
#include "flamegraph_js.h"

#define WIDTH        1200
#define PAD          10
#define FRAME_HEIGHT 16
#define TOP          48      /* title and buttons */
#define BOTTOM       8

struct layout {
   double *x;              /* fraction of the root's width */
   unsigned *depth;
   unsigned max_depth;
};

static const struct fg_frame *sort_frames;
static int by_name(const void *a, const void *b)
{
   size_t i = *(const size_t *)a, j = *(const size_t *)b;
   int c = strcmp(sort_frames[i].name, sort_frames[j].name);
   return c ? c : (i > j) - (i < j);
}

/* Children side by side from their parent's left edge, in name order. */
static int lay_out(const struct fg_graph *g, struct layout *l)
{
   size_t n = g->n, i;
   size_t *first = calloc(n + 1, sizeof *first);
   size_t *kids = malloc((n ? n : 1) * sizeof *kids);
   size_t *fill = malloc((n + 1) * sizeof *fill);
   double root = g->frames[0].value ? (double)g->frames[0].value : 1;
   l->x = calloc(n, sizeof *l->x);
   l->depth = calloc(n, sizeof *l->depth);
   l->max_depth = 0;
   if (!first || !kids || !fill || !l->x || !l->depth) {
      free(first); free(kids); free(fill);
      return -1;
   }
   for (i = 1; i < n; i++)
      first[g->frames[i].parent + 1]++;
   for (i = 0; i < n; i++)
      first[i + 1] += first[i];
   memcpy(fill, first, (n + 1) * sizeof *fill);
   for (i = 1; i < n; i++)
      kids[fill[g->frames[i].parent]++] = i;
   sort_frames = g->frames;
   for (i = 0; i < n; i++) {
      double x = l->x[i];
      size_t k;
      qsort(kids + first[i], first[i + 1] - first[i], sizeof *kids, by_name);
      for (k = first[i]; k < first[i + 1]; k++) {
         size_t c = kids[k];
         l->x[c] = x;
         l->depth[c] = l->depth[i] + 1;
         if (l->depth[c] > l->max_depth)
            l->max_depth = l->depth[c];
         x += g->frames[c].value / root;
      }
   }
   free(first);
   free(kids);
   free(fill);
   return 0;
}

/* S escaped for XML text and attributes; control characters as '?'. */
static void put_escaped(FILE *out, const char *s)
{
   for (; *s; s++) {
      unsigned char c = (unsigned char)*s;
      switch (c) {
      case '&': fputs("&amp;", out); break;
      case '<': fputs("&lt;", out); break;
      case '>': fputs("&gt;", out); break;
      case '"': fputs("&quot;", out); break;
      case '\'': fputs("&apos;", out); break;
      default: fputc(c < 0x20 || c == 0x7f ? '?' : c, out);
      }
   }
}

static void put_count(FILE *out, uint64_t v)
{
   char digits[32];
   int n = snprintf(digits, sizeof digits, "%llu", (unsigned long long)v);
   for (int i = 0; i < n; i++) {
      if (i > 0 && (n - i) % 3 == 0)
         fputc(',', out);
      fputc(digits[i], out);
   }
}

static unsigned hash(const char *s)
{
   unsigned h = 2166136261u;
   for (; *s; s++)
      h = (h ^ (unsigned char)*s) * 16777619u;
   return h;
}

/* The usual warm colours, from the name. */
static void warm_color(const char *name, int rgb[3])
{
   unsigned h = hash(name);
   rgb[0] = 205 + (int)(h % 50);
   rgb[1] = (int)((h >> 8) % 230);
   rgb[2] = (int)((h >> 16) % 55);
}

/* Red for growth, blue for shrinkage, deeper with |DELTA| / MAX. */
static void diff_color(double delta, double max, int rgb[3])
{
   int fade = max > 0 ? (int)(200 * (delta < 0 ? -delta : delta) / max) : 0;
   if (delta > 0) {
      rgb[0] = 255; rgb[1] = rgb[2] = 255 - fade;
   } else if (delta < 0) {
      rgb[2] = 255; rgb[0] = rgb[1] = 255 - fade;
   } else {
      rgb[0] = rgb[1] = rgb[2] = 225;
   }
}

static double delta_of(const struct fg_frame *f)
{
   return (double)f->value - (f->in_old ? (double)f->old_value : 0);
}

static void put_title(FILE *out, const struct fg_graph *g, size_t i)
{
   const struct fg_frame *f = &g->frames[i];
   double root = g->frames[0].value ? (double)g->frames[0].value : 1;
   put_escaped(out, f->name);
   fprintf(out, " (%s ", g->metric);
   put_count(out, f->value);
   fprintf(out, ", %.2f%%", 100.0 * (double)f->value / root);
   if (g->differential) {
      if (!f->in_old) {
         fputs(", new", out);
      } else {
         fputs(", was ", out);
         put_count(out, f->old_value);
         if (f->old_value)
            fprintf(out, ", %+.2f%%", 100.0 * delta_of(f) / (double)f->old_value);
         else if (f->value)
            fputs(", +inf%", out);
         else
            fputs(", no change", out);
      }
   }
   fputc(')', out);
}

/* The name as it fits PX pixels (7 a character), cut with "..". */
static void put_label(FILE *out, const char *name, double px)
{
   int chars = (int)((px - 6) / 7);
   size_t n = strlen(name);
   char *cut;
   if (chars < 3)
      return;
   if (n <= (size_t)chars) {
      put_escaped(out, name);
      return;
   }
   cut = strndup(name, (size_t)chars - 2);
   if (!cut)
      return;
   put_escaped(out, cut);
   fputs("..", out);
   free(cut);
}

static void put_frame(FILE *out, const struct fg_graph *g,
                      const struct layout *l, size_t i, double max_delta)
{
   const struct fg_frame *f = &g->frames[i];
   double root = g->frames[0].value ? (double)g->frames[0].value : 1;
   double w = (double)f->value / root, span = WIDTH - 2 * PAD;
   double y = TOP + (double)(l->max_depth - l->depth[i]) * FRAME_HEIGHT;
   int rgb[3];
   if (g->differential)
      diff_color(delta_of(f), max_delta, rgb);
   else
      warm_color(f->name, rgb);
   fprintf(out, "<g class=\"frame\" id=\"f%zu\" data-x=\"%.12g\" data-w=\"%.12g\""
           " data-d=\"%u\" data-name=\"", i, l->x[i], w, l->depth[i]);
   put_escaped(out, f->name);
   fputs("\"><title>", out);
   put_title(out, g, i);
   fprintf(out, "</title><rect x=\"%.2f\" y=\"%.1f\" width=\"%.2f\" height=\"%d\""
           " fill=\"rgb(%d,%d,%d)\" rx=\"2\"/><text x=\"%.2f\" y=\"%.1f\">",
           PAD + l->x[i] * span, y, w * span, FRAME_HEIGHT - 1,
           rgb[0], rgb[1], rgb[2], PAD + l->x[i] * span + 3, y + 11.5);
   put_label(out, f->name, w * span);
   fputs("</text></g>\n", out);
}

static const char style[] =
   "text { font-family: monospace; font-size: 12px; fill: #000; }\n"
   "g.frame { cursor: pointer; }\n"
   "g.frame rect { stroke: #fff; stroke-width: 0.5; }\n"
   "g.frame:hover rect { stroke: #000; stroke-width: 1; }\n"
   "g.parent rect { opacity: 0.6; }\n"
   "#unzoom { cursor: pointer; fill: #06c; }\n";

static void put_svg(FILE *out, const struct fg_graph *g, const struct layout *l)
{
   double max_delta = 0;
   size_t i;
   unsigned height = TOP + (l->max_depth + 1) * FRAME_HEIGHT + BOTTOM;
   for (i = 0; i < g->n && g->differential; i++) {
      double d = delta_of(&g->frames[i]);
      if (d < 0)
         d = -d;
      if (d > max_delta)
         max_delta = d;
   }
   fprintf(out, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
           "<svg version=\"1.1\" xmlns=\"http://www.w3.org/2000/svg\""
           " width=\"%d\" height=\"%u\" viewBox=\"0 0 %d %u\">\n"
           "<style type=\"text/css\">\n%s</style>\n"
           "<script type=\"text/ecmascript\"><![CDATA[\n%s]]></script>\n"
           "<rect class=\"background\" x=\"0\" y=\"0\" width=\"100%%\" height=\"100%%\""
           " fill=\"#f8f8f8\"/>\n<text x=\"%d\" y=\"28\" style=\"font-size:16px\">",
           WIDTH, height, WIDTH, height, style, flamegraph_js, PAD);
   put_escaped(out, g->title);
   fprintf(out, "</text>\n<text id=\"unzoom\" x=\"%d\" y=\"28\""
           " text-anchor=\"end\">Reset zoom</text>\n", WIDTH - PAD);
   for (i = 0; i < g->n; i++)
      put_frame(out, g, l, i, max_delta);
   fputs("</svg>\n", out);
}

int fg_write(const char *path, const struct fg_graph *g, char *why,
             size_t whylen)
{
   struct layout l = { NULL, NULL, 0 };
   char *buf = NULL;
   size_t len = 0;
   FILE *out;
   int rc = -1;
   if (g->n == 0 || lay_out(g, &l) < 0) {
      snprintf(why, whylen, "%s: %s", path, g->n ? "out of memory" : "no call tree");
      goto done;
   }
   out = open_memstream(&buf, &len);
   if (!out) {
      snprintf(why, whylen, "%s: %s", path, strerror(errno));
      goto done;
   }
   put_svg(out, g, &l);
   if (fclose(out) != 0) {
      snprintf(why, whylen, "%s: out of memory", path);
      goto done;
   }
   rc = atomic_write(path, buf, len, why, whylen);
done:
   free(buf);
   free(l.x);
   free(l.depth);
   return rc;
}
