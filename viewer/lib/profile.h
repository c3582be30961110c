/* profile.h: the in-memory form of a benchgrind profile (docs/profile.rng,
   format version 2) and the reader that loads one from a file or a memory
   buffer.  Shared by iaidiff and heapview.  Names (of regions, functions,
   files, objects, the command) are the program's bytes: the escapes of the
   XML are decoded (names.h).

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

/* Function and frame strings live in the profile's arena.  The metrics
   of a function are those not 0. */
struct function {
   char *name, *file, *object;   /* object may be NULL */
   unsigned line;
   struct metric_list metrics;
};

/* One entry of the frame table (in the profile's arena). */
struct frame {
   char *name, *file, *object, *ip;   /* object may be NULL */
   unsigned line;
   unsigned id;                       /* its id in <frames> */
};

/* A heap profile has up to a million sites: their metrics are one value
   per metric (0 when the file leaves it out), in the arena. */
struct site {
   struct frame **frames;  /* into the profile's frame table, innermost
                              first (the array is in the arena) */
   size_t nframes;
   uint64_t *values;       /* [k]: metric k of the profile's list, for k
                              below nregion_metrics */
};

/* A call-graph edge (iaicount --call-graph=yes): the calls from one
   frame's function to another's, and the metrics of those calls (the
   inclusive costs, "Ir.incl", ...; not 0, in the arena). */
struct call_edge {
   struct frame *from, *to;
   uint64_t calls;
   struct metric_list metrics;
};

/* A node of a call tree: the calls into it, its exclusive and inclusive
   metrics (not 0, in the arena).  Parents come before children. */
#define CALL_NODE_ROOT ((size_t)-1)
struct call_node {
   size_t parent;          /* index in the costs' nodes, or CALL_NODE_ROOT */
   struct frame *frame;
   uint64_t calls;
   struct metric_list metrics;
};

/* What <summary> and each <region> hold. */
struct costs {
   struct metric_list metrics;
   struct function *functions;
   size_t nfunctions, capfunctions;
   struct site *sites;
   size_t nsites, capsites;
   struct call_edge *calls;
   size_t ncalls, capcalls;
   struct call_node *nodes;
   size_t nnodes, capnodes;
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
   char *valgrind;         /* the Valgrind version that ran, or NULL */
   /* the metrics list, interned, in the tool's order, except that the
      first nregion_metrics are those of regions, functions and sites and
      the rest those measured for the whole program only (program-metrics:
      on <summary>, not on <region>) */
   const char **metrics;
   size_t nmetrics, nregion_metrics;
   const char **program_metrics;
   size_t nprogram_metrics;
   /* the frame table, in file order */
   struct frame **frames;
   size_t nframes;
   struct frame *frame_store;   /* the reader's frames, in one array */
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
   /* interned metric names */
   struct strtab names;
};

/* An error from the reader: "FILE:LINE: message" or "FILE: message". */
struct profile_error {
   char msg[512];
};

/* Load a profile.  On success return 0 and set *out; on failure return -1,
   set *out to NULL and describe the problem in *err, on one line.  NAME
   is the file name used in messages.  Any format version but 2 is
   refused. */
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
/* realloc (from OLD_SIZE to SIZE bytes) and calloc for big arrays, backed
   by huge pages where the kernel has them: filling memory costs a page
   fault per 2 MiB instead of per 4 KiB, which counts when a profile of a
   million sites is read (in a virtual machine most of all).  The result
   is freed with free(). */
void *profile_big_realloc(void *v, size_t old_size, size_t size);
void *profile_big_calloc(size_t n, size_t size);

/* Move everything in FROM's arena into TO's (freed with TO). */
void profile_take_arena(struct profile *to, struct profile *from);

/* Intern a metric name in P; returns the shared copy, or NULL when out of
   memory. */
const char *profile_intern(struct profile *p, const char *name);

/* Whether NAME (interned in P) is one of P's program-wide metrics. */
int profile_is_program_metric(const struct profile *p, const char *name);

/* The metric named NAME (an interned pointer or any string) in L, or NULL. */
const struct metric *metric_find(const struct metric_list *l,
                                 const char *name);

/* Read a whole file of at most PROFILE_MAX_BYTES into a fresh buffer
   (NUL-terminated).  Returns 0, or -1 with *err filled. */
int read_file_capped(const char *path, char **buf, size_t *len,
                     struct profile_error *err);

#endif
