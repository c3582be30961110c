/* format.c: spelling of numbers, changes and metric names in reports.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "format.h"

#include "term_escape.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Percentages never print more decimals than this. */
#define MAX_DIGITS 10

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

/* The fewest decimals, from 2, with which V prints as itself. */
static int exact_digits(double v)
{
   char buf[64];
   for (int d = 2; d < MAX_DIGITS; d++) {
      snprintf(buf, sizeof buf, "%.*f", d, v);
      if (strtod(buf, NULL) == v)
         return d;
   }
   return MAX_DIGITS;
}

/* The fewest decimals, from 2, with which a change PCT reads as what it
   is: not as 0 when it is not 0, not as M's limit when it is not the
   limit (so "+0.0012% (>+0.00%)", not "+0.00% (>+0.00%)"). */
static int change_digits(double pct, const struct metric_diff *m)
{
   char buf[64];
   for (int d = 2; d < MAX_DIGITS; d++) {
      snprintf(buf, sizeof buf, "%.*f", d, pct);
      double shown = strtod(buf, NULL);
      if ((pct != 0 && shown == 0)
          || (m->has_limit && pct != m->limit && shown == m->limit))
         continue;
      return d;
   }
   return MAX_DIGITS;
}

void format_pct(const struct metric_diff *m, char *buf, size_t len)
{
   if (m->inf)
      snprintf(buf, len, "+++inf+++");
   else
      snprintf(buf, len, "%+.*f%%", change_digits(m->pct, m), m->pct);
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
   snprintf(buf, len, "%+.*f%%", exact_digits(pct), pct);
}

void format_regression(FILE *out, const struct metric_diff *m)
{
   char oldv[32], newv[32], pct[32], lim[32];
   format_pct(m, pct, sizeof pct);
   format_limit(m->limit, lim, sizeof lim);
   term_escape(out, m->name);
   fprintf(out, " (%s -> %s) regressed by %s (>%s)",
           format_grouped(m->old_value, oldv),
           format_grouped(m->new_value, newv), pct, lim);
}
