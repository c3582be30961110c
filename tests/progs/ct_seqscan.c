/* ct_seqscan.c: sequential scans (reads, writes, read-modify-writes) of
   a 4 MiB array, plus unaligned accesses that straddle cache lines and
   atomic read-modify-writes.  Part of benchgrind's cachetrace tests. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N (1 << 20)

static unsigned int data[N];

int main(int argc, char** argv)
{
   unsigned long sum = 0;
   unsigned char* bytes = (unsigned char*)data;
   int rounds = argc > 1 ? atoi(argv[1]) : 2, r, i;
   for (i = 0; i < N; i++)
      data[i] = (unsigned int)i * 2654435761u;
   for (r = 0; r < rounds; r++) {
      for (i = 0; i < N; i++)
         sum += data[i];
      for (i = 0; i < N; i += 3)
         data[i] += (unsigned int)r;            /* read-modify-write */
   }
   for (i = 61; i < 4096 * 64; i += 64) {       /* straddles two lines */
      unsigned long v;
      memcpy(&v, bytes + i, sizeof v);
      sum ^= v;
      memcpy(bytes + i + 1, &sum, sizeof sum);
   }
   for (i = 0; i < 10000; i++)
      __sync_fetch_and_add(&data[i * 7 % N], 1u);
   memset(data, 1, sizeof data / 2);             /* rep stos or vector */
   printf("%lu %u\n", sum, data[12345]);
   return 0;
}
