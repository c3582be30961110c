/* merge.c: summing profiles of one program into one.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "merge.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "metric_index.h"
#include "strtab.h"

/* Index of the functions and sites already in one merged costs block. */
struct costs_index {
   struct strtab functions, sites;
};

struct merger {
   struct profile *out;
   size_t *site_map;               /* input metric k -> output metric */
   struct strtab frame_index;      /* frame text -> index in out->frames */
   size_t capframes;
   struct costs_index summary;
   struct costs_index *regions;    /* parallel to out->regions */
   struct strtab region_names;
   struct metric_index metrics;    /* of the list being added to */
   char *why;
   size_t whylen;
   const char *name;               /* the input being merged */
};

static int oom(struct merger *m)
{
   snprintf(m->why, m->whylen, "out of memory");
   return -1;
}

static uint64_t metric_value(const struct metric_list *l, const char *name)
{
   const struct metric *x = metric_find(l, name);
   return x ? x->value : 0;
}

/* Merge V into *D under metric NAME (interned in the output): the sum,
   except LifetimeMin/LifetimeMax (minimum/maximum) and LifetimeMean
   (weighted by the blocks DBLOCKS and SBLOCKS of the two sides). */
static int merge_value(struct merger *m, const char *name, uint64_t *d,
                       uint64_t v, uint64_t dblocks, uint64_t sblocks)
{
   if (strcmp(name, "LifetimeMin") == 0) {
      if (v < *d)
         *d = v;
   } else if (strcmp(name, "LifetimeMax") == 0) {
      if (v > *d)
         *d = v;
   } else if (strcmp(name, "LifetimeMean") == 0) {
      if (dblocks + sblocks > 0)
         *d = (uint64_t)(((long double)*d * dblocks + (long double)v * sblocks)
                         / (long double)(dblocks + sblocks));
   } else if (__builtin_add_overflow(*d, v, d)) {
      snprintf(m->why, m->whylen,
               "%s: the sum of metric %s overflows 64 bits", m->name, name);
      return -1;
   }
   return 0;
}

/* Add the metrics of SRC into DST, in time linear in their numbers. */
static int merge_metrics(struct merger *m, struct metric_list *dst,
                         const struct metric_list *src)
{
   uint64_t dblocks = metric_value(dst, "TotalBlocks");
   uint64_t sblocks = metric_value(src, "TotalBlocks");
   if (metric_index_load(&m->metrics, dst) < 0)
      return oom(m);
   for (size_t i = 0; i < src->n; i++) {
      const char *name = profile_intern(m->out, src->v[i].name);
      if (!name)
         return oom(m);
      uint64_t v = src->v[i].value;
      size_t k = metric_index_find(&m->metrics, name);
      if (k == METRIC_ABSENT) {
         if (dst->n == dst->cap) {
            size_t cap = dst->cap ? dst->cap * 2 : 8;
            struct metric *nv = realloc(dst->v, cap * sizeof *nv);
            if (!nv)
               return oom(m);
            dst->v = nv;
            dst->cap = cap;
         }
         dst->v[dst->n].name = name;
         dst->v[dst->n].value = v;
         if (metric_index_put(&m->metrics, name, dst->n) < 0)
            return oom(m);
         dst->n++;
         continue;
      }
      struct metric *d = &dst->v[k];
      if (merge_value(m, name, &d->value, v, dblocks, sblocks) < 0)
         return -1;
   }
   return 0;
}

/* Add the values of site SRC (of profile IN) into the merged site DST;
   a value 0 is absent, as in the file. */
static int merge_site_values(struct merger *m, const struct profile *in,
                             uint64_t *dst, const uint64_t *src)
{
   const struct profile *out = m->out;
   uint64_t dblocks = 0, sblocks = 0;
   for (size_t k = 0; k < out->nregion_metrics; k++)
      if (strcmp(out->metrics[k], "TotalBlocks") == 0)
         dblocks = dst[k];
   for (size_t k = 0; k < in->nregion_metrics; k++)
      if (strcmp(in->metrics[k], "TotalBlocks") == 0)
         sblocks = src[k];
   for (size_t k = 0; k < in->nregion_metrics; k++) {
      if (src[k] == 0)
         continue;
      size_t j = m->site_map[k];
      if (j >= out->nregion_metrics)
         continue;
      if (dst[j] == 0)
         dst[j] = src[k];
      else if (merge_value(m, out->metrics[j], &dst[j], src[k], dblocks,
                           sblocks) < 0)
         return -1;
   }
   return 0;
}

static char *dup_or_null(const char *s, int *failed)
{
   if (!s)
      return NULL;
   char *d = strdup(s);
   if (!d)
      *failed = 1;
   return d;
}

/* A copy in the arena of P (function and frame strings). */
static char *arena_dup(struct profile *p, const char *s, int *failed)
{
   if (!s)
      return NULL;
   char *d = profile_strndup(p, s, strlen(s));
   if (!d)
      *failed = 1;
   return d;
}

/* name NUL file NUL object: the tools keep the functions of one name and
   file in different objects (code without symbols) apart, and so does a
   merge. */
static char *function_key(const struct function *f, size_t *len)
{
   const char *obj = f->object ? f->object : "";
   size_t a = strlen(f->name), b = strlen(f->file), c = strlen(obj);
   char *k = malloc(a + b + c + 3);
   if (k) {
      memcpy(k, f->name, a + 1);
      memcpy(k + a + 1, f->file, b + 1);
      memcpy(k + a + b + 2, obj, c + 1);
      *len = a + b + c + 2;
   }
   return k;
}

/* The frames' name, file and line (not ip: addresses move between runs). */
static char *site_key(const struct site *s, size_t *len)
{
   size_t total = 0;
   for (size_t i = 0; i < s->nframes; i++)
      total += strlen(s->frames[i]->name) + strlen(s->frames[i]->file) + 16;
   char *k = malloc(total + 1);
   if (!k)
      return NULL;
   size_t n = 0;
   for (size_t i = 0; i < s->nframes; i++) {
      const struct frame *f = s->frames[i];
      size_t a = strlen(f->name), b = strlen(f->file);
      memcpy(k + n, f->name, a + 1);
      n += a + 1;
      memcpy(k + n, f->file, b + 1);
      n += b + 1;
      n += (size_t)sprintf(k + n, "%u", f->line) + 1;
   }
   *len = n;
   return k;
}

static int merge_functions(struct merger *m, struct costs *dst,
                           struct costs_index *ix, const struct costs *src)
{
   for (size_t i = 0; i < src->nfunctions; i++) {
      const struct function *f = &src->functions[i];
      size_t len, idx;
      int added, failed = 0;
      char *key = function_key(f, &len);
      if (!key)
         return oom(m);
      int rc = strtab_add(&ix->functions, key, len, &idx, &added);
      free(key);
      if (rc < 0)
         return oom(m);
      if (added) {
         if (dst->nfunctions == dst->capfunctions) {
            size_t cap = dst->capfunctions ? dst->capfunctions * 2 : 16;
            struct function *nv = realloc(dst->functions, cap * sizeof *nv);
            if (!nv)
               return oom(m);
            dst->functions = nv;
            dst->capfunctions = cap;
         }
         struct function *d = &dst->functions[dst->nfunctions++];
         memset(d, 0, sizeof *d);
         d->name = arena_dup(m->out, f->name, &failed);
         d->file = arena_dup(m->out, f->file, &failed);
         d->object = arena_dup(m->out, f->object, &failed);
         d->line = f->line;
         if (failed)
            return oom(m);
      }
      if (merge_metrics(m, &dst->functions[idx].metrics, &f->metrics) < 0)
         return -1;
   }
   return 0;
}

/* The frame of the merged profile equal to F (by all it says), added to
   its frame table when new. */
static struct frame *merged_frame(struct merger *m, const struct frame *f)
{
   struct profile *out = m->out;
   const char *obj = f->object ? f->object : "";
   size_t a = strlen(f->name), b = strlen(f->file), c = strlen(obj),
          d = strlen(f->ip);
   size_t len = a + b + c + d + 5 + sizeof f->line;
   char *key = malloc(len);
   if (!key)
      return NULL;
   char *k = key;
   memcpy(k, f->name, a + 1);
   k += a + 1;
   memcpy(k, f->file, b + 1);
   k += b + 1;
   memcpy(k, obj, c + 1);
   k += c + 1;
   memcpy(k, f->ip, d + 1);
   k += d + 1;
   memcpy(k, &f->line, sizeof f->line);
   k[sizeof f->line] = f->object != NULL;
   size_t idx;
   int added;
   int rc = strtab_add(&m->frame_index, key, len, &idx, &added);
   free(key);
   if (rc < 0)
      return NULL;
   if (!added)
      return out->frames[idx];
   if (out->nframes == m->capframes) {
      size_t cap = m->capframes ? m->capframes * 2 : 64;
      struct frame **nv = realloc(out->frames, cap * sizeof *nv);
      if (!nv)
         return NULL;
      out->frames = nv;
      m->capframes = cap;
   }
   int failed = 0;
   struct frame *nf = profile_alloc(out, sizeof *nf);
   if (!nf)
      return NULL;
   nf->name = arena_dup(out, f->name, &failed);
   nf->file = arena_dup(out, f->file, &failed);
   nf->object = arena_dup(out, f->object, &failed);
   nf->ip = arena_dup(out, f->ip, &failed);
   nf->line = f->line;
   nf->id = (unsigned)out->nframes + 1;
   if (failed)
      return NULL;
   out->frames[out->nframes++] = nf;
   return nf;
}

static int copy_frames(struct merger *m, struct site *d, const struct site *s)
{
   d->frames = profile_alloc(m->out, s->nframes * sizeof *d->frames);
   if (!d->frames)
      return -1;
   d->nframes = s->nframes;
   for (size_t j = 0; j < s->nframes; j++)
      if (!(d->frames[j] = merged_frame(m, s->frames[j])))
         return -1;
   return 0;
}

static int merge_sites(struct merger *m, const struct profile *in,
                       struct costs *dst, struct costs_index *ix,
                       const struct costs *src)
{
   for (size_t i = 0; i < src->nsites; i++) {
      const struct site *s = &src->sites[i];
      size_t len, idx;
      int added;
      char *key = site_key(s, &len);
      if (!key)
         return oom(m);
      int rc = strtab_add(&ix->sites, key, len, &idx, &added);
      free(key);
      if (rc < 0)
         return oom(m);
      if (added) {
         if (dst->nsites == dst->capsites) {
            size_t cap = dst->capsites ? dst->capsites * 2 : 16;
            struct site *nv = realloc(dst->sites, cap * sizeof *nv);
            if (!nv)
               return oom(m);
            dst->sites = nv;
            dst->capsites = cap;
         }
         struct site *d = &dst->sites[dst->nsites++];
         memset(d, 0, sizeof *d);
         d->values = profile_alloc(m->out, (m->out->nregion_metrics + 1)
                                           * sizeof *d->values);
         if (!d->values || copy_frames(m, d, s) < 0)
            return oom(m);
         memset(d->values, 0, m->out->nregion_metrics * sizeof *d->values);
      }
      if (merge_site_values(m, in, dst->sites[idx].values, s->values) < 0)
         return -1;
   }
   return 0;
}

static int merge_costs(struct merger *m, const struct profile *in,
                       struct costs *dst, struct costs_index *ix,
                       const struct costs *src)
{
   if (merge_metrics(m, &dst->metrics, &src->metrics) < 0
       || merge_functions(m, dst, ix, src) < 0
       || merge_sites(m, in, dst, ix, src) < 0)
      return -1;
   return 0;
}

static int merge_one(struct merger *m, const struct profile *p)
{
   struct profile *out = m->out;
   /* where each site metric of P goes in the output */
   free(m->site_map);
   m->site_map = malloc((p->nregion_metrics + 1) * sizeof *m->site_map);
   if (!m->site_map)
      return oom(m);
   for (size_t k = 0; k < p->nregion_metrics; k++) {
      const char *name = profile_intern(out, p->metrics[k]);
      if (!name)
         return oom(m);
      size_t j = 0;
      while (j < out->nmetrics && out->metrics[j] != name)
         j++;
      m->site_map[k] = j;
   }
   if (merge_costs(m, p, &out->summary, &m->summary, &p->summary) < 0)
      return -1;
   for (size_t i = 0; i < p->nregions; i++) {
      const struct region *r = &p->regions[i];
      size_t idx;
      int added;
      if (strtab_add(&m->region_names, r->name, strlen(r->name), &idx,
                     &added) < 0)
         return oom(m);
      if (added) {
         struct region *nr = realloc(out->regions,
                                     (out->nregions + 1) * sizeof *nr);
         if (!nr)
            return oom(m);
         out->regions = nr;
         struct costs_index *ni = realloc(m->regions,
                                          (out->nregions + 1) * sizeof *ni);
         if (!ni)
            return oom(m);
         m->regions = ni;
         memset(&m->regions[out->nregions], 0, sizeof *ni);
         memset(&out->regions[out->nregions], 0, sizeof *nr);
         out->regions[out->nregions].name = strdup(r->name);
         out->nregions++;
         if (!out->regions[idx].name)
            return oom(m);
      }
      if (merge_costs(m, p, &out->regions[idx].costs, &m->regions[idx],
                      &r->costs) < 0)
         return -1;
   }
   return 0;
}

static int check_same(struct merger *m, struct profile *const *in,
                      const char *const *names, size_t n)
{
   for (size_t i = 1; i < n; i++) {
      if (strcmp(in[i]->tool, in[0]->tool) != 0) {
         snprintf(m->why, m->whylen,
                  "%s and %s come from different tools (%s, %s); use --force to merge anyway",
                  names[0], names[i], in[0]->tool, in[i]->tool);
         return -1;
      }
      if (strcmp(in[i]->command, in[0]->command) != 0) {
         snprintf(m->why, m->whylen,
                  "%s and %s profile different commands; use --force to merge anyway",
                  names[0], names[i]);
         return -1;
      }
   }
   return 0;
}

/* The metrics lists of the inputs, each name once in order of first
   appearance, into the merged profile. */
static int merge_metric_lists(struct merger *m, struct profile *const *in,
                              size_t n)
{
   struct profile *out = m->out;
   size_t total = 0, ptotal = 0;
   for (size_t i = 0; i < n; i++) {
      total += in[i]->nmetrics;
      ptotal += in[i]->nprogram_metrics;
   }
   out->metrics = malloc((total ? total : 1) * sizeof *out->metrics);
   out->program_metrics = malloc((ptotal ? ptotal : 1)
                                 * sizeof *out->program_metrics);
   if (!out->metrics || !out->program_metrics)
      return oom(m);
   for (size_t i = 0; i < n; i++) {
      for (size_t k = 0; k < in[i]->nmetrics; k++) {
         const char *name = profile_intern(out, in[i]->metrics[k]);
         if (!name)
            return oom(m);
         size_t j = 0;
         while (j < out->nmetrics && out->metrics[j] != name)
            j++;
         if (j == out->nmetrics)
            out->metrics[out->nmetrics++] = name;
      }
      for (size_t k = 0; k < in[i]->nprogram_metrics; k++) {
         const char *name = profile_intern(out, in[i]->program_metrics[k]);
         if (!name)
            return oom(m);
         if (!profile_is_program_metric(out, name))
            out->program_metrics[out->nprogram_metrics++] = name;
      }
   }
   /* as the reader keeps them: the metrics of regions and sites first */
   const char **sorted = malloc((out->nmetrics + 1) * sizeof *sorted);
   if (!sorted)
      return oom(m);
   size_t k = 0;
   for (int pass = 0; pass < 2; pass++)
      for (size_t i = 0; i < out->nmetrics; i++)
         if (profile_is_program_metric(out, out->metrics[i]) == pass)
            sorted[k++] = out->metrics[i];
   free(out->metrics);
   out->metrics = sorted;
   out->nregion_metrics = out->nmetrics - out->nprogram_metrics;
   return 0;
}

static int copy_header(struct merger *m, struct profile *const *in, size_t n)
{
   const struct profile *first = in[0];
   struct profile *out = m->out;
   int failed = 0;
   out->tool = dup_or_null(first->tool, &failed);
   out->command = dup_or_null(first->command, &failed);
   out->partial = dup_or_null(first->partial, &failed);
   /* the Valgrind version, when every input names the same */
   int same = first->valgrind != NULL;
   for (size_t i = 1; i < n && same; i++)
      same = in[i]->valgrind && strcmp(in[i]->valgrind, first->valgrind) == 0;
   if (same)
      out->valgrind = dup_or_null(first->valgrind, &failed);
   if (first->noptions) {
      out->options = calloc(first->noptions, sizeof *out->options);
      if (!out->options)
         return oom(m);
      out->noptions = first->noptions;
      for (size_t i = 0; i < first->noptions; i++) {
         out->options[i].name = dup_or_null(first->options[i].name, &failed);
         out->options[i].value = dup_or_null(first->options[i].value,
                                             &failed);
      }
   }
   if (failed)
      return oom(m);
   return merge_metric_lists(m, in, n);
}

int profile_merge(struct profile *const *in, const char *const *names,
                  size_t n, int force, struct profile **out, char *why,
                  size_t whylen)
{
   struct merger m;
   int rc = -1;
   memset(&m, 0, sizeof m);
   m.why = why;
   m.whylen = whylen;
   *out = NULL;
   if (n == 0) {
      snprintf(why, whylen, "nothing to merge");
      return -1;
   }
   if (!force && check_same(&m, in, names, n) < 0)
      return -1;
   m.out = calloc(1, sizeof *m.out);
   if (!m.out)
      return oom(&m);
   if (copy_header(&m, in, n) < 0)
      goto done;
   for (size_t i = 0; i < n; i++) {
      m.name = names[i];
      if (merge_one(&m, in[i]) < 0)
         goto done;
   }
   rc = 0;
done:
   strtab_free(&m.frame_index);
   free(m.site_map);
   strtab_free(&m.summary.functions);
   strtab_free(&m.summary.sites);
   for (size_t i = 0; m.regions && i < m.out->nregions; i++) {
      strtab_free(&m.regions[i].functions);
      strtab_free(&m.regions[i].sites);
   }
   free(m.regions);
   strtab_free(&m.region_names);
   metric_index_free(&m.metrics);
   if (rc < 0)
      profile_free(m.out);
   else
      *out = m.out;
   return rc;
}
