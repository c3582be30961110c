/* profile.c: the in-memory profile of profile.h: its arena, interned
   metric names, lookups, and freeing.  The reader is profile_read.c.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "profile.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

struct arena_block {
   struct arena_block *next;
   size_t used, size;
   max_align_t data[];
};

/* Blocks grow from 256 KiB to 32 MiB, so that a small profile stays small
   and a big one (a million sites takes some 300 MiB) is in big blocks the
   kernel can back with huge pages: a page fault per 2 MiB, not per 4 KiB,
   which is a good part of the reading time of a big profile. */
#define HUGE_PAGE ((size_t)2 << 20)

static struct arena_block *new_block(size_t size, size_t last)
{
   size_t bsize = last ? 2 * last : (size_t)256 << 10;
   if (bsize > ((size_t)32 << 20))
      bsize = (size_t)32 << 20;
   if (bsize < size + sizeof(struct arena_block))
      bsize = size + sizeof(struct arena_block);
   void *m;
   if (bsize >= HUGE_PAGE) {
      bsize = (bsize + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
      if (posix_memalign(&m, HUGE_PAGE, bsize) != 0)
         return NULL;
#ifdef MADV_HUGEPAGE
      madvise(m, bsize, MADV_HUGEPAGE);
#endif
   } else if (!(m = malloc(bsize)))
      return NULL;
   struct arena_block *b = m;
   b->size = bsize - sizeof *b;
   b->used = 0;
   return b;
}

void *profile_big_realloc(void *v, size_t old_size, size_t size)
{
#ifdef MADV_HUGEPAGE
   if (size >= 4 * HUGE_PAGE) {
      void *nv;
      size_t rounded = (size + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
      if (posix_memalign(&nv, HUGE_PAGE, rounded) != 0)
         return NULL;
      madvise(nv, rounded, MADV_HUGEPAGE);
      if (v)
         memcpy(nv, v, old_size < size ? old_size : size);
      free(v);
      return nv;
   }
#endif
   (void)old_size;
   return realloc(v, size);
}

void *profile_big_calloc(size_t n, size_t size)
{
   if (size && n > SIZE_MAX / size)
      return NULL;
   void *v = profile_big_realloc(NULL, 0, n * size);
   if (v)
      memset(v, 0, n * size);
   return v;
}

void *profile_alloc(struct profile *p, size_t size)
{
   size = (size + 15) & ~(size_t)15;
   struct arena_block *b = p->arena;
   if (!b || b->size - b->used < size) {
      b = new_block(size, b ? b->size + sizeof *b : 0);
      if (!b)
         return NULL;
      b->next = p->arena;
      p->arena = b;
   }
   void *m = (char *)b->data + b->used;
   b->used += size;
   return m;
}

char *profile_strndup(struct profile *p, const char *s, size_t len)
{
   char *d = profile_alloc(p, len + 1);
   if (d) {
      memcpy(d, s, len);
      d[len] = '\0';
   }
   return d;
}

void profile_take_arena(struct profile *to, struct profile *from)
{
   struct arena_block **tail = &from->arena;
   while (*tail)
      tail = &(*tail)->next;
   *tail = to->arena;
   to->arena = from->arena;
   from->arena = NULL;
}

const char *profile_intern(struct profile *p, const char *name)
{
   size_t i;
   int added;
   if (strtab_add(&p->names, name, strlen(name), &i, &added) < 0)
      return NULL;
   return strtab_key(&p->names, i);
}

int profile_is_program_metric(const struct profile *p, const char *name)
{
   for (size_t i = 0; i < p->nprogram_metrics; i++)
      if (p->program_metrics[i] == name)
         return 1;
   return 0;
}

const struct metric *metric_find(const struct metric_list *l,
                                 const char *name)
{
   for (size_t i = 0; i < l->n; i++)
      if (l->v[i].name == name)
         return &l->v[i];
   for (size_t i = 0; i < l->n; i++)
      if (strcmp(l->v[i].name, name) == 0)
         return &l->v[i];
   return NULL;
}

static void costs_free(struct costs *c)
{
   /* strings, stacks, site values, and metric arrays with cap 0, are in
      the arena */
   for (size_t i = 0; i < c->nfunctions; i++)
      if (c->functions[i].metrics.cap)
         free(c->functions[i].metrics.v);
   free(c->functions);
   free(c->sites);
   free(c->calls);
   free(c->nodes);
   free(c->metrics.v);
}

void profile_free(struct profile *p)
{
   if (!p)
      return;
   free(p->tool);
   free(p->valgrind);
   free(p->metrics);
   free(p->program_metrics);
   free(p->frames);
   free(p->frame_store);
   free(p->command);
   free(p->partial);
   for (size_t i = 0; i < p->noptions; i++) {
      free(p->options[i].name);
      free(p->options[i].value);
   }
   free(p->options);
   costs_free(&p->summary);
   for (size_t i = 0; i < p->nregions; i++) {
      free(p->regions[i].name);
      costs_free(&p->regions[i].costs);
   }
   free(p->regions);
   strtab_free(&p->names);
   while (p->arena) {
      struct arena_block *next = p->arena->next;
      free(p->arena);
      p->arena = next;
   }
   free(p);
}
