/* flamegraph.h: a call tree drawn as an interactive SVG flame graph, with
   no outside script: every frame's title shows on hover, a click zooms
   on it (flamegraph.js).  With old values it is a differential flame
   graph: the new profile's shape, a frame red where its inclusive cost
   grew and blue where it shrank (deeper with the size of the change), its
   title giving both values and the change.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#ifndef IAIDIFF_FLAMEGRAPH_H
#define IAIDIFF_FLAMEGRAPH_H

#include <stddef.h>
#include <stdint.h>

struct fg_frame {
   const char *name;
   size_t parent;          /* frames[0] is the root, its own parent;
                              a parent comes before its children */
   uint64_t value;         /* inclusive cost */
   uint64_t old_value;     /* differential: the same stack's, in OLD */
   int in_old;             /* differential: the stack exists in OLD */
};

struct fg_graph {
   const char *title;
   const char *metric;     /* "Ir" */
   int differential;
   const struct fg_frame *frames;
   size_t n;
};

/* Writes G to PATH (atomically).  Returns 0, or -1 with WHY set. */
int fg_write(const char *path, const struct fg_graph *g, char *why,
             size_t whylen);

#endif
