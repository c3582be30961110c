/* format.c: spelling of numbers, changes and metric names in reports.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "format.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

char *format_grouped(uint64_t v, char *buf)
{
   char digits[24];
   int n = snprintf(digits, sizeof digits, "%" PRIu64, v);
   int out = 0;
   for (int i = 0; i < n; i++) {
      if (i > 0 && (n - i) % 3 == 0)
         buf[out++] = ',';
      buf[out++] = digits[i];
   }
   buf[out] = '\0';
   return buf;
}

void format_pct(const struct metric_diff *m, char *buf, size_t len)
{
   if (m->inf)
      snprintf(buf, len, "+++inf+++");
   else
      snprintf(buf, len, "%+.2f%%", m->pct);
}

void format_factor(const struct metric_diff *m, char *buf, size_t len)
{
   double f = metric_factor(m);
   if (isinf(f))
      snprintf(buf, len, f > 0 ? "+++inf+++" : "---inf---");
   else
      snprintf(buf, len, "%+.2fx", f);
}

void format_limit(double pct, char *buf, size_t len)
{
   snprintf(buf, len, "%+.2f%%", pct);
}

static const struct {
   const char *name, *label;
} labels[] = {
   { "Ir", "Instructions" },
   { "L1hits", "L1 Hits" },
   { "LLhits", "LL Hits" },
   { "RAMhits", "RAM Hits" },
   { "TotalRW", "Total read+write" },
   { "EstimatedCycles", "Estimated Cycles" },
   { "TotalBytes", "Total bytes" },
   { "TotalBlocks", "Total blocks" },
   { "AtGmaxBytes", "At t-gmax bytes" },
   { "AtGmaxBlocks", "At t-gmax blocks" },
   { "MaxBytes", "Max bytes" },
   { "MaxBlocks", "Max blocks" },
   { "EndBytes", "At t-end bytes" },
   { "EndBlocks", "At t-end blocks" },
   { "ReadBytes", "Reads bytes" },
   { "WriteBytes", "Writes bytes" },
   { "LifetimeMin", "Lifetime min" },
   { "LifetimeMean", "Lifetime mean" },
   { "LifetimeMax", "Lifetime max" },
};

const char *metric_label(const char *name, char *buf, size_t len)
{
   size_t n = strlen(name);
   int incl = n > 5 && strcmp(name + n - 5, ".incl") == 0;
   size_t base = incl ? n - 5 : n;
   for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
      if (strlen(labels[i].name) == base
          && strncmp(labels[i].name, name, base) == 0) {
         snprintf(buf, len, "%s%s", labels[i].label, incl ? " (incl)" : "");
         return buf;
      }
   }
   snprintf(buf, len, "%s", name);
   return buf;
}

void format_regression(FILE *out, const struct metric_diff *m)
{
   char oldv[32], newv[32], pct[32], lim[32];
   format_pct(m, pct, sizeof pct);
   format_limit(m->limit, lim, sizeof lim);
   fprintf(out, "%s (%s -> %s) regressed by %s (>%s)", m->name,
           format_grouped(m->old_value, oldv),
           format_grouped(m->new_value, newv), pct, lim);
}
