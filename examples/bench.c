/* bench.c: three benchmarks of textlib, one region each.  Run under
   valgrind --tool=iaicount, or through iai-gate in CI.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include <string.h>

#include <valgrind/iai.h>

#include "textlib.h"

static const char *const keys[] = {
   "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf",
   "hotel", "india", "juliett", "kilo", "lima", "mike", "november",
};
#define NKEYS (sizeof keys / sizeof keys[0])

IAI_BENCH(bench_hash)
{
   uint32_t all = 0;
   for (int round = 0; round < 20; round++)
      for (size_t i = 0; i < NKEYS; i++)
         all += tl_hash(keys[i], strlen(keys[i]));
   iai_black_box(all);
}

IAI_BENCH(bench_sort)
{
   int v[64];
   for (int i = 0; i < 64; i++)
      v[i] = (i * 37) % 64;
   tl_sort(iai_black_box(v), 64);
   iai_black_box(v[0]);
}

IAI_BENCH(bench_words)
{
   static const char text[] =
      "the quick brown fox jumps over the lazy dog\n"
      "pack my box with five dozen liquor jugs\n";
   size_t n = 0;
   for (int i = 0; i < 20; i++)
      n += tl_words(iai_black_box(text));
   iai_black_box(n);
}

IAI_MAIN()
