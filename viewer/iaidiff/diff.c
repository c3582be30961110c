/* diff.c: region-level comparison of two profiles and the regression
   verdicts.  Only region (or summary) metrics are compared: function-level
   data is not needed to gate and is left alone.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "diff.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- limits ------------------------------------------------------------ */

int limits_parse(struct limits *l, const char *spec, char *why,
                 size_t whylen)
{
   const char *p = spec;
   if (*p == '\0') {
      snprintf(why, whylen, "empty list of limits");
      return -1;
   }
   while (*p) {
      const char *comma = strchr(p, ',');
      size_t len = comma ? (size_t)(comma - p) : strlen(p);
      const char *eq = memchr(p, '=', len);
      if (!eq || eq == p) {
         snprintf(why, whylen, "\"%.*s\" is not METRIC=PERCENT", (int)len, p);
         return -1;
      }
      size_t vlen = len - (size_t)(eq + 1 - p);
      char num[64];
      if (vlen == 0 || vlen >= sizeof num) {
         snprintf(why, whylen, "\"%.*s\": bad percentage", (int)len, p);
         return -1;
      }
      memcpy(num, eq + 1, vlen);
      num[vlen] = '\0';
      char *end;
      errno = 0;
      double pct = strtod(num, &end);
      if (errno || *end != '\0' || !isfinite(pct) || end == num
          || strchr(num, 'x') || strchr(num, 'X')) {
         snprintf(why, whylen, "\"%.*s\": bad percentage", (int)len, p);
         return -1;
      }
      struct limit *nv = realloc(l->v, (l->n + 1) * sizeof *nv);
      if (!nv) {
         snprintf(why, whylen, "out of memory");
         return -1;
      }
      l->v = nv;
      l->v[l->n].metric = strndup(p, (size_t)(eq - p));
      if (!l->v[l->n].metric) {
         snprintf(why, whylen, "out of memory");
         return -1;
      }
      l->v[l->n].pct = pct;
      l->n++;
      p += len;
      if (*p == ',') {
         p++;
         if (*p == '\0') {
            snprintf(why, whylen, "trailing comma");
            return -1;
         }
      }
   }
   return 0;
}

void limits_free(struct limits *l)
{
   for (size_t i = 0; i < l->n; i++)
      free(l->v[i].metric);
   free(l->v);
   l->v = NULL;
   l->n = 0;
}

/* The last limit given for METRIC wins. */
static const struct limit *find_limit(const struct limits *l,
                                      const char *metric)
{
   if (!l)
      return NULL;
   for (size_t i = l->n; i-- > 0;)
      if (strcmp(l->v[i].metric, metric) == 0)
         return &l->v[i];
   return NULL;
}

/* ---- regions ----------------------------------------------------------- */

/* A region to compare: a real region, or the summary of a file without
   regions, named after its command. */
struct view {
   const char *name;
   const struct metric_list *metrics;
   size_t order;
   int used;
};

static const char *summary_label(const struct profile *p)
{
   return p->command && p->command[0] ? p->command : p->tool;
}

static struct view *make_views(const struct profile *p, size_t *n)
{
   size_t count = p->nregions ? p->nregions : 1;
   struct view *v = calloc(count, sizeof *v);
   if (!v)
      return NULL;
   if (p->nregions == 0) {
      v[0].name = summary_label(p);
      v[0].metrics = &p->summary.metrics;
   } else {
      for (size_t i = 0; i < p->nregions; i++) {
         v[i].name = p->regions[i].name;
         v[i].metrics = &p->regions[i].costs.metrics;
         v[i].order = i;
      }
   }
   *n = count;
   return v;
}

static int cmp_view_ptr(const void *a, const void *b)
{
   const struct view *x = *(const struct view *const *)a;
   const struct view *y = *(const struct view *const *)b;
   return strcmp(x->name, y->name);
}

static int cmp_name_view(const void *key, const void *b)
{
   const struct view *y = *(const struct view *const *)b;
   return strcmp(key, y->name);
}

static void judge(struct metric_diff *m, const struct limits *limits)
{
   if (m->side != BOTH)
      return;
   if (m->old_value == 0) {
      m->inf = m->new_value > 0;
      m->pct = 0.0;
   } else {
      m->pct = ((double)m->new_value - (double)m->old_value)
               / (double)m->old_value * 100.0;
   }
   if (!m->inf && m->new_value != m->old_value && limits
       && limits->tolerance > 0 && fabs(m->pct) < limits->tolerance)
      m->noise = 1;
   const struct limit *l = find_limit(limits, m->name);
   if (l) {
      m->has_limit = 1;
      m->limit = l->pct;
      if (m->inf || (!m->noise && m->pct > l->pct))
         m->regressed = 1;
   }
}

/* Fill R with the metrics of NEW (in their order) then those only in OLD. */
static int diff_metrics(struct region_diff *r, const struct metric_list *old,
                        const struct metric_list *new,
                        const struct limits *limits)
{
   size_t cap = (new ? new->n : 0) + (old ? old->n : 0);
   r->metrics = calloc(cap ? cap : 1, sizeof *r->metrics);
   if (!r->metrics)
      return -1;
   size_t n = 0;
   for (size_t i = 0; new && i < new->n; i++) {
      struct metric_diff *m = &r->metrics[n++];
      const struct metric *om = old ? metric_find(old, new->v[i].name) : NULL;
      m->name = new->v[i].name;
      m->new_value = new->v[i].value;
      if (om) {
         m->side = BOTH;
         m->old_value = om->value;
      } else {
         m->side = NEW_ONLY;
      }
      judge(m, limits);
      if (m->regressed)
         r->nregressed++;
   }
   for (size_t i = 0; old && i < old->n; i++) {
      if (new && metric_find(new, old->v[i].name))
         continue;
      struct metric_diff *m = &r->metrics[n++];
      m->name = old->v[i].name;
      m->old_value = old->v[i].value;
      m->side = OLD_ONLY;
   }
   r->nmetrics = n;
   return 0;
}

int diff_profiles(const struct profile *old, const struct profile *new,
                  const struct limits *limits, struct diff *d)
{
   size_t nnew = 0, nold = 0;
   struct view *nv = NULL, *ov = NULL, **index = NULL;
   memset(d, 0, sizeof *d);
   d->single = old == NULL;
   d->tool = new->tool;
   d->command = new->command;

   nv = make_views(new, &nnew);
   if (!nv)
      goto oom;
   if (old) {
      ov = make_views(old, &nold);
      index = malloc(nold * sizeof *index);
      if (!ov || !index)
         goto oom;
      for (size_t i = 0; i < nold; i++)
         index[i] = &ov[i];
      qsort(index, nold, sizeof *index, cmp_view_ptr);
   }
   d->regions = calloc(nnew + nold, sizeof *d->regions);
   if (!d->regions)
      goto oom;

   for (size_t i = 0; i < nnew; i++) {
      struct region_diff *r = &d->regions[d->nregions++];
      struct view **hit = NULL;
      if (old)
         hit = bsearch(nv[i].name, index, nold, sizeof *index,
                       cmp_name_view);
      r->name = nv[i].name;
      r->side = hit ? BOTH : NEW_ONLY;
      if (hit)
         (*hit)->used = 1;
      if (diff_metrics(r, hit ? (*hit)->metrics : NULL, nv[i].metrics,
                       old ? limits : NULL) < 0)
         goto oom;
   }
   for (size_t i = 0; i < nold; i++) {
      if (ov[i].used)
         continue;
      struct region_diff *r = &d->regions[d->nregions++];
      r->name = ov[i].name;
      r->side = OLD_ONLY;
      if (diff_metrics(r, ov[i].metrics, NULL, NULL) < 0)
         goto oom;
   }
   for (size_t i = 0; i < d->nregions; i++) {
      if (d->regions[i].nregressed)
         d->regions_regressed++;
      else
         d->regions_ok++;
   }
   free(nv);
   free(ov);
   free(index);
   return 0;
oom:
   free(nv);
   free(ov);
   free(index);
   diff_free(d);
   return -1;
}

void diff_free(struct diff *d)
{
   for (size_t i = 0; i < d->nregions; i++)
      free(d->regions[i].metrics);
   free(d->regions);
   memset(d, 0, sizeof *d);
}

double metric_factor(const struct metric_diff *m)
{
   if (m->new_value >= m->old_value)
      return m->old_value ? (double)m->new_value / (double)m->old_value
                          : INFINITY;
   return m->new_value ? -((double)m->old_value / (double)m->new_value)
                       : -INFINITY;
}
