/* metric_index.h: where each metric of one metric list sits, found in
   constant time, so that diffs and merges take time linear in the number
   of metrics however many a region has.

   The index numbers every metric name it has seen (a hash table) and keeps
   per name the position it had in the list loaded last and the load it
   belongs to, so loading the next list costs its own length only.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#ifndef VIEWER_METRIC_INDEX_H
#define VIEWER_METRIC_INDEX_H

#include <stddef.h>

#include "profile.h"
#include "strtab.h"

#define METRIC_ABSENT ((size_t)-1)

struct metric_index {
   struct strtab names;
   size_t *pos;        /* per name number: position in the current list */
   size_t *load;       /* per name number: the load that set pos */
   size_t cap;
   size_t now;         /* the current load, from 1 */
};

/* Forget the previous list and index L (NULL: an empty list).  Returns 0,
   or -1 when out of memory. */
int metric_index_load(struct metric_index *ix, const struct metric_list *l);

/* Record that NAME now sits at POS of the current list (after appending
   to it).  Returns 0, or -1 when out of memory. */
int metric_index_put(struct metric_index *ix, const char *name, size_t pos);

/* The position of NAME in the current list, or METRIC_ABSENT. */
size_t metric_index_find(const struct metric_index *ix, const char *name);

void metric_index_free(struct metric_index *ix);

#endif
