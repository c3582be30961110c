/* profile_read.h: the reader's insides, shared by the one-pass reader
   (profile_read.c) and the two-core one (profile_split.c).

   A reader is one libxml2 push parser and the state of the document it
   reads.  The two-core load runs a second reader over the middle of the
   summary's sites (a "range reader"): it starts inside <summary>, reads
   the metrics and the frame table of the first reader, and keeps its
   sites apart until they are appended.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#ifndef VIEWER_PROFILE_READ_H
#define VIEWER_PROFILE_READ_H

#include <stddef.h>
#include <stdint.h>

#include "profile.h"

struct reader;

/* A reader of a whole document; NAME is the file name for messages. */
struct reader *reader_new(const char *name, struct profile_error *err);
/* Feed LEN bytes; TERMINATE with the last ones.  Returns 0, or -1 once
   the document is known to be bad (*err filled). */
int reader_feed(struct reader *r, const char *buf, size_t len,
                int terminate);
/* Finish (TOTAL: the bytes fed) and free R: returns 0 and sets *out, or
   -1 with *err filled. */
int reader_finish(struct reader *r, size_t total, struct profile **out);
/* Sets *err unless a message is there already; for the caller's own
   failures (reading the file). */
void reader_fail(struct reader *r, const char *fmt, ...)
   __attribute__((format(printf, 2, 3)));

/* Opens PATH for reading after checking it is a regular file of at most
   MAX bytes; returns the descriptor (and its size in *SIZE), or -1 with
   *err filled. */
int profile_open_capped(const char *path, uint64_t max, uint64_t *size,
                        struct profile_error *err);

/* ---- the two-core load ----------------------------------------------- */

/* Whether R has read the metrics list (what a range reader needs). */
int reader_has_metrics(const struct reader *r);
/* Whether R is reading <summary>'s content (so the frame table is
   complete). */
int reader_in_summary(const struct reader *r);
/* Whether R, fed up to a '<' that starts a <site> element, is between two
   elements directly inside <summary>: the state the range reader starts
   in. */
int reader_at_summary_site(struct reader *r);

/* A reader of the summary's sites from the middle of a document whose
   metrics list MAIN has read; it is fed the bytes of whole <site> elements
   only, and keeps the frame ids of their stacks until MAIN has the frame
   table.  Returns NULL when out of memory. */
struct reader *reader_new_range(const struct reader *main,
                                struct profile_error *err);
/* Turns the range reader R's frame ids into frames, if its main reader
   has the table complete (safe from R's thread).  Returns 0, or -1 (the
   table is not complete yet, or an id is not in it). */
int reader_resolve_range(struct reader *r);
/* Ends the range reader R (resolving its ids if not done yet) and
   appends its sites to MAIN's summary (after those MAIN read, in file
   order).  Returns 0, or -1 when R found anything but sites or an
   unknown frame (the caller then reads the file in one pass). */
int reader_finish_range(struct reader *r, struct reader *main);

#endif
