/* sites: N allocations from N distinct stacks, for measuring how long a
   heap profiler takes to write a profile of N sites (bench/heapcount-
   write.sh).  Site k allocates at the end of a chain of calls whose call
   instructions spell k in base 16, five levels deep (16^5 = 1,048,576
   stacks at most).  At the end the program prints the CPU time (user +
   system) its process used so far; under Valgrind that is the tool's too,
   so the total at exit minus this is the time spent after main: the
   profile written.

     sites N

   Part of benchgrind's benchmarks.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#define LEVELS 5

static volatile int sink;
static void *blocks[1 << 20];
static unsigned long nblocks;

static __attribute__((noinline)) void level(unsigned long k, int depth);

/* Sixteen calls that differ after the call, so that the compiler keeps
   sixteen call instructions (sixteen return addresses). */
#define CALL(d) case d: level(k >> 4, depth - 1); sink = d; break;

static __attribute__((noinline)) void level(unsigned long k, int depth)
{
   if (depth == 0) {
      blocks[nblocks++] = malloc(16 + (k & 255));
      return;
   }
   switch (k & 15) {
   CALL(0) CALL(1) CALL(2) CALL(3) CALL(4) CALL(5) CALL(6) CALL(7)
   CALL(8) CALL(9) CALL(10) CALL(11) CALL(12) CALL(13) CALL(14) CALL(15)
   }
}

int main(int argc, char **argv)
{
   unsigned long n = argc > 1 ? strtoul(argv[1], NULL, 10) : 1000000;
   if (n > (1ul << (4 * LEVELS)))
      n = 1ul << (4 * LEVELS);
   for (unsigned long k = 0; k < n; k++)
      level(k, LEVELS);
   for (unsigned long i = 0; i < nblocks; i += 2)
      free(blocks[i]);             /* half freed, half live at exit */
   struct rusage ru;
   getrusage(RUSAGE_SELF, &ru);
   printf("sites: %lu allocations; cpu before exit %.3f s\n", n,
          ru.ru_utime.tv_sec + ru.ru_stime.tv_sec
          + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6);
   return 0;
}
