/* diff.c: region-level comparison of two profiles and the gate's
   verdicts: regressions over a limit, regions lost, and the checks that
   refuse a comparison the gate could not judge.  Only region (or summary)
   metrics are compared: function-level data is not needed to gate and is
   left alone.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "diff.h"

#include "metric_index.h"
#include "metrics.h"
#include "strtab.h"

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

/* ---- checks ------------------------------------------------------------ */

static int list_has(const struct metric_list *l, const char *name)
{
   return metric_find(l, name) != NULL;
}

/* Whether any region (or the summary) of P carries metric NAME. */
static int profile_has_metric(const struct profile *p, const char *name)
{
   if (!p)
      return 0;
   if (list_has(&p->summary.metrics, name))
      return 1;
   for (size_t i = 0; i < p->nregions; i++)
      if (list_has(&p->regions[i].costs.metrics, name))
         return 1;
   return 0;
}

/* Append NAME to the list in BUF ("Ir, Dr, ...") unless it is there or
   BUF is full. */
static void add_name(struct strtab *seen, const char *name, char *buf,
                     size_t len)
{
   size_t used = strlen(buf), idx;
   int added;
   if (strtab_add(seen, name, strlen(name), &idx, &added) < 0 || !added)
      return;
   if (used + strlen(name) + 7 >= len) {
      if (!strstr(buf, ", ..."))
         snprintf(buf + used, len - used, ", ...");
      return;
   }
   snprintf(buf + used, len - used, "%s%s", used ? ", " : "", name);
}

/* The metrics of P's summary and regions, as many as fit in BUF. */
static void list_metrics(const struct profile *p, char *buf, size_t len)
{
   struct strtab seen;
   memset(&seen, 0, sizeof seen);
   buf[0] = '\0';
   for (size_t i = 0; i < p->summary.metrics.n; i++)
      add_name(&seen, p->summary.metrics.v[i].name, buf, len);
   for (size_t r = 0; r < p->nregions; r++)
      for (size_t i = 0; i < p->regions[r].costs.metrics.n; i++)
         add_name(&seen, p->regions[r].costs.metrics.v[i].name, buf, len);
   strtab_free(&seen);
}

int diff_check(const struct profile *old, const char *old_name,
               const struct profile *new, const char *new_name,
               const struct limits *limits, char *why, size_t whylen)
{
   if (old && strcmp(old->tool, new->tool) != 0) {
      snprintf(why, whylen,
               "%s comes from %s and %s from %s: compare profiles of one tool",
               old_name, old->tool, new_name, new->tool);
      return -1;
   }
   for (size_t i = 0; limits && i < limits->n; i++) {
      const char *m = limits->v[i].metric;
      if (metric_known(m) || profile_has_metric(new, m)
          || profile_has_metric(old, m))
         continue;
      char have[200];
      list_metrics(new, have, sizeof have);
      snprintf(why, whylen,
               "--regression: unknown metric \"%s\" (%s has: %s)", m,
               new_name, have[0] ? have : "none");
      return -1;
   }
   return 0;
}

/* ---- regions ----------------------------------------------------------- */

/* A region to compare: a real region, or the summary of a file without
   regions, named after its command. */
struct view {
   const char *name;
   const struct metric_list *metrics;
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
      }
   }
   *n = count;
   return v;
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

/* Fill R with the metrics of NEW (in their order) then those only in OLD.
   IX is the scratch index through which OLD's metrics are found. */
static int diff_metrics(struct region_diff *r, const struct metric_list *old,
                        const struct metric_list *new,
                        const struct limits *limits, struct metric_index *ix)
{
   size_t nold = old ? old->n : 0, nnew = new ? new->n : 0;
   r->metrics = calloc(nold + nnew ? nold + nnew : 1, sizeof *r->metrics);
   char *seen = calloc(nold ? nold : 1, 1);
   if (!r->metrics || !seen || metric_index_load(ix, old) < 0) {
      free(seen);
      return -1;
   }
   size_t n = 0;
   for (size_t i = 0; i < nnew; i++) {
      struct metric_diff *m = &r->metrics[n++];
      size_t k = metric_index_find(ix, new->v[i].name);
      m->name = new->v[i].name;
      m->new_value = new->v[i].value;
      if (k != METRIC_ABSENT) {
         m->side = BOTH;
         m->old_value = old->v[k].value;
         seen[k] = 1;
      } else {
         m->side = NEW_ONLY;
      }
      judge(m, limits);
      if (m->regressed)
         r->nregressed++;
   }
   for (size_t k = 0; k < nold; k++) {
      if (seen[k])
         continue;
      struct metric_diff *m = &r->metrics[n++];
      m->name = old->v[k].name;
      m->old_value = old->v[k].value;
      m->side = OLD_ONLY;
   }
   r->nmetrics = n;
   free(seen);
   return 0;
}

/* Number OLD's views by name (names are unique in a file, so a view's
   number is its index).  Returns 0, or -1 when out of memory. */
static int index_views(struct strtab *t, const struct view *v, size_t n)
{
   for (size_t i = 0; i < n; i++) {
      size_t idx;
      int added;
      if (strtab_add(t, v[i].name, strlen(v[i].name), &idx, &added) < 0)
         return -1;
   }
   return 0;
}

/* The view of OLD matching NEW's view NV, or NULL.  Two files without
   regions compare their summaries, whatever their commands. */
static struct view *match(const struct profile *old,
                          const struct profile *new, struct view *ov,
                          const struct strtab *names, const struct view *nv)
{
   if (!old)
      return NULL;
   if (old->nregions == 0 && new->nregions == 0)
      return &ov[0];
   size_t k = strtab_find(names, nv->name, strlen(nv->name));
   return k == (size_t)-1 ? NULL : &ov[k];
}

int diff_profiles(const struct profile *old, const struct profile *new,
                  const struct limits *limits, struct diff *d)
{
   size_t nnew = 0, nold = 0;
   struct view *nv = NULL, *ov = NULL;
   struct strtab names;
   struct metric_index ix;
   memset(&names, 0, sizeof names);
   memset(&ix, 0, sizeof ix);
   memset(d, 0, sizeof *d);
   d->single = old == NULL;
   d->tool = new->tool;
   d->command = new->command;
   if (old && old->valgrind && new->valgrind
       && strcmp(old->valgrind, new->valgrind) != 0) {
      d->old_valgrind = old->valgrind;
      d->new_valgrind = new->valgrind;
   }
   int allow_missing = limits && limits->allow_missing;
   if (old && old->nregions && !new->nregions) {
      d->new_has_no_regions = 1;
      d->old_regions = old->nregions;
      allow_missing = 0;
   }

   nv = make_views(new, &nnew);
   if (!nv)
      goto oom;
   if (old) {
      ov = make_views(old, &nold);
      if (!ov || index_views(&names, ov, nold) < 0)
         goto oom;
   }
   d->regions = calloc(nnew + nold, sizeof *d->regions);
   if (!d->regions)
      goto oom;

   for (size_t i = 0; i < nnew; i++) {
      struct region_diff *r = &d->regions[d->nregions++];
      struct view *hit = match(old, new, ov, &names, &nv[i]);
      r->name = nv[i].name;
      r->side = hit ? BOTH : NEW_ONLY;
      if (hit)
         hit->used = 1;
      if (diff_metrics(r, hit ? hit->metrics : NULL, nv[i].metrics,
                       old ? limits : NULL, &ix) < 0)
         goto oom;
   }
   for (size_t i = 0; i < nold; i++) {
      if (ov[i].used)
         continue;
      struct region_diff *r = &d->regions[d->nregions++];
      r->name = ov[i].name;
      r->side = OLD_ONLY;
      r->missing = old->nregions > 0 && !allow_missing;
      if (diff_metrics(r, ov[i].metrics, NULL, NULL, &ix) < 0)
         goto oom;
   }
   for (size_t i = 0; i < d->nregions; i++) {
      if (d->regions[i].nregressed)
         d->regions_regressed++;
      else if (d->regions[i].missing)
         d->regions_missing++;
      else
         d->regions_ok++;
   }
   free(nv);
   free(ov);
   strtab_free(&names);
   metric_index_free(&ix);
   return 0;
oom:
   free(nv);
   free(ov);
   strtab_free(&names);
   metric_index_free(&ix);
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
   if (m->new_value == m->old_value)
      return 1.0;
   if (m->new_value > m->old_value)
      return m->old_value ? (double)m->new_value / (double)m->old_value
                          : INFINITY;
   return m->new_value ? -((double)m->old_value / (double)m->new_value)
                       : -INFINITY;
}
