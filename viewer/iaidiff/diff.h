/* diff.h: comparing two profiles region by region, and the regression
   limits (--regression, --tolerance) applied to the comparison.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#ifndef VIEWER_DIFF_H
#define VIEWER_DIFF_H

#include <stddef.h>
#include <stdint.h>

#include "profile.h"

struct limit {
   char *metric;
   double pct;
};

/* The rules of the gate. */
struct limits {
   struct limit *v;
   size_t n;
   double tolerance;     /* 0 = none */
   int allow_missing;    /* a region of OLD may be missing from NEW */
};

/* Parse "Ir=2,EstimatedCycles=5.5" and append to L.  Returns 0, or -1 with
   a reason in WHY. */
int limits_parse(struct limits *l, const char *spec, char *why,
                 size_t whylen);
void limits_free(struct limits *l);

enum side { BOTH, NEW_ONLY, OLD_ONLY };

struct metric_diff {
   const char *name;
   enum side side;
   uint64_t old_value, new_value;
   int inf;            /* old == 0 < new: an infinite increase */
   double pct;         /* (new - old) / old * 100, when BOTH and old > 0 */
   int noise;          /* a change smaller than the tolerance */
   int has_limit;
   double limit;
   int regressed;
};

struct region_diff {
   const char *name;
   enum side side;
   int missing;        /* a region of OLD that NEW lacks: a failure */
   struct metric_diff *metrics;
   size_t nmetrics;
   size_t nregressed;
};

struct diff {
   int single;                 /* no OLD profile: a plain summary */
   const char *tool;
   const char *command;        /* of the NEW profile */
   /* The two profiles' Valgrind versions when they differ (counts move
      between versions), else NULL. */
   const char *old_valgrind, *new_valgrind;
   struct region_diff *regions;
   size_t nregions;
   size_t regions_ok, regions_regressed, regions_missing;
   size_t old_regions;         /* OLD has regions and NEW has none: */
   int new_has_no_regions;     /* every one is missing, allowed or not */
};

/* Refuse a comparison the gate could not judge: OLD (may be NULL) and NEW
   from different tools, or a limit on a metric that neither profile has
   and that no tool measures (a misspelt name would never regress).
   OLD_NAME and NEW_NAME name the files in messages.  Returns 0, or -1
   with a reason in WHY. */
int diff_check(const struct profile *old, const char *old_name,
               const struct profile *new, const char *new_name,
               const struct limits *limits, char *why, size_t whylen);

/* Compare NEW with OLD (OLD may be NULL).  Returns 0, or -1 when out of
   memory.  The diff points into both profiles: free it first.  Time is
   linear in the number of regions and metrics. */
int diff_profiles(const struct profile *old, const struct profile *new,
                  const struct limits *limits, struct diff *out);
void diff_free(struct diff *d);

/* Growth factor: new/old when it grew, -old/new when it shrank, 1 when
   equal (0 and 0 included), +-INFINITY when it grew from or fell to 0. */
double metric_factor(const struct metric_diff *m);

#endif
