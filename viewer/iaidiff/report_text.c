/* report_text.c: the iai-callgrind style terminal report of a diff.
   Names come from the profiled program and are printed escaped.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "report.h"

#include "format.h"
#include "metrics.h"
#include "term_escape.h"

#define RED "\033[31m"
#define GREEN "\033[32m"
#define BOLD "\033[1m"
#define RESET "\033[0m"

/* The "(...)" and "[...]" part of a metric line. */
static void print_change(FILE *out, const struct diff *d,
                         const struct region_diff *r,
                         const struct metric_diff *m, int color)
{
   char pct[32], factor[32];
   if (d->single || r->side != BOTH) {
      fputs("(*********)", out);
      return;
   }
   if (m->side == NEW_ONLY) {
      fputs("(new metric)", out);
      return;
   }
   if (m->side == OLD_ONLY) {
      fputs("(removed metric)", out);
      return;
   }
   if (m->new_value == m->old_value) {
      fputs("(No change)", out);
      return;
   }
   if (m->noise) {
      fputs("(within noise)", out);
      return;
   }
   format_pct(m, pct, sizeof pct);
   format_factor(m, factor, sizeof factor);
   const char *on = "", *off = "";
   if (color) {
      on = m->new_value > m->old_value ? RED : GREEN;
      off = RESET;
      if (m->regressed)
         on = m->new_value > m->old_value ? BOLD RED : BOLD GREEN;
   }
   fprintf(out, "%s(%s) [%s]%s", on, pct, factor, off);
}

static void print_metric(FILE *out, const struct diff *d,
                         const struct region_diff *r,
                         const struct metric_diff *m, int color)
{
   char label[64], newv[32], oldv[32];
   if (m->side == OLD_ONLY)
      snprintf(newv, sizeof newv, "N/A");
   else
      format_grouped(m->new_value, newv);
   if (m->side == NEW_ONLY)
      snprintf(oldv, sizeof oldv, "N/A");
   else
      format_grouped(m->old_value, oldv);
   fputs("  ", out);
   size_t width = term_escape(out, metric_label(m->name, label, sizeof label));
   fprintf(out, ":%*s%20s|%-20s ", width < 20 ? (int)(20 - width) : 0, "",
           newv, oldv);
   print_change(out, d, r, m, color);
   fputc('\n', out);
}

static void print_regressions(FILE *out, const struct diff *d, int color)
{
   fprintf(out, "%sRegressions:%s\n", color ? BOLD RED : "",
           color ? RESET : "");
   for (size_t i = 0; i < d->nregions; i++) {
      const struct region_diff *r = &d->regions[i];
      for (size_t j = 0; j < r->nmetrics; j++) {
         if (!r->metrics[j].regressed)
            continue;
         fputs("  ", out);
         term_escape(out, r->name);
         fputs(": ", out);
         format_regression(out, &r->metrics[j]);
         fputc('\n', out);
      }
   }
}

static void print_missing(FILE *out, const struct diff *d, int color)
{
   fprintf(out, "%sMissing regions:%s\n", color ? BOLD RED : "",
           color ? RESET : "");
   if (d->new_has_no_regions)
      fprintf(out, "  the new profile has no regions; the old one has %zu\n",
              d->old_regions);
   for (size_t i = 0; i < d->nregions; i++) {
      if (!d->regions[i].missing)
         continue;
      fputs("  ", out);
      term_escape(out, d->regions[i].name);
      fputs(": in the old profile, not in the new one\n", out);
   }
}

void report_region(FILE *out, const struct diff *d,
                   const struct region_diff *r, int color)
{
   const char *mark = "";
   if (!d->single && r->side == NEW_ONLY)
      mark = " (new region)";
   else if (r->missing)
      mark = " (missing region)";
   else if (r->side == OLD_ONLY)
      mark = " (removed region)";
   fputs(color ? BOLD : "", out);
   term_escape(out, r->name);
   fprintf(out, "%s%s\n", mark, color ? RESET : "");
   for (size_t j = 0; j < r->nmetrics; j++)
      print_metric(out, d, r, &r->metrics[j], color);
}

void report_text(FILE *out, const struct diff *d, int color)
{
   if (d->old_valgrind) {
      fputs("Note: the profiles come from different Valgrind versions (old ", out);
      term_escape(out, d->old_valgrind);
      fputs(", new ", out);
      term_escape(out, d->new_valgrind);
      fputs("): counts move between versions, so part of any change may be"
            " Valgrind's.\n", out);
   }
   for (size_t i = 0; i < d->nregions; i++)
      report_region(out, d, &d->regions[i], color);
   if (d->regions_regressed)
      print_regressions(out, d, color);
   if (d->regions_missing)
      print_missing(out, d, color);
   if (d->regions_regressed || d->regions_missing)
      fprintf(out, "iaidiff result: %s%s.%s", color ? BOLD RED : "",
              d->regions_regressed ? "Regressed" : "Failed",
              color ? RESET : "");
   else
      fprintf(out, "iaidiff result: %sOk.%s", color ? BOLD GREEN : "",
              color ? RESET : "");
   fprintf(out, " %zu without regressions; %zu regressed", d->regions_ok,
           d->regions_regressed);
   if (d->regions_missing)
      fprintf(out, "; %zu missing", d->regions_missing);
   fputc('\n', out);
}
