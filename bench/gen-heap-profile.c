/* gen-heap-profile.c: writes a large, realistic heapcount profile (format
   version 2, docs/profile.rng) for measuring heapview and the reader.

     gen-heap-profile SITES [DEPTH [FRAMES]] > big.xml

   SITES distinct allocation sites (default 1,000,000), each with a stack
   of DEPTH frames (default 12) drawn from about FRAMES distinct frames
   (default 200,000): the innermost frames from the largest pools, the
   outer ones (main, the run loop, ...) from small ones, as real programs
   have them.  Every metric of every site is nonzero, the worst case for
   size, with magnitudes a real run gives (bytes up to megabytes, blocks up
   to thousands, lifetimes up to billions of instructions).  Sites are
   written most bytes first and frame ids numbered in order of first use,
   as heapcount writes them.  The output depends on the arguments only.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 64

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;

static uint64_t rnd(void)   /* xorshift64* */
{
   rng_state ^= rng_state >> 12;
   rng_state ^= rng_state << 25;
   rng_state ^= rng_state >> 27;
   return rng_state * 2685821657736338717ull;
}

/* A value between LO and HI, log-uniform (small values more likely). */
static uint64_t log_uniform(uint64_t lo, uint64_t hi)
{
   double r = (double)(rnd() >> 11) / 9007199254740992.0;
   double v = (double)lo * __builtin_pow((double)hi / (double)lo, r);
   uint64_t x = (uint64_t)v;
   return x < lo ? lo : x > hi ? hi : x;
}

struct site {
   uint32_t frame[MAX_DEPTH];   /* pool frame numbers, innermost first */
   uint64_t m[16];
};

static const char *const metric_names[16] = {
   "TotalBytes", "TotalBlocks", "AtGmaxBytes", "AtGmaxBlocks", "MaxBytes",
   "MaxBlocks", "EndBytes", "EndBlocks", "ReadBytes", "WriteBytes",
   "LifetimeMin", "LifetimeMean", "LifetimeMax", "LifetimeTotal",
   "BlocksNeverRead", "BlocksNeverWritten"
};

static void make_metrics(uint64_t *m)
{
   uint64_t blocks = log_uniform(2, 5000);
   uint64_t size = log_uniform(8, 65536);
   uint64_t lt_min = log_uniform(50, 100000);
   uint64_t lt_max = lt_min + log_uniform(1, 2000000000);
   uint64_t lt_mean = lt_min + (lt_max - lt_min) / (1 + rnd() % 8);
   m[0] = blocks * size;                       /* TotalBytes */
   m[1] = blocks;                              /* TotalBlocks */
   m[2] = (1 + rnd() % blocks) * size;         /* AtGmaxBytes */
   m[3] = m[2] / size;                         /* AtGmaxBlocks */
   m[5] = m[3] + rnd() % (blocks - m[3] + 1);  /* MaxBlocks */
   m[4] = m[5] * size;                         /* MaxBytes */
   m[7] = 1 + rnd() % m[5];                    /* EndBlocks */
   m[6] = m[7] * size;                         /* EndBytes */
   m[8] = m[0] * (1 + rnd() % 4);              /* ReadBytes */
   m[9] = m[0] + rnd() % m[0];                 /* WriteBytes */
   m[10] = lt_min;
   m[11] = lt_mean;
   m[12] = lt_max;
   m[13] = lt_mean * blocks;                   /* LifetimeTotal */
   m[14] = 1 + rnd() % blocks;                 /* BlocksNeverRead */
   m[15] = 1 + rnd() % blocks;                 /* BlocksNeverWritten */
}

static int by_bytes(const void *a, const void *b)
{
   const struct site *x = a, *y = b;
   return (x->m[0] < y->m[0]) - (x->m[0] > y->m[0]);
}

int main(int argc, char **argv)
{
   size_t nsites = argc > 1 ? strtoull(argv[1], NULL, 10) : 1000000;
   int depth = argc > 2 ? atoi(argv[2]) : 12;
   size_t nframes = argc > 3 ? strtoull(argv[3], NULL, 10) : 200000;
   if (nsites == 0 || depth < 1 || depth > MAX_DEPTH || nframes < 2 * (size_t)depth) {
      fprintf(stderr, "usage: gen-heap-profile [SITES [DEPTH (1-64) [FRAMES]]]\n");
      return 2;
   }
   /* Pool sizes: depth 0 (the allocating function) gets the largest
      share, each outer level half of the one inside it, at least 1. */
   size_t pool[MAX_DEPTH], base[MAX_DEPTH], total = 0;
   double share = 0, w = 1;
   for (int d = 0; d < depth; d++, w /= 2)
      share += w;
   w = 1;
   for (int d = 0; d < depth; d++, w /= 2) {
      pool[d] = (size_t)((double)nframes * w / share);
      if (pool[d] < 1)
         pool[d] = 1;
      base[d] = total;
      total += pool[d];
   }
   struct site *s = malloc(nsites * sizeof *s);
   uint32_t *id = calloc(total, sizeof *id);   /* pool frame -> file id */
   if (!s || !id) {
      fprintf(stderr, "gen-heap-profile: out of memory\n");
      return 1;
   }
   for (size_t i = 0; i < nsites; i++) {
      for (int d = 0; d < depth; d++)
         s[i].frame[d] = (uint32_t)(base[d] + rnd() % pool[d]);
      make_metrics(s[i].m);
   }
   qsort(s, nsites, sizeof *s, by_bytes);
   uint32_t next = 0;
   uint32_t *order = malloc(total * sizeof *order);   /* file id - 1 -> pool frame */
   for (size_t i = 0; i < nsites; i++)
      for (int d = 0; d < depth; d++)
         if (!id[s[i].frame[d]]) {
            id[s[i].frame[d]] = ++next;
            order[next - 1] = s[i].frame[d];
         }

   uint64_t sum[16] = { 0 };
   for (size_t i = 0; i < nsites; i++)
      for (int k = 0; k < 16; k++)
         sum[k] += s[i].m[k];

   printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
   printf("<profile tool=\"heapcount\" version=\"2\" valgrind=\"3.19.0\" metrics=\"");
   for (int k = 0; k < 16; k++)
      printf("%s ", metric_names[k]);
   printf("Instructions AtGmaxInstructions\" program-metrics=\"Instructions AtGmaxInstructions\">\n");
   printf("  <command>./generated --sites=%zu</command>\n", nsites);
   printf("  <pid>4242</pid>\n  <ppid>4241</ppid>\n");
   printf("  <option name=\"track-accesses\" value=\"yes\"/>\n");
   printf("  <option name=\"collect-atstart\" value=\"yes\"/>\n");
   printf("  <option name=\"num-callers\" value=\"%d\"/>\n", depth);
   printf("  <frames>\n");
   for (uint32_t f = 0; f < next; f++) {
      uint32_t p = order[f];
      int d = 0;
      while (d + 1 < depth && p >= base[d + 1])
         d++;
      unsigned k = p - (unsigned)base[d];
      printf("    <frame id=\"%u\" ip=\"0x%" PRIx64 "\" name=\"ns%u::Layer%d::step_%u(int, char const*)\" "
             "file=\"/home/ci/project/src/layer%d/module%u.cc\" line=\"%u\" "
             "object=\"/home/ci/project/build/bench\"/>\n",
             f + 1, (uint64_t)0x401000 + (uint64_t)p * 37, k % 97, d, k, d,
             k % 211, 10 + k % 4000);
   }
   printf("  </frames>\n");
   printf("  <summary");
   for (int k = 0; k < 16; k++)
      printf(" %s=\"%" PRIu64 "\"", metric_names[k], sum[k]);
   printf(" Instructions=\"987654321012\" AtGmaxInstructions=\"456789012345\">\n");
   for (size_t i = 0; i < nsites; i++) {
      printf("    <site stack=\"");
      for (int d = 0; d < depth; d++)
         printf(d ? " %u" : "%u", id[s[i].frame[d]]);
      putchar('"');
      for (int k = 0; k < 16; k++)
         printf(" %s=\"%" PRIu64 "\"", metric_names[k], s[i].m[k]);
      printf("/>\n");
   }
   printf("  </summary>\n</profile>\n");
   return ferror(stdout) ? 1 : 0;
}
