/* baseline.h: named baselines kept in a directory (default .iai/), so CI
   can compare a branch against a saved run of main.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#ifndef VIEWER_BASELINE_H
#define VIEWER_BASELINE_H

#include <stddef.h>

#define BASELINE_DEFAULT_DIR ".iai"

/* Whether NAME is a valid baseline name: [A-Za-z0-9._-]+, no leading dot. */
int baseline_name_ok(const char *name);

/* "DIR/NAME.xml", malloc'd (NULL when out of memory). */
char *baseline_path(const char *dir, const char *name);

/* Whether the baseline file exists. */
int baseline_exists(const char *path);

/* Store the file SRC as baseline NAME in DIR (created when missing),
   atomically.  Returns 0, or -1 with WHY set. */
int baseline_save(const char *dir, const char *name, const char *src,
                  char *why, size_t whylen);

#endif
