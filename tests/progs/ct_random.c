/* ct_random.c: random reads and writes over a 16 MiB working set (larger
   than the LL of the explicit test geometries).  Part of benchgrind's
   cachetrace tests. */
#include <stdio.h>
#include <stdlib.h>

#define WORDS (4u << 20)

int main(int argc, char** argv)
{
   unsigned int* a = calloc(WORDS, sizeof *a);
   unsigned long long x = 12345;
   unsigned long sum = 0;
   long n = argc > 1 ? atol(argv[1]) : 300000, i;
   if (a == NULL)
      return 1;
   for (i = 0; i < n; i++) {
      x = x * 6364136223846793005ull + 1442695040888963407ull;
      sum += a[(x >> 33) % WORDS];
      a[(x >> 17) % WORDS] = (unsigned int)i;
   }
   printf("%lu\n", sum);
   free(a);
   return 0;
}
