/* atomic.h: writing an output file so that readers see either the old or
   the whole new content, without ever replacing what is not a regular
   file.

   - A symlink is followed to its target, except a link owned by someone
     else in a sticky world-writable directory (the kernel's
     protected_symlinks rule, which following links by hand would
     otherwise bypass).
   - A regular file, or none, is replaced atomically: the data go to a
     temporary created with O_EXCL|O_NOFOLLOW under an unpredictable name
     in the target's directory, are synced, and the temporary is renamed
     over the target, which keeps its permission bits.
   - A character device or FIFO, or a /proc/self/fd link such as
     /dev/stdout, is written in place.
   - Anything else (a directory, a block device, a socket) is refused.
   On any error the old file stays, the temporary is removed and WHY says
   "PATH: reason" with PATH as the caller gave it.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#ifndef VIEWER_ATOMIC_H
#define VIEWER_ATOMIC_H

#include <stddef.h>

/* Write LEN bytes of DATA to PATH.  Returns 0, or -1 with WHY set. */
int atomic_write(const char *path, const void *data, size_t len, char *why,
                 size_t whylen);

/* Create directory DIR and its missing parents.  Returns 0, or -1. */
int make_dirs(const char *dir, char *why, size_t whylen);

#endif
