/* metric_index.c: constant-time lookup of a metric in one list (see
   metric_index.h).

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "metric_index.h"

#include <stdlib.h>
#include <string.h>

/* Make room for name number I in pos[] and load[]. */
static int reserve(struct metric_index *ix, size_t i)
{
   if (i < ix->cap)
      return 0;
   size_t cap = ix->cap ? ix->cap * 2 : 64;
   while (cap <= i)
      cap *= 2;
   size_t *pos = realloc(ix->pos, cap * sizeof *pos);
   if (!pos)
      return -1;
   ix->pos = pos;
   size_t *load = realloc(ix->load, cap * sizeof *load);
   if (!load)
      return -1;
   memset(load + ix->cap, 0, (cap - ix->cap) * sizeof *load);
   ix->load = load;
   ix->cap = cap;
   return 0;
}

int metric_index_put(struct metric_index *ix, const char *name, size_t pos)
{
   size_t i;
   int added;
   if (strtab_add(&ix->names, name, strlen(name), &i, &added) < 0
       || reserve(ix, i) < 0)
      return -1;
   ix->pos[i] = pos;
   ix->load[i] = ix->now;
   return 0;
}

int metric_index_load(struct metric_index *ix, const struct metric_list *l)
{
   ix->now++;
   for (size_t k = 0; l && k < l->n; k++)
      if (metric_index_put(ix, l->v[k].name, k) < 0)
         return -1;
   return 0;
}

size_t metric_index_find(const struct metric_index *ix, const char *name)
{
   size_t i = strtab_find(&ix->names, name, strlen(name));
   if (i == (size_t)-1 || i >= ix->cap || ix->load[i] != ix->now)
      return METRIC_ABSENT;
   return ix->pos[i];
}

void metric_index_free(struct metric_index *ix)
{
   strtab_free(&ix->names);
   free(ix->pos);
   free(ix->load);
   memset(ix, 0, sizeof *ix);
}
