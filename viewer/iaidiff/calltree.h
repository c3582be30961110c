/* calltree.h: a profile's call tree (iaicount --call-graph=yes), for the
   whole run or one region, drawn as a flame graph (flamegraph.h); with
   an older profile, as a differential one, stacks matched by their
   functions' names.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#ifndef IAIDIFF_CALLTREE_H
#define IAIDIFF_CALLTREE_H

#include <stddef.h>

#include "profile.h"

/* Writes the flame graph of NEW's tree (OLD may be NULL) to SVG: REGION's
   (NULL: the whole run), widths from METRIC's inclusive cost ("Ir": the
   nodes' Ir.incl).  NEW_NAME and OLD_NAME are for the title.  Returns 0,
   or -1 with WHY set. */
int calltree_flamegraph(const char *svg, const struct profile *new,
                        const char *new_name, const struct profile *old,
                        const char *old_name, const char *region,
                        const char *metric, char *why, size_t whylen);

#endif
