/* heapview_model.c: from a loaded heapcount profile to heapview's model:
   the sites' heap metrics, the highlights (short-lived, never read or
   written, most bytes at the peak and at exit), selection by filter, sort
   and top, and the call tree folded from the sites' stacks.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#define _GNU_SOURCE   /* qsort_r */
#include "heapview.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* heapview reads profiles far bigger than iaidiff's (a million sites is
   about 1 GB of XML); memory stays below the file's size. */
#define HV_MAX_BYTES ((uint64_t)4 << 30)

const char *const hv_metric_names[HV_NMETRICS] = {
   "TotalBytes", "TotalBlocks", "AtGmaxBytes", "AtGmaxBlocks", "MaxBytes",
   "MaxBlocks", "EndBytes", "EndBlocks", "ReadBytes", "WriteBytes",
   "LifetimeMin", "LifetimeMean", "LifetimeMax", "LifetimeTotal",
   "BlocksNeverRead", "BlocksNeverWritten"
};

int hv_metric_parse(const char *name)
{
   for (int i = 0; i < HV_NMETRICS; i++)
      if (strcasecmp(name, hv_metric_names[i]) == 0)
         return i;
   return -1;
}

/* The metrics of L in heapview's order; absent ones are 0. */
static void take_metrics(const struct metric_list *l, const char **names,
                         uint64_t *m)
{
   for (int k = 0; k < HV_NMETRICS; k++) {
      const struct metric *x = metric_find(l, names[k]);
      m[k] = x ? x->value : 0;
   }
}

unsigned hv_flags(const uint64_t *m, int track_accesses)
{
   unsigned f = 0;
   if (m[HV_TBK] == 0)
      return 0;
   if (m[HV_LTMAX] > 0 && m[HV_LTMEAN] <= HV_SHORT_LIVED)
      f |= HV_FLAG_SHORT;
   if (track_accesses) {
      if (m[HV_RB] == 0 || m[HV_NEVER_READ] >= m[HV_TBK])
         f |= HV_FLAG_NEVER_READ;
      if (m[HV_WB] == 0 || m[HV_NEVER_WRITTEN] >= m[HV_TBK])
         f |= HV_FLAG_NEVER_WRITTEN;
   }
   return f;
}

/* Mark the site holding the most bytes by metric M with FLAG. */
static void mark_most(struct hv_profile *hp, enum hv_metric m, unsigned flag)
{
   struct hv_site *best = NULL;
   for (size_t i = 0; i < hp->nsites; i++)
      if (hp->sites[i].m[m] > 0 && (!best || hp->sites[i].m[m] > best->m[m]))
         best = &hp->sites[i];
   if (best)
      best->flags |= flag;
}

/* NAMES[k]: P's interned copy of hv_metric_names[k]. */
static int intern_names(struct profile *p, const char **names)
{
   for (int k = 0; k < HV_NMETRICS; k++)
      if (!(names[k] = profile_intern(p, hv_metric_names[k])))
         return -1;
   return 0;
}

/* HP's sites: those of C (the summary or a region), with their flags.
   Their metrics in heapview's order are the sites' own values when the
   profile lists heapview's metrics first and in its order (heapcount
   does), else a copy. */
static int take_sites(struct hv_profile *hp, const struct costs *c)
{
   const struct profile *p = hp->p;
   const char *names[HV_NMETRICS];
   if (intern_names(hp->p, names) < 0)
      return -1;
   size_t at[HV_NMETRICS];
   int in_place = 1;
   for (int k = 0; k < HV_NMETRICS; k++) {
      at[k] = (size_t)-1;
      for (size_t j = 0; j < p->nregion_metrics; j++)
         if (p->metrics[j] == names[k])
            at[k] = j;
      in_place &= at[k] == (size_t)k;
   }
   hp->nsites = c->nsites;
   hp->sites = profile_big_calloc(hp->nsites ? hp->nsites : 1,
                                  sizeof *hp->sites);
   if (!hp->sites)
      return -1;
   if (!in_place) {
      hp->values = profile_big_calloc(hp->nsites ? hp->nsites * HV_NMETRICS : 1,
                                      sizeof *hp->values);
      if (!hp->values)
         return -1;
   }
   for (size_t i = 0; i < hp->nsites; i++) {
      struct hv_site *s = &hp->sites[i];
      s->site = &c->sites[i];
      if (in_place)
         s->m = s->site->values;
      else {
         uint64_t *m = hp->values + i * HV_NMETRICS;
         for (int k = 0; k < HV_NMETRICS; k++)
            m[k] = at[k] != (size_t)-1 ? s->site->values[at[k]] : 0;
         s->m = m;
      }
      s->flags = hv_flags(s->m, hp->track_accesses);
   }
   mark_most(hp, HV_GB, HV_FLAG_PEAK);
   mark_most(hp, HV_EB, HV_FLAG_END);
   return 0;
}

int hv_region_view(const struct hv_profile *hp, size_t r,
                   struct hv_profile *view)
{
   const struct region *reg = &hp->p->regions[r];
   const char *names[HV_NMETRICS];
   memset(view, 0, sizeof *view);
   view->path = hp->path;
   view->p = hp->p;
   view->region = reg->name;
   view->instrs = hp->instrs;
   view->tgmax = hp->tgmax;
   view->has_instrs = hp->has_instrs;
   view->track_accesses = hp->track_accesses;
   if (intern_names(hp->p, names) < 0)
      return -1;
   take_metrics(&reg->costs.metrics, names, view->total);
   return take_sites(view, &reg->costs);
}

void hv_view_free(struct hv_profile *view)
{
   free(view->sites);
   free(view->values);
   memset(view, 0, sizeof *view);
}

int hv_load(const char *path, struct hv_profile *hp,
            struct profile_error *err)
{
   struct profile *p;
   memset(hp, 0, sizeof *hp);
   if (profile_load_file_max(path, HV_MAX_BYTES, &p, err) < 0)
      return -1;
   return hv_take(p, path, hp, err);
}

int hv_take(struct profile *p, const char *path, struct hv_profile *hp,
            struct profile_error *err)
{
   memset(hp, 0, sizeof *hp);
   hp->path = path;
   hp->p = p;
   char shown[256];
   term_escape_buf(path, shown, sizeof shown);
   if (strcmp(p->tool, "heapcount") != 0) {
      snprintf(err->msg, sizeof err->msg,
               "%s: a %s profile, not a heapcount one", shown, p->tool);
      hv_free(hp);
      return -1;
   }
   const char *names[HV_NMETRICS];
   if (intern_names(p, names) < 0)
      goto oom;
   const char *instrs = profile_intern(p, "Instructions");
   const char *tgmax = profile_intern(p, "AtGmaxInstructions");
   if (!instrs || !tgmax)
      goto oom;

   hp->track_accesses = 1;
   for (size_t i = 0; i < p->noptions; i++)
      if (strcmp(p->options[i].name, "track-accesses") == 0
          && strcmp(p->options[i].value, "no") == 0)
         hp->track_accesses = 0;

   take_metrics(&p->summary.metrics, names, hp->total);
   const struct metric *mi = metric_find(&p->summary.metrics, instrs);
   const struct metric *mg = metric_find(&p->summary.metrics, tgmax);
   if (mi) {
      hp->has_instrs = 1;
      hp->instrs = mi->value;
      hp->tgmax = mg ? mg->value : 0;
   }

   if (take_sites(hp, &p->summary) < 0)
      goto oom;
   return 0;
oom:
   snprintf(err->msg, sizeof err->msg, "%s: out of memory", shown);
   hv_free(hp);
   return -1;
}

void hv_free(struct hv_profile *hp)
{
   free(hp->sites);
   free(hp->values);
   profile_free(hp->p);
   memset(hp, 0, sizeof *hp);
}

int hv_site_matches(const struct hv_site *s, const char *sub)
{
   for (size_t i = 0; i < s->site->nframes; i++) {
      const struct frame *f = s->site->frames[i];
      if (strstr(f->name, sub) || strstr(f->file, sub))
         return 1;
   }
   return 0;
}

/* ---- sorting ----------------------------------------------------------- */

static int cmp_frames(const struct site *a, const struct site *b)
{
   for (size_t i = 0; i < a->nframes && i < b->nframes; i++) {
      const struct frame *x = a->frames[i], *y = b->frames[i];
      int c = strcmp(x->name, y->name);
      if (!c)
         c = strcmp(x->file, y->file);
      if (!c && x->line != y->line)
         c = x->line < y->line ? -1 : 1;
      if (c)
         return c;
   }
   return (a->nframes > b->nframes) - (a->nframes < b->nframes);
}

static int cmp_sites(const void *pa, const void *pb, void *arg)
{
   enum hv_metric sort_metric = *(const enum hv_metric *)arg;
   const struct hv_site *a = *(struct hv_site *const *)pa;
   const struct hv_site *b = *(struct hv_site *const *)pb;
   uint64_t x = a->m[sort_metric], y = b->m[sort_metric];
   if (x != y)
      return x > y ? -1 : 1;
   if (a->m[HV_TB] != b->m[HV_TB])
      return a->m[HV_TB] > b->m[HV_TB] ? -1 : 1;
   int c = cmp_frames(a->site, b->site);
   if (c)
      return c;
   return (a > b) - (a < b);
}

void hv_sort(struct hv_site **v, size_t n, enum hv_metric m)
{
   qsort_r(v, n, sizeof *v, cmp_sites, &m);
}

/* Keep the TOP first of V[0..N) in sort order at its front, sorted, by
   insertion into a short sorted prefix: one pass, enough for a top of tens
   among millions of sites. */
static size_t keep_top(struct hv_site **v, size_t n, size_t top,
                       enum hv_metric m)
{
   size_t k = 0;
   for (size_t i = 0; i < n; i++) {
      struct hv_site *s = v[i];
      if (k == top && cmp_sites(&s, &v[k - 1], &m) >= 0)
         continue;
      size_t j = k < top ? k++ : k - 1;
      while (j > 0 && cmp_sites(&s, &v[j - 1], &m) < 0) {
         v[j] = v[j - 1];
         j--;
      }
      v[j] = s;
   }
   return k;
}

struct hv_site **hv_select(const struct hv_profile *hp, const char *filter,
                           enum hv_metric m, size_t top, size_t *n)
{
   struct hv_site **v = profile_big_realloc(NULL, 0, (hp->nsites ? hp->nsites : 1) * sizeof *v);
   if (!v)
      return NULL;
   size_t k = 0;
   for (size_t i = 0; i < hp->nsites; i++)
      if (!filter || hv_site_matches(&hp->sites[i], filter))
         v[k++] = &hp->sites[i];
   if (top > 0 && top <= 64 && k > 4 * top)
      k = keep_top(v, k, top, m);
   else {
      qsort_r(v, k, sizeof *v, cmp_sites, &m);
      if (top > 0 && k > top)
         k = top;
   }
   *n = k;
   return v;
}

/* ---- the call tree ----------------------------------------------------- */

static size_t new_node(struct hv_tree *t, const struct frame *f,
                       size_t parent)
{
   if (t->n == t->cap) {
      size_t cap = t->cap ? t->cap * 2 : 64;
      struct hv_node *nv = realloc(t->nodes, cap * sizeof *nv);
      if (!nv)
         return (size_t)-1;
      t->nodes = nv;
      t->cap = cap;
   }
   struct hv_node *nd = &t->nodes[t->n];
   memset(nd, 0, sizeof *nd);
   nd->frame = f;
   nd->parent = parent;
   return t->n++;
}

static int add_kid(struct hv_node *p, size_t kid)
{
   if (p->nkids == p->capkids) {
      size_t cap = p->capkids ? p->capkids * 2 : 4;
      size_t *nv = realloc(p->kids, cap * sizeof *nv);
      if (!nv)
         return -1;
      p->kids = nv;
      p->capkids = cap;
   }
   p->kids[p->nkids++] = kid;
   return 0;
}

static void add_figures(struct hv_node *nd, const uint64_t *m)
{
   int first = nd->nsites == 0;
   for (int k = 0; k < HV_NMETRICS; k++)
      if (k != HV_LTMIN && k != HV_LTMAX && k != HV_LTMEAN)
         nd->m[k] += m[k];
   if (m[HV_TBK] > 0 && (first || m[HV_LTMIN] < nd->m[HV_LTMIN]))
      nd->m[HV_LTMIN] = m[HV_LTMIN];
   if (m[HV_LTMAX] > nd->m[HV_LTMAX])
      nd->m[HV_LTMAX] = m[HV_LTMAX];
   nd->m[HV_LTMEAN] = nd->m[HV_TBK] ? nd->m[HV_LTTOTAL] / nd->m[HV_TBK] : 0;
   nd->nsites++;
}

/* The child of PARENT for frame F, made when missing. */
static size_t child(struct hv_tree *t, size_t parent, const struct frame *f)
{
   size_t nlen = strlen(f->name), flen = strlen(f->file);
   size_t len = sizeof parent + nlen + 1 + flen + 1 + sizeof f->line;
   char stackbuf[512];
   char *key = len <= sizeof stackbuf ? stackbuf : malloc(len);
   if (!key)
      return (size_t)-1;
   char *k = key;
   memcpy(k, &parent, sizeof parent);
   k += sizeof parent;
   memcpy(k, f->name, nlen + 1);
   k += nlen + 1;
   memcpy(k, f->file, flen + 1);
   k += flen + 1;
   memcpy(k, &f->line, sizeof f->line);
   size_t idx;
   int added;
   int rc = strtab_add(&t->index, key, len, &idx, &added);
   if (key != stackbuf)
      free(key);
   if (rc < 0)
      return (size_t)-1;
   if (!added)
      return idx + 1;        /* node numbers: strtab index + 1 (0 = root) */
   size_t n = new_node(t, f, parent);
   if (n == (size_t)-1 || add_kid(&t->nodes[parent], n) < 0)
      return (size_t)-1;
   return n;
}

struct kid_order {
   const struct hv_tree *t;
   enum hv_metric m;
};

static int cmp_kids(const void *pa, const void *pb, void *arg)
{
   const struct kid_order *o = arg;
   const struct hv_node *a = &o->t->nodes[*(const size_t *)pa];
   const struct hv_node *b = &o->t->nodes[*(const size_t *)pb];
   uint64_t x = a->m[o->m], y = b->m[o->m];
   if (x != y)
      return x > y ? -1 : 1;
   if (a->m[HV_TB] != b->m[HV_TB])
      return a->m[HV_TB] > b->m[HV_TB] ? -1 : 1;
   int c = strcmp(a->frame->name, b->frame->name);
   if (!c)
      c = strcmp(a->frame->file, b->frame->file);
   if (!c)
      c = (a->frame->line > b->frame->line) - (a->frame->line < b->frame->line);
   return c;
}

int hv_tree_build(struct hv_tree *t, struct hv_site *const *sites,
                  size_t n, enum hv_metric m, int track_accesses)
{
   memset(t, 0, sizeof *t);
   if (new_node(t, NULL, 0) == (size_t)-1)
      return -1;
   for (size_t i = 0; i < n; i++) {
      const struct site *s = sites[i]->site;
      size_t at = 0;
      add_figures(&t->nodes[0], sites[i]->m);
      for (size_t f = 0; f < s->nframes; f++) {
         at = child(t, at, s->frames[f]);
         if (at == (size_t)-1) {
            hv_tree_free(t);
            return -1;
         }
         add_figures(&t->nodes[at], sites[i]->m);
      }
   }
   struct kid_order o = { t, m };
   for (size_t i = 0; i < t->n; i++) {
      struct hv_node *nd = &t->nodes[i];
      nd->flags = hv_flags(nd->m, track_accesses);
      if (nd->nkids > 1)
         qsort_r(nd->kids, nd->nkids, sizeof *nd->kids, cmp_kids, &o);
   }
   return 0;
}

void hv_tree_free(struct hv_tree *t)
{
   for (size_t i = 0; i < t->n; i++)
      free(t->nodes[i].kids);
   free(t->nodes);
   strtab_free(&t->index);
   memset(t, 0, sizeof *t);
}
