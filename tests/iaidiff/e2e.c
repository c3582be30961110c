/* e2e.c: the benchmark of the iaidiff end-to-end test, built twice:
   iaidiff/e2e_a as is, iaidiff/e2e_b with IAIDIFF_E2E_MORE_WORK, which
   does about 3% more work in the region "sum_large" and the same work
   everywhere else.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include <valgrind/iai.h>

#ifdef IAIDIFF_E2E_MORE_WORK
#define LARGE_ROUNDS 103000UL
#else
#define LARGE_ROUNDS 100000UL
#endif

static unsigned long mix(unsigned long n)
{
   unsigned long s = 1;
   for (unsigned long i = 0; i < n; i++)
      s = s * 31 + (i ^ (s >> 7));
   return s;
}

static int count_words(const char *text)
{
   int words = 0, in_word = 0;
   for (; *text; text++) {
      int letter = *text != ' ';
      words += letter && !in_word;
      in_word = letter;
   }
   return words;
}

IAI_BENCH(sum_small)
{
   iai_black_box(mix(iai_black_box(10000UL)));
}

IAI_BENCH(sum_large)
{
   iai_black_box(mix(iai_black_box(LARGE_ROUNDS)));
}

IAI_BENCH(words)
{
   for (int i = 0; i < 200; i++)
      iai_black_box(count_words(iai_black_box("the quick brown fox jumps over the lazy dog")));
}

IAI_MAIN()
