/* strtab.h: a small hash table of strings that numbers each distinct key,
   used to intern metric names, find duplicate regions and match functions.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#ifndef VIEWER_STRTAB_H
#define VIEWER_STRTAB_H

#include <stddef.h>

struct strtab {
   char **keys;       /* keys[i] is the copy of key number i */
   size_t n, capkeys;
   size_t *slots;     /* 0 = empty, else key number + 1 */
   size_t nslots;     /* a power of two, or 0 */
};

/* Look KEY (LEN bytes, may hold NULs) up; add it when absent.  Sets *index
   to its number and *added to 1 when it was new.  Returns 0, or -1 when out
   of memory. */
int strtab_add(struct strtab *t, const char *key, size_t len,
               size_t *index, int *added);

/* The number of KEY, or (size_t)-1 when absent. */
size_t strtab_find(const struct strtab *t, const char *key, size_t len);

/* The NUL-terminated text of key number I. */
const char *strtab_key(const struct strtab *t, size_t i);

void strtab_free(struct strtab *t);

#endif
