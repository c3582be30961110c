/* bmf.h: a profile's numbers in Bencher Metric Format (BMF) JSON, which
   `bencher run --adapter json` ingests: one benchmark per region, named
   PROGRAM::REGION, with one measure per metric under a stable slug
   ("instructions", "estimated-cycles", "l1-hits", ...).

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#ifndef VIEWER_BMF_H
#define VIEWER_BMF_H

#include <stddef.h>

#include "profile.h"

/* Bencher's limits on a benchmark's and a measure's name, in characters. */
#define BMF_MAX_BENCHMARK 1024
#define BMF_MAX_MEASURE 64

/* Write P to PATH, atomically.  PROGRAM is the file name of the profiled
   program (the first word of P's command); a profile whose command is
   empty (iaidiff --join of several runs) has region names that already
   say which program ran them.  A profile without regions is one
   benchmark, PROGRAM.  With FUNCTIONS > 0, each region also gets a
   benchmark PROGRAM::REGION::FUNCTION (FILE) for each of its FUNCTIONS
   costliest functions (by inclusive Ir where the profile has call
   graphs, else by Ir).  Returns 0, or -1 with WHY set (a name over
   Bencher's limits, out of memory, the file not written). */
int bmf_write(const char *path, const struct profile *p, size_t functions,
              char *why, size_t whylen);

#endif
