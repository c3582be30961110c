/* junit.c: the diff as JUnit XML (the Ant/Jenkins flavour that GitLab,
   Jenkins and GitHub reporters read): one testcase per region, a failure
   per regressed region and per region missing from the new profile,
   removed regions skipped when --allow-missing allows them.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "report.h"

#include <stdio.h>
#include <stdlib.h>

#include "format.h"
#include "xmlout.h"

/* Run a printer into a malloc'd string (NULL when out of memory). */
static char *region_text(const struct diff *d, const struct region_diff *r)
{
   char *s = NULL;
   size_t len = 0;
   FILE *f = open_memstream(&s, &len);
   if (!f)
      return NULL;
   report_region(f, d, r, 0);
   if (fclose(f) != 0) {
      free(s);
      return NULL;
   }
   return s;
}

static char *failure_text(const struct region_diff *r)
{
   char *s = NULL;
   size_t len = 0;
   FILE *f = open_memstream(&s, &len);
   if (!f)
      return NULL;
   for (size_t j = 0; j < r->nmetrics; j++) {
      if (!r->metrics[j].regressed)
         continue;
      format_regression(f, &r->metrics[j]);
      fputc('\n', f);
   }
   if (fclose(f) != 0) {
      free(s);
      return NULL;
   }
   return s;
}

int report_junit(const char *path, const struct diff *d, char *why,
                 size_t whylen)
{
   struct xmlout o;
   size_t skipped = 0;
   const char *classname = d->command && d->command[0] ? d->command
                                                       : d->tool;
   size_t failures = d->regions_regressed + d->regions_missing;
   for (size_t i = 0; i < d->nregions; i++)
      if (d->regions[i].side == OLD_ONLY && !d->regions[i].missing)
         skipped++;
   if (xmlout_open(&o) < 0) {
      snprintf(why, whylen, "%s: out of memory", path);
      return -1;
   }
   xmlout_start(&o, "testsuites");
   xmlout_attr(&o, "name", "iaidiff");
   xmlout_attr_u64(&o, "tests", d->nregions);
   xmlout_attr_u64(&o, "failures", failures);
   xmlout_attr(&o, "errors", "0");
   xmlout_attr_u64(&o, "skipped", skipped);
   xmlout_attr(&o, "time", "0");
   xmlout_start(&o, "testsuite");
   xmlout_attr(&o, "name", classname);
   xmlout_attr_u64(&o, "tests", d->nregions);
   xmlout_attr_u64(&o, "failures", failures);
   xmlout_attr(&o, "errors", "0");
   xmlout_attr_u64(&o, "skipped", skipped);
   xmlout_attr(&o, "time", "0");
   for (size_t i = 0; i < d->nregions && !o.failed; i++) {
      const struct region_diff *r = &d->regions[i];
      xmlout_start(&o, "testcase");
      xmlout_attr(&o, "classname", classname);
      xmlout_attr(&o, "name", r->name);
      xmlout_attr(&o, "time", "0");
      if (r->nregressed) {
         char *text = failure_text(r);
         char msg[64];
         snprintf(msg, sizeof msg, "%zu metric%s over the limit",
                  r->nregressed, r->nregressed == 1 ? "" : "s");
         xmlout_start(&o, "failure");
         xmlout_attr(&o, "message", msg);
         xmlout_attr(&o, "type", "regression");
         if (text)
            xmlout_text(&o, text);
         else
            o.failed = 1;
         xmlout_end(&o);
         free(text);
      } else if (r->missing) {
         xmlout_start(&o, "failure");
         xmlout_attr(&o, "message",
                     "missing region: in the old profile, not in the new one");
         xmlout_attr(&o, "type", "missing");
         xmlout_end(&o);
      } else if (r->side == OLD_ONLY) {
         xmlout_start(&o, "skipped");
         xmlout_attr(&o, "message", "removed region: not in the new profile");
         xmlout_end(&o);
      }
      char *out = region_text(d, r);
      xmlout_start(&o, "system-out");
      if (out)
         xmlout_text(&o, out);
      else
         o.failed = 1;
      xmlout_end(&o);
      free(out);
      xmlout_end(&o);
   }
   xmlout_end(&o);
   xmlout_end(&o);
   return xmlout_save(&o, path, why, whylen);
}
