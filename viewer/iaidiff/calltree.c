/* calltree.c: call trees as flame graphs (calltree.h).

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calltree.h"
#include "flamegraph.h"
#include "strtab.h"

/* REGION's costs in P (NULL: the summary), or NULL. */
static const struct costs *costs_of(const struct profile *p,
                                    const char *region)
{
   if (!region)
      return &p->summary;
   for (size_t i = 0; i < p->nregions; i++)
      if (strcmp(p->regions[i].name, region) == 0)
         return &p->regions[i].costs;
   return NULL;
}

static uint64_t value_of(const struct metric_list *l, const char *metric)
{
   const struct metric *m = metric_find(l, metric);
   return m ? m->value : 0;
}

/* The key of a stack: its parent's stack number and its function's
   name. */
static int path_key(struct strtab *t, size_t parent, const char *name,
                    size_t *index)
{
   size_t len = strlen(name) + 24;
   char *key = malloc(len);
   int added, rc;
   if (!key)
      return -1;
   int n = snprintf(key, len, "%zx:%s", parent, name);
   rc = strtab_add(t, key, (size_t)n, index, &added);
   free(key);
   return rc;
}

/* OLD's stacks: for each, its number in T and its inclusive cost. */
static int index_old(const struct costs *c, const char *incl,
                     struct strtab *t, uint64_t **values, size_t *nvalues)
{
   size_t *path = malloc((c->nnodes ? c->nnodes : 1) * sizeof *path);
   *values = NULL;
   *nvalues = 0;
   if (!path)
      return -1;
   for (size_t i = 0; i < c->nnodes; i++) {
      const struct call_node *nd = &c->nodes[i];
      size_t parent = nd->parent == CALL_NODE_ROOT ? (size_t)-1 : path[nd->parent];
      if (path_key(t, parent, nd->frame->name, &path[i]) < 0)
         goto oom;
      if (path[i] >= *nvalues) {
         size_t cap = (path[i] + 1) * 2;
         uint64_t *nv = realloc(*values, cap * sizeof *nv);
         if (!nv)
            goto oom;
         memset(nv + *nvalues, 0, (cap - *nvalues) * sizeof *nv);
         *values = nv;
         *nvalues = cap;
      }
      (*values)[path[i]] += value_of(&nd->metrics, incl);
   }
   free(path);
   return 0;
oom:
   free(path);
   return -1;
}

/* NEW's nodes as frames, each with its stack's cost in OLD if any. */
static int build(const struct costs *c, const struct costs *old,
                 const char *incl, const char *root_name,
                 struct fg_frame *frames)
{
   struct strtab t = { 0 };
   uint64_t *old_values = NULL;
   size_t nold = 0, *path = NULL;
   int rc = -1;
   frames[0].name = root_name;
   frames[0].parent = 0;
   frames[0].value = frames[0].old_value = 0;
   frames[0].in_old = old != NULL;
   if (old) {
      path = malloc((c->nnodes ? c->nnodes : 1) * sizeof *path);
      if (!path || index_old(old, incl, &t, &old_values, &nold) < 0)
         goto done;
      for (size_t i = 0; i < old->nnodes; i++)
         if (old->nodes[i].parent == CALL_NODE_ROOT)
            frames[0].old_value += value_of(&old->nodes[i].metrics, incl);
   }
   for (size_t i = 0; i < c->nnodes; i++) {
      const struct call_node *nd = &c->nodes[i];
      struct fg_frame *f = &frames[i + 1];
      f->name = nd->frame->name;
      f->parent = nd->parent == CALL_NODE_ROOT ? 0 : nd->parent + 1;
      f->value = value_of(&nd->metrics, incl);
      f->old_value = 0;
      f->in_old = 0;
      if (nd->parent == CALL_NODE_ROOT)
         frames[0].value += f->value;
      if (!old)
         continue;
      /* the stack in OLD: found through its parent's */
      path[i] = (size_t)-1;
      if (f->parent != 0 && !frames[f->parent].in_old)
         continue;
      size_t parent = f->parent == 0 ? (size_t)-1 : path[nd->parent];
      size_t len = strlen(f->name) + 24, k;
      char *key = malloc(len);
      if (!key)
         goto done;
      int n = snprintf(key, len, "%zx:%s", parent, f->name);
      k = strtab_find(&t, key, (size_t)n);
      free(key);
      if (k != (size_t)-1 && k < nold) {
         path[i] = k;
         f->in_old = 1;
         f->old_value = old_values[k];
      }
   }
   rc = 0;
done:
   free(path);
   free(old_values);
   strtab_free(&t);
   return rc;
}

int calltree_flamegraph(const char *svg, const struct profile *new,
                        const char *new_name, const struct profile *old,
                        const char *old_name, const char *region,
                        const char *metric, char *why, size_t whylen)
{
   const struct costs *c = costs_of(new, region);
   const struct costs *oc = old ? costs_of(old, region) : NULL;
   char incl[256], title[1024], root[300];
   struct fg_frame *frames;
   int rc;
   if (!c) {
      snprintf(why, whylen, "%s: no region \"%s\"", new_name, region);
      return -1;
   }
   snprintf(incl, sizeof incl, "%s.incl", metric);
   size_t k = 0;
   while (k < new->nmetrics && strcmp(new->metrics[k], incl) != 0)
      k++;
   if (k == new->nmetrics) {
      snprintf(why, whylen, "%s has no metric %s (a call graph needs iaicount --call-graph=yes)",
               new_name, incl);
      return -1;
   }
   if (c->nnodes == 0) {
      snprintf(why, whylen, "%s: no call tree in %s", new_name,
               region ? region : "the summary");
      return -1;
   }
   frames = calloc(c->nnodes + 1, sizeof *frames);
   if (!frames) {
      snprintf(why, whylen, "out of memory");
      return -1;
   }
   snprintf(root, sizeof root, "%s", region ? region : "all");
   if (build(c, old ? (oc ? oc : &(struct costs){ 0 }) : NULL, incl, root,
             frames) < 0) {
      free(frames);
      snprintf(why, whylen, "out of memory");
      return -1;
   }
   if (old)
      snprintf(title, sizeof title, "%s: %s, %s against %s", metric,
               region ? region : "whole run", new_name, old_name);
   else
      snprintf(title, sizeof title, "%s: %s, %s", metric,
               region ? region : "whole run", new_name);
   struct fg_graph g = { title, metric, old != NULL, frames, c->nnodes + 1 };
   rc = fg_write(svg, &g, why, whylen);
   free(frames);
   return rc;
}
