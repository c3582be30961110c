/* profile_load.c: loading a profile file, in one pass or on two cores.

   A big heap profile is mostly the summary's sites.  With two cores the
   main reader reads the first half of the file (the head: metrics, frame
   table; then sites), skips to the end of <summary> and reads the rest
   (regions), while a range reader (profile_read.h) reads the sites of the
   second half on another thread, from the moment the metrics list is
   known; it keeps frame ids until the main reader has the frame table.  The split is trusted only once the
   main reader, at the split point, is between two elements inside
   <summary> and the range reader saw nothing but whole sites; if anything
   is wrong, bad input included, the file is read again in one pass, so
   that messages and results never depend on the split.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#define _GNU_SOURCE   /* memmem, memrchr */
#include "profile_read.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>

/* Reading goes through libxml2's push parser in chunks, so neither a
   whole file nor a copy of it is ever held in memory. */
#define CHUNK ((size_t)256 << 10)

/* Files smaller than this are read in one pass. */
#define SPLIT_MIN ((uint64_t)32 << 20)

/* Feed [FROM, TO) of FD to R (TERMINATE at TO).  Returns 0, or -1 when R
   failed or the file could not be read. */
static int feed_range(struct reader *r, int fd, char *buf, uint64_t from,
                      uint64_t to, int terminate, atomic_int *stop)
{
   while (from < to) {
      if (stop && atomic_load(stop))
         return -1;
      size_t want = to - from < CHUNK ? (size_t)(to - from) : CHUNK;
      ssize_t n = pread(fd, buf, want, (off_t)from);
      if (n < 0 && errno == EINTR)
         continue;
      if (n < 0) {
         reader_fail(r, "%s", strerror(errno));
         return -1;
      }
      if (n == 0) {
         reader_fail(r, "the file shrank while it was read");
         return -1;
      }
      from += (uint64_t)n;
      if (reader_feed(r, buf, (size_t)n, terminate && from == to) < 0)
         return -1;
   }
   return 0;
}

/* One pass over the whole file, reading until its end. */
static int load_one_pass(const char *path, int fd, uint64_t max,
                         struct profile **out, struct profile_error *err)
{
   struct reader *r = reader_new(path, err);
   char *buf = malloc(CHUNK);
   size_t total = 0;
   if (!r || !buf) {
      free(buf);
      if (r)
         reader_finish(r, 0, out);
      snprintf(err->msg, sizeof err->msg, "%s: out of memory", path);
      return -1;
   }
   for (off_t at = 0;;) {
      ssize_t n = pread(fd, buf, CHUNK, at);
      if (n < 0 && errno == EINTR)
         continue;
      if (n < 0) {
         reader_fail(r, "%s", strerror(errno));
         break;
      }
      total += (size_t)n;
      at += n;
      if (total > max) {   /* the file grew meanwhile */
         reader_fail(r, "larger than the %llu MiB limit",
                     (unsigned long long)(max >> 20));
         break;
      }
      if (n == 0) {
         if (total > 0)
            reader_feed(r, buf, 0, 1);
         break;
      }
      if (reader_feed(r, buf, (size_t)n, 0) < 0)
         break;
   }
   free(buf);
   return reader_finish(r, total, out);
}

/* ---- finding the split ------------------------------------------------- */

/* The offset of the last "</summary>" in FD (of SIZE bytes), looking at
   no more than its last half; or 0. */
static uint64_t find_summary_end(int fd, uint64_t size, char *buf)
{
   static const char pat[] = "</summary>";
   const size_t plen = sizeof pat - 1;
   uint64_t end = size, floor = size / 2;
   while (end > floor) {
      uint64_t start = end - floor > CHUNK ? end - CHUNK : floor;
      size_t len = (size_t)(end - start);
      if (pread(fd, buf, len, (off_t)start) != (ssize_t)len)
         return 0;
      for (size_t i = len; i >= plen; i--) {
         char *lt = memrchr(buf, '<', i - plen + 1);
         if (!lt)
            break;
         if (memcmp(lt, pat, plen) == 0)
            return start + (uint64_t)(lt - buf);
         i = (size_t)(lt - buf) + plen;
      }
      if (start == floor)
         break;
      end = start + plen - 1;   /* a match across the block boundary */
   }
   return 0;
}

/* The offset of the first "<site" followed by white space at or after
   FROM and before TO; or 0. */
static uint64_t find_site(int fd, uint64_t from, uint64_t to, char *buf)
{
   size_t len = to - from < CHUNK ? (size_t)(to - from) : CHUNK;
   if (len < 6 || pread(fd, buf, len, (off_t)from) != (ssize_t)len)
      return 0;
   for (char *c = buf; (c = memmem(c, len - (size_t)(c - buf), "<site", 5));
        c++) {
      if ((size_t)(c - buf) + 5 < len
          && (c[5] == ' ' || c[5] == '\t' || c[5] == '\n' || c[5] == '\r'))
         return from + (uint64_t)(c - buf);
   }
   return 0;
}

/* ---- the range reader's thread ----------------------------------------- */

struct range_job {
   struct reader *r;
   int fd;
   uint64_t from, to;
   atomic_int stop;      /* the main reader gave up the split */
   int failed;
};

static void silent(void *ctx, const char *msg, ...)
{
   (void)ctx;
   (void)msg;
}

static void *range_run(void *arg)
{
   struct range_job *j = arg;
   xmlSetGenericErrorFunc(NULL, silent);
   char *buf = malloc(CHUNK);
   j->failed = !buf || feed_range(j->r, j->fd, buf, j->from, j->to, 0,
                                  &j->stop) < 0;
   free(buf);
   /* the main reader has the frame table by now, as a rule */
   if (!j->failed)
      reader_resolve_range(j->r);
   return NULL;
}

/* The two-core load.  Returns 0 or -1 as profile_load_file does, or 1
   when the file must be read in one pass instead. */
static int load_split(const char *path, int fd, uint64_t size,
                      struct profile **out, struct profile_error *err)
{
   char *buf = malloc(CHUNK);
   struct reader *main_r = buf ? reader_new(path, err) : NULL;
   if (!main_r) {
      free(buf);
      return 1;
   }
   uint64_t end = find_summary_end(fd, size, buf);
   uint64_t at = 0, split = 0;
   /* the start, until the metrics list is known */
   while (end > 0 && at < end && !reader_has_metrics(main_r)) {
      uint64_t to = end - at < CHUNK ? end : at + CHUNK;
      if (feed_range(main_r, fd, buf, at, to, 0, NULL) < 0)
         break;
      at = to;
   }
   /* the range reader takes the second half of the file up to the end of
      the summary, the main reader the head and the first half */
   if (reader_has_metrics(main_r) && end > at + SPLIT_MIN / 2)
      split = find_site(fd, at + (end - at) / 2, end, buf);
   if (split == 0) {
      /* nothing to share: carry on alone (a failure is reported as it is) */
      feed_range(main_r, fd, buf, at, size, 1, NULL);
      free(buf);
      return reader_finish(main_r, size, out);
   }

   struct profile_error range_err;
   struct range_job job = { NULL, fd, split, end, 0, 0 };
   pthread_t t;
   int started = 0;
   job.r = reader_new_range(main_r, &range_err);
   if (job.r)
      started = pthread_create(&t, NULL, range_run, &job) == 0;
   int ok = started
            && feed_range(main_r, fd, buf, at, split, 0, NULL) == 0
            && reader_at_summary_site(main_r);
   if (!ok)
      atomic_store(&job.stop, 1);
   else
      ok = feed_range(main_r, fd, buf, end, size, 1, NULL) == 0;
   if (started)
      pthread_join(t, NULL);
   free(buf);
   if (job.r && reader_finish_range(job.r, main_r) < 0)
      ok = 0;
   if (!ok || job.failed) {
      struct profile *p;
      reader_finish(main_r, size, &p);
      profile_free(p);
      return 1;
   }
   return reader_finish(main_r, size, out);
}

/* ---- entry points ------------------------------------------------------ */

int profile_load_file(const char *path, struct profile **out,
                      struct profile_error *err)
{
   return profile_load_file_max(path, PROFILE_MAX_BYTES, out, err);
}

int profile_load_file_max(const char *path, uint64_t max,
                          struct profile **out, struct profile_error *err)
{
   uint64_t size;
   *out = NULL;
   err->msg[0] = '\0';
   int fd = profile_open_capped(path, max, &size, err);
   if (fd < 0)
      return -1;
   int rc = 1;
   if (size >= SPLIT_MIN && sysconf(_SC_NPROCESSORS_ONLN) >= 2
       && !getenv("BENCHGRIND_ONE_PASS"))
      rc = load_split(path, fd, size, out, err);
   if (rc == 1)
      rc = load_one_pass(path, fd, max, out, err);
   close(fd);
   return rc;
}
