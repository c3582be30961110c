/* atomic.h: writing a file so that readers see either the old or the whole
   new content (temporary file in the same directory, then rename).

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#ifndef VIEWER_ATOMIC_H
#define VIEWER_ATOMIC_H

#include <stddef.h>

/* Replace PATH with LEN bytes of DATA.  Returns 0, or -1 with WHY set. */
int atomic_write(const char *path, const void *data, size_t len, char *why,
                 size_t whylen);

/* Create directory DIR and its missing parents.  Returns 0, or -1. */
int make_dirs(const char *dir, char *why, size_t whylen);

#endif
