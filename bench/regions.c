/* bench/regions.c: N iai.h regions, each running a small function once,
   the shape of a parameterised benchmark suite (one region per
   parameter).  Usage: regions N [ROUNDS]; prints a checksum.  With ROUNDS
   > 1 every region is entered ROUNDS times (a region's counts add up).
   See bench/region-memory.sh.

   Part of benchgrind.  SPDX-License-Identifier: GPL-2.0-or-later */
#include <stdio.h>
#include <stdlib.h>
#include <valgrind/iai.h>

/* A small function: a few dozen instructions, with a loop whose length
   depends on the parameter. */
static __attribute__((noinline)) unsigned long small(unsigned long p)
{
   unsigned long s = p, i;
   for (i = 0; i < 8 + p % 8; i++)
      s = s * 31 + i;
   return iai_black_box(s);
}

int main(int argc, char** argv)
{
   long n = argc > 1 ? atol(argv[1]) : 1000;
   long rounds = argc > 2 ? atol(argv[2]) : 1;
   unsigned long sum = 0;
   char name[32];
   long r, i;
   if (n < 0 || rounds < 1) {
      fprintf(stderr, "usage: regions N [ROUNDS]\n");
      return 2;
   }
   for (r = 0; r < rounds; r++)
      for (i = 0; i < n; i++) {
         snprintf(name, sizeof name, "bench_%06ld", i);
         IAI_REGION_BEGIN(name);
         sum += small((unsigned long)i);
         IAI_REGION_END();
      }
   printf("%lu\n", sum);
   return 0;
}
