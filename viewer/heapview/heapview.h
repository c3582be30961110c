/* heapview.h: heapview's view of a heapcount profile (the sites with their
   heap metrics, the program-wide totals, the call tree folded from the
   sites' stacks) and the reports written from it: terminal, diff, HTML and
   DHAT JSON.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#ifndef VIEWER_HEAPVIEW_H
#define VIEWER_HEAPVIEW_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "profile.h"
#include "strtab.h"
#include "term_escape.h"

/* The heap metrics heapview knows, in heapcount's order. */
enum hv_metric {
   HV_TB, HV_TBK, HV_GB, HV_GBK, HV_MB, HV_MBK, HV_EB, HV_EBK, HV_RB, HV_WB,
   HV_LTMIN, HV_LTMEAN, HV_LTMAX, HV_LTTOTAL, HV_NEVER_READ,
   HV_NEVER_WRITTEN, HV_NMETRICS
};

/* Metric names as in the profile ("TotalBytes", ...). */
extern const char *const hv_metric_names[HV_NMETRICS];

/* The metric called NAME (case ignored), or -1. */
int hv_metric_parse(const char *name);

/* DHAT's threshold for "short-lived": a mean lifetime of at most this many
   instructions. */
#define HV_SHORT_LIVED 500

/* Why a site deserves a look (bits). */
enum {
   HV_FLAG_SHORT = 1,          /* mean lifetime <= HV_SHORT_LIVED */
   HV_FLAG_NEVER_READ = 2,     /* no block was ever read */
   HV_FLAG_NEVER_WRITTEN = 4,  /* no block was ever written */
   HV_FLAG_PEAK = 8,           /* the most bytes at t-gmax */
   HV_FLAG_END = 16            /* the most bytes at t-end */
};

struct hv_site {
   const struct site *site;    /* frames (in the profile) */
   const uint64_t *m;          /* HV_NMETRICS figures */
   unsigned flags;
};

struct hv_profile {
   const char *path;
   struct profile *p;
   const char *region;         /* a region's view (hv_region_view), or NULL */
   uint64_t total[HV_NMETRICS];
   uint64_t instrs, tgmax;     /* run length and time of the peak */
   int has_instrs, track_accesses;
   struct hv_site *sites;      /* those of <summary> (or the region),
                                  file order */
   size_t nsites;
   uint64_t *values;           /* the sites' figures when not in place */
};

/* Load PATH and collect its sites.  Returns 0, or -1 with *err set. */
int hv_load(const char *path, struct hv_profile *hp,
            struct profile_error *err);
/* The same from a profile already loaded (P then belongs to HP, also on
   failure). */
int hv_take(struct profile *p, const char *path, struct hv_profile *hp,
            struct profile_error *err);
void hv_free(struct hv_profile *hp);

/* VIEW: HP restricted to region number R of its profile: the region's
   totals and sites, flagged as in a profile of their own.  VIEW shares
   HP's profile; free it with hv_view_free, before HP.  Returns 0, or -1
   when out of memory. */
int hv_region_view(const struct hv_profile *hp, size_t r,
                   struct hv_profile *view);
void hv_view_free(struct hv_profile *view);

/* Does any frame of S have SUB in its function or file name? */
int hv_site_matches(const struct hv_site *s, const char *sub);

/* Compare two sites by metric M, largest first, ties by stack text. */
void hv_sort(struct hv_site **v, size_t n, enum hv_metric m);

/* The sites of HP passing FILTER (may be NULL), sorted by M, at most TOP
   of them (0: all).  Returns a malloc'd array of pointers into HP, or NULL
   when out of memory; *n is its length. */
struct hv_site **hv_select(const struct hv_profile *hp, const char *filter,
                           enum hv_metric m, size_t top, size_t *n);

/* The call tree: the selected sites' stacks folded from the innermost frame
   (the allocation point) outwards, as dh_view shows them.  Node 0 is the
   root (all sites). */
struct hv_node {
   const struct frame *frame;  /* NULL for the root */
   size_t parent;
   size_t *kids;               /* sorted by the tree's metric */
   size_t nkids, capkids;
   uint64_t m[HV_NMETRICS];    /* summed; LifetimeMin/Max min/max */
   size_t nsites;              /* sites through this node */
   unsigned flags;
};

struct hv_tree {
   struct hv_node *nodes;
   size_t n, cap;
   struct strtab index;        /* (parent, frame text) -> node */
};

int hv_tree_build(struct hv_tree *t, struct hv_site *const *sites,
                  size_t n, enum hv_metric m, int track_accesses);
void hv_tree_free(struct hv_tree *t);

/* Flags from figures (for sites and tree nodes; PEAK/END are set by
   hv_load). */
unsigned hv_flags(const uint64_t *m, int track_accesses);

/* Text. */
/* "123 B", "1.21 KiB", "3.50 MiB" ... BUF holds at least 32 bytes. */
char *hv_bytes(uint64_t v, char *buf);
/* 1234567 -> "1,234,567".  BUF holds at least 32 bytes. */
char *hv_grouped(uint64_t v, char *buf);
/* "12.34%" of PART in WHOLE ("-" when WHOLE is 0). */
char *hv_pct(uint64_t part, uint64_t whole, char *buf);
/* "fn (file:line)" (the file's base name, as DHAT shows it) or "fn (in
   object)", escaped for a terminal (term_escape.h) */
void hv_frame_text(const struct frame *f, char *buf, size_t len);

struct hv_text_options {
   enum hv_metric sort;
   size_t top;
   const char *filter;
   int tree;
};

int hv_print(FILE *out, const struct hv_profile *hp,
             const struct hv_text_options *o);
int hv_print_diff(FILE *out, const struct hv_profile *old_hp,
                  const struct hv_profile *new_hp,
                  const struct hv_text_options *o);

/* The exports, written to OUT (main writes them to a memory stream and
   then replaces the file atomically).  Each returns 0, or -1 when out of
   memory. */
int hv_write_dhat(FILE *out, const struct hv_profile *hp,
                  struct hv_site *const *sites, size_t n);
/* The HTML page: the sites O selects (filter, sort, top; top 0: all) of
   the whole program and of each region. */
int hv_write_html(FILE *out, const struct hv_profile *hp,
                  const struct hv_text_options *o);

/* S as a JSON string body (quotes not included); with SAFE_HTML, also
   '<', '>' and '&' as \u escapes so that it can sit inside <script>. */
void hv_json_string(FILE *out, const char *s, int safe_html);
/* A name from the profile the same way, escaped as on a terminal first
   (term_escape.h), so that no byte of it is lost or hidden. */
void hv_json_name(FILE *out, const char *name, int safe_html);

#endif
