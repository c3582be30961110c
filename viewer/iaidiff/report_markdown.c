/* report_markdown.c: the diff as a GitHub/GitLab-flavoured Markdown
   report, for a merge-request comment or a GitHub step summary:

     ### Regressed: 1 of 3 regions regressed; worst <code>hash</code> Ir +2.98%
     Limits: Ir +2.00%. Tool iaicount, command <code>./bench</code>.
     #### Instructions (Ir)          one table per metric: region, old,
     | region | old | new | ...      new, change, verdict; regressions
                                     first, in bold
     <details> ... </details>        the regions where nothing changed

   Every name is escaped for Markdown (md_escape.h).

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atomic.h"
#include "format.h"
#include "md_escape.h"
#include "metrics.h"
#include "strtab.h"

/* Whether nothing at all changed in region R. */
static int unchanged(const struct diff *d, const struct region_diff *r)
{
   if (d->single || r->side != BOTH)
      return 0;
   for (size_t j = 0; j < r->nmetrics; j++)
      if (r->metrics[j].side != BOTH
          || r->metrics[j].old_value != r->metrics[j].new_value)
         return 0;
   return 1;
}

/* Whether change A is worse (larger) than change B. */
static int worse(const struct metric_diff *a, const struct metric_diff *b)
{
   if (a->inf != b->inf)
      return a->inf;
   return !a->inf && a->pct > b->pct;
}

/* ---- headline ---------------------------------------------------------- */

static void write_headline(FILE *f, const struct diff *d)
{
   if (d->single) {
      fprintf(f, "### %zu region%s measured (nothing to compare with)\n\n",
              d->nregions, d->nregions == 1 ? "" : "s");
      return;
   }
   const struct region_diff *wr = NULL;
   const struct metric_diff *wm = NULL;
   for (size_t i = 0; i < d->nregions; i++)
      for (size_t j = 0; j < d->regions[i].nmetrics; j++) {
         const struct metric_diff *m = &d->regions[i].metrics[j];
         if (m->regressed && (!wm || worse(m, wm))) {
            wr = &d->regions[i];
            wm = m;
         }
      }
   const char *verdict = d->regions_regressed ? "Regressed"
                         : d->regions_missing ? "Failed" : "Ok";
   fprintf(f, "### %s: %zu of %zu region%s regressed", verdict,
           d->regions_regressed, d->nregions, d->nregions == 1 ? "" : "s");
   if (wm) {
      char pct[32];
      format_pct(wm, pct, sizeof pct);
      fputs("; worst ", f);
      md_code(f, wr->name);
      fputc(' ', f);
      md_escape(f, wm->name);
      fprintf(f, " %s", pct);
   }
   if (d->new_has_no_regions)
      fprintf(f, "; the new profile has no regions, the old one %zu",
              d->old_regions);
   else if (d->regions_missing)
      fprintf(f, "; %zu missing", d->regions_missing);
   fputs("\n\n", f);
}

/* Whether a later limit replaces limit I (the last one given wins). */
static int overridden(const struct limits *l, size_t i)
{
   for (size_t k = i + 1; k < l->n; k++)
      if (strcmp(l->v[k].metric, l->v[i].metric) == 0)
         return 1;
   return 0;
}

static void write_context(FILE *f, const struct diff *d,
                          const struct limits *limits)
{
   char lim[32];
   if (!d->single) {
      if (limits && limits->n) {
         fputs("Limits:", f);
         for (size_t i = 0, shown = 0; i < limits->n; i++) {
            if (overridden(limits, i))
               continue;
            format_limit(limits->v[i].pct, lim, sizeof lim);
            fputs(shown++ ? ", " : " ", f);
            md_escape(f, limits->v[i].metric);
            fprintf(f, " %s", lim);
         }
         fputs(". ", f);
      } else {
         fputs("No limits: changes are shown, none fails. ", f);
      }
      if (limits && limits->tolerance > 0) {
         format_limit(limits->tolerance, lim, sizeof lim);
         fprintf(f, "Changes within %s are noise. ", lim + 1);
      }
   }
   fputs("Tool ", f);
   md_escape(f, d->tool);
   if (d->command && d->command[0]) {
      fputs(", command ", f);
      md_code(f, d->command);
   }
   fputs(".\n\n", f);
   if (d->old_valgrind) {
      fputs("> **Note:** the profiles come from different Valgrind versions"
            " (old ", f);
      md_code(f, d->old_valgrind);
      fputs(", new ", f);
      md_code(f, d->new_valgrind);
      fputs("): counts move between versions, so part of any change may be"
            " Valgrind's.\n\n", f);
   }
}

/* ---- the metrics of the listed regions -------------------------------- */

/* Every metric name of the regions that are listed (WANT_UNCHANGED: the
   unchanged ones; otherwise the others), numbered in order of first
   appearance.  Time linear in the number of metrics. */
static int number_metrics(const struct diff *d, int want_unchanged,
                          struct strtab *names)
{
   memset(names, 0, sizeof *names);
   for (size_t i = 0; i < d->nregions; i++) {
      const struct region_diff *r = &d->regions[i];
      if (unchanged(d, r) != want_unchanged)
         continue;
      for (size_t j = 0; j < r->nmetrics; j++) {
         size_t k;
         int added;
         const char *name = r->metrics[j].name;
         if (strtab_add(names, name, strlen(name), &k, &added) < 0)
            return -1;
      }
   }
   return 0;
}

static size_t metric_number(const struct strtab *names, const char *name)
{
   return strtab_find(names, name, strlen(name));
}

/* ---- one table per metric ---------------------------------------------- */

struct row {
   const struct region_diff *r;
   const struct metric_diff *m;
   size_t order;
};

/* Rows where this metric regressed first, worst first; then missing
   regions; then the other rows of regressed regions; then the rest, in
   the diff's order. */
static int rank(const struct row *x)
{
   if (x->m->regressed)
      return 0;
   if (x->r->missing)
      return 1;
   if (x->r->nregressed)
      return 2;
   return 3;
}

static int row_cmp(const void *a, const void *b)
{
   const struct row *x = a, *y = b;
   int rx = rank(x), ry = rank(y);
   if (rx != ry)
      return rx - ry;
   if (rx == 0 && worse(x->m, y->m) != worse(y->m, x->m))
      return worse(x->m, y->m) ? -1 : 1;
   return x->order < y->order ? -1 : x->order > y->order;
}

static void write_value(FILE *f, const struct metric_diff *m, int newside)
{
   char v[32];
   int present = newside ? m->side != OLD_ONLY : m->side != NEW_ONLY;
   fputs(present ? format_grouped(newside ? m->new_value : m->old_value, v)
                 : "N/A", f);
}

static void write_change(FILE *f, const struct row *x)
{
   char pct[32], factor[32];
   const struct metric_diff *m = x->m;
   if (x->r->side != BOTH || m->side != BOTH)
      return;
   if (m->new_value == m->old_value) {
      fputs("no change", f);
      return;
   }
   format_pct(m, pct, sizeof pct);
   if (m->inf) {
      fputs(pct, f);
      return;
   }
   format_factor(m, factor, sizeof factor);
   fprintf(f, "%s (%s)", pct, factor);
}

static void write_verdict(FILE *f, const struct row *x)
{
   char lim[32];
   const struct metric_diff *m = x->m;
   if (m->regressed) {
      format_limit(m->limit, lim, sizeof lim);
      fprintf(f, "**regressed** (limit %s)", lim);
   } else if (x->r->missing) {
      fputs("**missing region**", f);
   } else if (x->r->side == NEW_ONLY) {
      fputs("new region", f);
   } else if (x->r->side == OLD_ONLY) {
      fputs("removed region", f);
   } else if (m->side == NEW_ONLY) {
      fputs("new metric", f);
   } else if (m->side == OLD_ONLY) {
      fputs("removed metric", f);
   } else if (m->noise) {
      fputs("within noise", f);
   } else {
      fputs("ok", f);
   }
}

static void write_row(FILE *f, const struct row *x)
{
   int mark = x->m->regressed || x->r->missing;
   fputs(mark ? "| **" : "| ", f);
   md_code(f, x->r->name);
   fputs(mark ? "** | " : " | ", f);
   write_value(f, x->m, 0);
   fputs(" | ", f);
   write_value(f, x->m, 1);
   fputs(" | ", f);
   write_change(f, x);
   fputs(" | ", f);
   write_verdict(f, x);
   fputs(" |\n", f);
}

static void write_heading(FILE *f, const char *metric)
{
   char label[64];
   metric_label(metric, label, sizeof label);
   fputs("#### ", f);
   md_escape(f, label);
   if (strcmp(label, metric) != 0) {
      fputs(" (", f);
      md_escape(f, metric);
      fputc(')', f);
   }
   fputs("\n\n", f);
}

/* The rows of every metric table, grouped by metric number (a counting
   sort), each group in its order: time linear in the number of metrics
   but for the sort within a table. */
static int write_metric_tables(FILE *f, const struct diff *d)
{
   struct strtab names;
   struct row *rows = NULL;
   size_t *start = NULL, nrows = 0;
   int rc = -1;
   if (number_metrics(d, 0, &names) < 0)
      goto done;
   start = calloc(names.n + 1, sizeof *start);
   if (!start)
      goto done;
   for (size_t i = 0; i < d->nregions; i++)
      if (!unchanged(d, &d->regions[i]))
         for (size_t j = 0; j < d->regions[i].nmetrics; j++) {
            start[metric_number(&names, d->regions[i].metrics[j].name) + 1]++;
            nrows++;
         }
   for (size_t k = 0; k < names.n; k++)
      start[k + 1] += start[k];
   rows = calloc(nrows ? nrows : 1, sizeof *rows);
   if (!rows)
      goto done;
   for (size_t i = 0; i < d->nregions; i++) {
      const struct region_diff *r = &d->regions[i];
      if (unchanged(d, r))
         continue;
      for (size_t j = 0; j < r->nmetrics; j++) {
         size_t k = metric_number(&names, r->metrics[j].name);
         struct row *x = &rows[start[k]++];
         x->r = r;
         x->m = &r->metrics[j];
         x->order = i;
      }
   }
   for (size_t k = 0, from = 0; k < names.n; k++) {
      size_t to = start[k];   /* advanced to the next group's start */
      qsort(rows + from, to - from, sizeof *rows, row_cmp);
      write_heading(f, strtab_key(&names, k));
      fputs("| region | old | new | change | verdict |\n"
            "|:--|--:|--:|--:|:--|\n", f);
      for (size_t i = from; i < to; i++)
         write_row(f, &rows[i]);
      fputc('\n', f);
      from = to;
   }
   rc = 0;
done:
   strtab_free(&names);
   free(start);
   free(rows);
   return rc;
}

/* ---- values without a comparison -------------------------------------- */

/* A table of region and value per metric, of the regions that have no
   comparison (a single profile) or where nothing changed.  Time linear in
   its number of cells. */
static int write_value_table(FILE *f, const struct diff *d,
                             int want_unchanged)
{
   struct strtab names;
   const struct metric_diff **cell = NULL;
   char label[64], v[32];
   int rc = -1;
   if (number_metrics(d, want_unchanged, &names) < 0)
      goto done;
   cell = calloc(names.n ? names.n : 1, sizeof *cell);
   if (!cell)
      goto done;
   fputs("| region |", f);
   for (size_t k = 0; k < names.n; k++) {
      fputc(' ', f);
      md_escape(f, metric_label(strtab_key(&names, k), label, sizeof label));
      fputs(" |", f);
   }
   fputs("\n|:--|", f);
   for (size_t k = 0; k < names.n; k++)
      fputs("--:|", f);
   fputc('\n', f);
   for (size_t i = 0; i < d->nregions; i++) {
      const struct region_diff *r = &d->regions[i];
      if (unchanged(d, r) != want_unchanged)
         continue;
      for (size_t j = 0; j < r->nmetrics; j++)
         cell[metric_number(&names, r->metrics[j].name)] = &r->metrics[j];
      fputs("| ", f);
      md_code(f, r->name);
      fputs(" |", f);
      for (size_t k = 0; k < names.n; k++) {
         fprintf(f, " %s |",
                 cell[k] ? format_grouped(cell[k]->new_value, v) : "");
         cell[k] = NULL;
      }
      fputc('\n', f);
   }
   fputc('\n', f);
   rc = 0;
done:
   strtab_free(&names);
   free(cell);
   return rc;
}

static int write_unchanged(FILE *f, const struct diff *d)
{
   size_t n = 0;
   for (size_t i = 0; i < d->nregions; i++)
      n += unchanged(d, &d->regions[i]);
   if (n == 0)
      return 0;
   fprintf(f, "<details><summary>%zu unchanged region%s</summary>\n\n", n,
           n == 1 ? "" : "s");
   if (write_value_table(f, d, 1) < 0)
      return -1;
   fputs("</details>\n", f);
   return 0;
}

/* ---- the report -------------------------------------------------------- */

static int write_report(FILE *f, const struct diff *d,
                        const struct limits *limits)
{
   write_headline(f, d);
   write_context(f, d, limits);
   if (d->single)
      return write_value_table(f, d, 0);
   if (write_metric_tables(f, d) < 0)
      return -1;
   return write_unchanged(f, d);
}

int report_markdown(const char *path, const struct diff *d,
                    const struct limits *limits, char *why, size_t whylen)
{
   char *buf = NULL;
   size_t len = 0;
   FILE *f = open_memstream(&buf, &len);
   if (!f) {
      snprintf(why, whylen, "%s: out of memory", path);
      return -1;
   }
   int rc = write_report(f, d, limits);
   if (fclose(f) != 0 || rc < 0) {
      free(buf);
      snprintf(why, whylen, "%s: out of memory", path);
      return -1;
   }
   rc = atomic_write(path, buf, len, why, whylen);
   free(buf);
   return rc;
}
