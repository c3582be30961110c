/* profile.h: the in-memory form of a benchgrind profile (docs/profile.rng)
   and the reader that loads one from a file or a memory buffer.  Shared by
   iaidiff and heapview.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#ifndef VIEWER_PROFILE_H
#define VIEWER_PROFILE_H

#include <stddef.h>
#include <stdint.h>

#include "strtab.h"

struct arena_block;

/* Inputs larger than this are refused before parsing. */
#define PROFILE_MAX_BYTES ((size_t)256 << 20)

struct metric {
   const char *name;    /* interned in the owning profile: compare pointers */
   uint64_t value;
};

/* cap == 0 with v != NULL: the array lives in the profile's arena. */
struct metric_list {
   struct metric *v;
   size_t n, cap;
};

/* Function and frame strings live in the profile's arena. */
struct function {
   char *name, *file, *object;   /* object may be NULL */
   unsigned line;
   struct metric_list metrics;
};

struct frame {
   char *name, *file, *object, *ip;   /* object may be NULL */
   unsigned line;
};

struct site {
   struct frame *frames;   /* innermost first */
   size_t nframes;
   struct metric_list metrics;
};

/* What <summary> and each <region> hold. */
struct costs {
   struct metric_list metrics;
   struct function *functions;
   size_t nfunctions, capfunctions;
   struct site *sites;
   size_t nsites, capsites;
};

struct region {
   char *name;
   struct costs costs;
};

struct option_pair {
   char *name, *value;
};

struct profile {
   char *tool;
   char *command;
   int has_pid, has_ppid;
   unsigned pid, ppid;
   char *partial;          /* the <partial reason=...>, or NULL */
   struct option_pair *options;
   size_t noptions;
   struct costs summary;
   struct region *regions;
   size_t nregions;
   /* bulk storage for function and frame strings and their metrics */
   struct arena_block *arena;
   /* interned metric names, and per name the last metric list that used
      it (to find duplicates while reading) */
   struct strtab names;
   size_t *name_stamp;
   size_t capstamp;
};

/* An error from the reader: "FILE:LINE: message" or "FILE: message". */
struct profile_error {
   char msg[512];
};

/* Load a profile.  On success return 0 and set *out; on failure return -1,
   set *out to NULL and describe the problem in *err.  NAME is the file name
   used in messages. */
int profile_load_file(const char *path, struct profile **out,
                      struct profile_error *err);
/* profile_load_file with a size limit of MAX bytes instead of
   PROFILE_MAX_BYTES (heapview reads profiles of a million sites). */
int profile_load_file_max(const char *path, uint64_t max,
                          struct profile **out, struct profile_error *err);
int profile_load_memory(const char *buf, size_t len, const char *name,
                        struct profile **out, struct profile_error *err);

void profile_free(struct profile *p);

/* A copy of LEN bytes of S (NUL-terminated) in P's arena, freed with P;
   NULL when out of memory. */
char *profile_strndup(struct profile *p, const char *s, size_t len);
void *profile_alloc(struct profile *p, size_t size);

/* Intern a metric name in P; returns the shared copy, or NULL when out of
   memory. */
const char *profile_intern(struct profile *p, const char *name);

/* The metric named NAME (an interned pointer or any string) in L, or NULL. */
const struct metric *metric_find(const struct metric_list *l,
                                 const char *name);

/* Read a whole file of at most PROFILE_MAX_BYTES into a fresh buffer
   (NUL-terminated).  Returns 0, or -1 with *err filled. */
int read_file_capped(const char *path, char **buf, size_t *len,
                     struct profile_error *err);

#endif
