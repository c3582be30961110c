/* heapview_diff.c: heapview --diff: two heap profiles of one program
   compared in total and site by site.  Sites are matched by their stacks
   (function, file and line of every frame; not addresses, which move with
   any rebuild); sites with the same stack on one side are added up.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#define _GNU_SOURCE   /* qsort_r */
#include "heapview.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

struct dsite {
   const struct site *site;          /* the first with this stack */
   uint64_t m[2][HV_NMETRICS];       /* [0] old, [1] new */
   int in[2];
};

struct dset {
   struct dsite *v;
   size_t n, cap;
   struct strtab index;              /* stack key -> position in v */
};

/* The stack key of S: function, file and line of each frame. */
static char *stack_key(const struct site *s, size_t *len)
{
   size_t n = 0;
   for (size_t i = 0; i < s->nframes; i++)
      n += strlen(s->frames[i]->name) + strlen(s->frames[i]->file) + 2
           + sizeof s->frames[i]->line;
   char *k = malloc(n ? n : 1), *o = k;
   if (!k)
      return NULL;
   for (size_t i = 0; i < s->nframes; i++) {
      const struct frame *f = s->frames[i];
      size_t a = strlen(f->name) + 1;
      size_t b = strlen(f->file) + 1;
      memcpy(o, f->name, a);
      memcpy(o + a, f->file, b);
      memcpy(o + a + b, &f->line, sizeof f->line);
      o += a + b + sizeof f->line;
   }
   *len = n;
   return k;
}

static int add_side(struct dset *d, const struct hv_profile *hp, int side,
                    const char *filter)
{
   for (size_t i = 0; i < hp->nsites; i++) {
      const struct hv_site *s = &hp->sites[i];
      if (filter && !hv_site_matches(s, filter))
         continue;
      size_t len, idx;
      int added;
      char *key = stack_key(s->site, &len);
      if (!key)
         return -1;
      int rc = strtab_add(&d->index, key, len, &idx, &added);
      free(key);
      if (rc < 0)
         return -1;
      if (added) {
         if (d->n == d->cap) {
            size_t cap = d->cap ? d->cap * 2 : 64;
            struct dsite *nv = realloc(d->v, cap * sizeof *nv);
            if (!nv)
               return -1;
            d->v = nv;
            d->cap = cap;
         }
         memset(&d->v[d->n], 0, sizeof d->v[d->n]);
         d->v[d->n++].site = s->site;
      }
      struct dsite *ds = &d->v[idx];
      ds->in[side] = 1;
      for (int k = 0; k < HV_NMETRICS; k++)
         ds->m[side][k] += s->m[k];
   }
   return 0;
}

static int is_bytes(enum hv_metric m)
{
   return m == HV_TB || m == HV_GB || m == HV_MB || m == HV_EB
          || m == HV_RB || m == HV_WB;
}

/* "+1.00 KiB", "-12 B", "0 B", or for counts "+5", "-3", "0". */
static char *signed_change(uint64_t old, uint64_t new, int bytes, char *buf)
{
   char tmp[32];
   uint64_t d = new >= old ? new - old : old - new;
   const char *sign = new > old ? "+" : new < old ? "-" : "";
   snprintf(buf, 40, "%s%s", sign, bytes ? hv_bytes(d, tmp)
                                         : hv_grouped(d, tmp));
   return buf;
}

/* "+33.33%", "+++inf+++" when OLD is 0, "No change". */
static char *change_pct(uint64_t old, uint64_t new, char *buf)
{
   if (old == new)
      snprintf(buf, 40, "No change");
   else if (old == 0)
      snprintf(buf, 40, "+++inf+++");
   else
      snprintf(buf, 40, "%+.2f%%",
               100.0 * ((double)new - (double)old) / (double)old);
   return buf;
}

static void print_total(FILE *out, const char *label, uint64_t old,
                        uint64_t new)
{
   char a[32], b[32], c[40];
   fprintf(out, "  %-19s%20s|%-20s(%s)\n", label, hv_grouped(new, a),
           hv_grouped(old, b), change_pct(old, new, c));
}

static int64_t delta(const struct dsite *s, enum hv_metric m)
{
   return (int64_t)(s->m[1][m] - s->m[0][m]);
}

struct order {
   enum hv_metric m;
};

static int cmp_change(const void *pa, const void *pb, void *arg)
{
   const struct dsite *a = *(const struct dsite *const *)pa;
   const struct dsite *b = *(const struct dsite *const *)pb;
   enum hv_metric m = ((const struct order *)arg)->m;
   int64_t x = delta(a, m), y = delta(b, m);
   uint64_t ax = x < 0 ? -(uint64_t)x : (uint64_t)x;
   uint64_t ay = y < 0 ? -(uint64_t)y : (uint64_t)y;
   if (ax != ay)
      return ax > ay ? -1 : 1;
   return (a > b) - (a < b);    /* first seen first */
}

static void print_dsite(FILE *out, const struct dsite *s, enum hv_metric m)
{
   char a[40], b[32], c[32], d[40], e[40], f[40], g[40];
   uint64_t o = s->m[0][m], n = s->m[1][m];
   int by = is_bytes(m);
   if (!s->in[0])
      snprintf(d, sizeof d, "new");
   else if (!s->in[1])
      snprintf(d, sizeof d, "removed");
   else
      change_pct(o, n, d);
   fprintf(out, "  %s %s (%s -> %s%s, %s)  blocks %s, at t-gmax %s, "
           "at t-end %s\n",
           signed_change(o, n, by, a), hv_metric_names[m], hv_grouped(o, b),
           hv_grouped(n, c), by ? " B" : "", d,
           signed_change(s->m[0][HV_TBK], s->m[1][HV_TBK], 0, e),
           signed_change(s->m[0][HV_GB], s->m[1][HV_GB], 1, f),
           signed_change(s->m[0][HV_EB], s->m[1][HV_EB], 1, g));
   for (size_t i = 0; i < s->site->nframes; i++) {
      char where[512];
      hv_frame_text(s->site->frames[i], where, sizeof where);
      fprintf(out, "      %s %s\n", i == 0 ? "at" : "by", where);
   }
}

/* Print the sites of V[0..N) that pass KEEP, at most TOP (0: all). */
static void print_list(FILE *out, const char *title, struct dsite **v,
                       size_t n, int (*keep)(const struct dsite *,
                                             enum hv_metric),
                       enum hv_metric m, size_t top)
{
   size_t count = 0, shown = 0;
   for (size_t i = 0; i < n; i++)
      count += keep(v[i], m);
   if (count == 0)
      return;
   fprintf(out, "\n%s (%zu):\n", title, count);
   for (size_t i = 0; i < n && (top == 0 || shown < top); i++)
      if (keep(v[i], m)) {
         print_dsite(out, v[i], m);
         shown++;
      }
   if (shown < count)
      fprintf(out, "  ... and %zu more\n", count - shown);
}

static int grew(const struct dsite *s, enum hv_metric m)
{
   return s->in[0] && s->in[1] && s->m[1][m] > s->m[0][m];
}

static int shrank(const struct dsite *s, enum hv_metric m)
{
   return s->in[0] && s->in[1] && s->m[1][m] < s->m[0][m];
}

static int is_new(const struct dsite *s, enum hv_metric m)
{
   (void)m;
   return !s->in[0];
}

static int removed(const struct dsite *s, enum hv_metric m)
{
   (void)m;
   return !s->in[1];
}

int hv_print_diff(FILE *out, const struct hv_profile *old_hp,
                  const struct hv_profile *new_hp,
                  const struct hv_text_options *o)
{
   static const struct { enum hv_metric m; const char *label; } totals[] = {
      { HV_TB, "Total bytes:" }, { HV_TBK, "Total blocks:" },
      { HV_GB, "At t-gmax bytes:" }, { HV_GBK, "At t-gmax blocks:" },
      { HV_EB, "At t-end bytes:" }, { HV_EBK, "At t-end blocks:" },
      { HV_RB, "Read bytes:" }, { HV_WB, "Written bytes:" }
   };
   struct dset d;
   memset(&d, 0, sizeof d);
   struct dsite **v = NULL;
   int rc = -1;
   if (add_side(&d, old_hp, 0, o->filter) < 0
       || add_side(&d, new_hp, 1, o->filter) < 0)
      goto out;
   v = malloc((d.n ? d.n : 1) * sizeof *v);
   if (!v)
      goto out;
   for (size_t i = 0; i < d.n; i++)
      v[i] = &d.v[i];
   struct order ord = { o->sort };
   qsort_r(v, d.n, sizeof *v, cmp_change, &ord);

   fputs("Heap profile diff: ", out);
   term_escape(out, old_hp->path);
   fputs(" -> ", out);
   term_escape(out, new_hp->path);
   fputs("\nCommand:      ", out);
   term_escape(out, new_hp->p->command);
   fputc('\n', out);
   if (strcmp(old_hp->p->command, new_hp->p->command) != 0) {
      fputs("Old command:  ", out);
      term_escape(out, old_hp->p->command);
      fputc('\n', out);
   }
   fprintf(out, "\nTotals (new|old):\n");
   for (size_t i = 0; i < sizeof totals / sizeof totals[0]; i++)
      print_total(out, totals[i].label, old_hp->total[totals[i].m],
                  new_hp->total[totals[i].m]);

   size_t both = 0, ngrew = 0, nshrank = 0, nnew = 0, nremoved = 0;
   for (size_t i = 0; i < d.n; i++) {
      both += d.v[i].in[0] && d.v[i].in[1];
      ngrew += grew(&d.v[i], o->sort);
      nshrank += shrank(&d.v[i], o->sort);
      nnew += is_new(&d.v[i], o->sort);
      nremoved += removed(&d.v[i], o->sort);
   }
   fprintf(out, "\nSites%s%s%s: %zu in both (%zu grew, %zu shrank, %zu same "
           "%s), %zu new, %zu removed\n",
           o->filter ? " matching \"" : "", o->filter ? o->filter : "",
           o->filter ? "\"" : "", both, ngrew, nshrank,
           both - ngrew - nshrank, hv_metric_names[o->sort], nnew, nremoved);
   print_list(out, "Grew", v, d.n, grew, o->sort, o->top);
   print_list(out, "New", v, d.n, is_new, o->sort, o->top);
   print_list(out, "Shrank", v, d.n, shrank, o->sort, o->top);
   print_list(out, "Removed", v, d.n, removed, o->sort, o->top);
   rc = 0;
out:
   free(v);
   free(d.v);
   strtab_free(&d.index);
   return rc;
}
