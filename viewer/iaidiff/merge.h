/* merge.h: adding up several profiles of one program (forked children,
   sharded CI jobs) into one, and writing a profile back as XML.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#ifndef VIEWER_MERGE_H
#define VIEWER_MERGE_H

#include <stddef.h>

#include "profile.h"

/* Merge the N profiles IN (named NAMES in messages).  Regions are matched
   by name, functions by name and file, sites by their stack; metrics add
   up, except LifetimeMin/LifetimeMax (minimum/maximum) and LifetimeMean
   (weighted by TotalBlocks).  Profiles of different tools or commands are
   refused unless FORCE.  Returns 0, or -1 with WHY set. */
int profile_merge(struct profile *const *in, const char *const *names,
                  size_t n, int force, struct profile **out, char *why,
                  size_t whylen);

/* Write P to PATH in the docs/profile.rng format, atomically. */
int profile_write(const char *path, const struct profile *p, char *why,
                  size_t whylen);

#endif
