/* report_xml.c: the diff as XML, in the format of docs/iaidiff-diff.rng.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "report.h"

#include <math.h>
#include <stdio.h>

#include "xmlout.h"

static const char *side_name(enum side s)
{
   return s == BOTH ? "both" : s == NEW_ONLY ? "new" : "removed";
}

static void write_metric(struct xmlout *o, const struct metric_diff *m)
{
   char num[64];
   xmlout_start(o, "metric");
   xmlout_attr(o, "name", m->name);
   xmlout_attr(o, "status", side_name(m->side));
   if (m->side != OLD_ONLY)
      xmlout_attr_u64(o, "new", m->new_value);
   if (m->side != NEW_ONLY)
      xmlout_attr_u64(o, "old", m->old_value);
   if (m->side == BOTH) {
      if (m->inf)
         snprintf(num, sizeof num, "INF");
      else
         snprintf(num, sizeof num, "%.4f", m->pct);
      xmlout_attr(o, "diff", num);
      double f = metric_factor(m);
      if (isinf(f))
         snprintf(num, sizeof num, f > 0 ? "INF" : "-INF");
      else
         snprintf(num, sizeof num, "%.4f", f);
      xmlout_attr(o, "factor", num);
      if (m->noise)
         xmlout_attr(o, "noise", "true");
   }
   if (m->has_limit) {
      snprintf(num, sizeof num, "%g", m->limit);
      xmlout_attr(o, "limit", num);
   }
   xmlout_attr(o, "regressed", m->regressed ? "true" : "false");
   xmlout_end(o);
}

int report_xml(const char *path, const struct diff *d, const char *old_name,
               const char *new_name, char *why, size_t whylen)
{
   struct xmlout o;
   if (xmlout_open(&o) < 0) {
      snprintf(why, whylen, "%s: out of memory", path);
      return -1;
   }
   xmlout_start(&o, "iaidiff");
   xmlout_attr(&o, "version", "1");
   xmlout_attr(&o, "tool", d->tool);
   xmlout_attr(&o, "command", d->command ? d->command : "");
   if (old_name)
      xmlout_attr(&o, "old", old_name);
   xmlout_attr(&o, "new", new_name);
   xmlout_attr(&o, "result", d->regions_regressed ? "regressed"
                             : d->regions_missing ? "failed" : "ok");
   xmlout_attr_u64(&o, "regions-ok", d->regions_ok);
   xmlout_attr_u64(&o, "regions-regressed", d->regions_regressed);
   xmlout_attr_u64(&o, "regions-missing", d->regions_missing);
   for (size_t i = 0; i < d->nregions; i++) {
      const struct region_diff *r = &d->regions[i];
      xmlout_start(&o, "region");
      xmlout_attr(&o, "name", r->name);
      xmlout_attr(&o, "status", d->single ? "single" : side_name(r->side));
      xmlout_attr(&o, "regressed", r->nregressed ? "true" : "false");
      xmlout_attr(&o, "missing", r->missing ? "true" : "false");
      for (size_t j = 0; j < r->nmetrics; j++)
         write_metric(&o, &r->metrics[j]);
      xmlout_end(&o);
   }
   xmlout_end(&o);
   return xmlout_save(&o, path, why, whylen);
}
