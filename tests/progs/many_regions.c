/* Many iai.h regions, the shape of a parameterised benchmark suite:
       many_regions N ROUNDS MODE
   Region "r%05d" number i runs work(i % 7), which also reads 8 cache
   lines of a 1 MiB buffer at offsets that depend on i (the same
   instructions, other cache misses); the N regions are entered in turn,
   ROUNDS times over, so each is left and entered again with the others
   in between.
   MODE plain: nothing more.
   MODE gated: everything lies inside an outer region "all", and each
     region turns collection on at its start and off before its end (run
     with --collect-atstart=no): all that is collected lies in the
     regions.
   MODE heap: each region also allocates and frees (i % 5 + 1) * 16
     bytes; prints the bytes and blocks allocated inside regions. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <valgrind/iai.h>

static unsigned char buf[1 << 20];

static __attribute__((noinline)) unsigned long work(unsigned long k,
                                                     unsigned long where)
{
   unsigned long s = k, i;
   for (i = 0; i < 10 + 3 * k; i++)
      s = s * 31 + i;
   for (i = 0; i < 8; i++)
      s += buf[(where * 512 + i * 64) % sizeof buf];
   return iai_black_box(s);
}

static __attribute__((noinline)) void* alloc(size_t n)
{
   char* p = malloc(n);
   if (p)
      memset(p, 1, n);
   return iai_black_box(p);
}

int main(int argc, char** argv)
{
   long n, rounds, r, i;
   int gated, heap;
   unsigned long sum = 0, bytes = 0, blocks = 0;
   char name[32];
   if (argc != 4) {
      fprintf(stderr, "usage: many_regions N ROUNDS plain|gated|heap\n");
      return 2;
   }
   n = atol(argv[1]);
   rounds = atol(argv[2]);
   gated = strcmp(argv[3], "gated") == 0;
   heap = strcmp(argv[3], "heap") == 0;
   for (i = 0; i < (long)sizeof buf; i += 64)
      buf[i] = (unsigned char)(i >> 6);
   if (gated)
      IAI_REGION_BEGIN("all");
   for (r = 0; r < rounds; r++)
      for (i = 0; i < n; i++) {
         snprintf(name, sizeof name, "r%05ld", i);
         IAI_REGION_BEGIN(name);
         if (gated)
            IAI_COLLECT_START();
         sum += work((unsigned long)(i % 7), (unsigned long)i);
         if (heap) {
            size_t size = (size_t)(i % 5 + 1) * 16;
            free(alloc(size));
            bytes += size;
            blocks++;
         }
         if (gated)
            IAI_COLLECT_STOP();
         IAI_REGION_END();
      }
   if (gated)
      IAI_REGION_END();
   if (heap)
      printf("bytes %lu blocks %lu\n", bytes, blocks);
   printf("sum %lu\n", sum);
   return 0;
}
