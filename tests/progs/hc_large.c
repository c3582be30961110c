/* hc_large.c: blocks around and far above the size at which heapcount's
   block map keeps a block in its tree rather than in its page table
   (more than 8 pages): allocated, read and written at both ends and in
   between, grown and shrunk across that size by realloc, freed in
   another order, and custom blocks carved out of a large one.  Part of
   benchgrind's heapcount tests (compared with DHAT). */
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#define N 24

static volatile uint64_t sink;

/* reads and writes at the start, the end and every 4 KiB of P */
static void touch(unsigned char *p, size_t n)
{
   size_t i;
   for (i = 0; i < n; i += 4096) {
      sink += p[i];
      p[i] = (unsigned char)i;
   }
   sink += p[n - 1];
   p[n - 1] = 1;
   *(volatile uint32_t *)(p + n / 2) = (uint32_t)n;
}

int main(void)
{
   static const size_t sizes[N] = {
      16, 4096, 8192, 32767, 32768, 32769, 36864, 36865, 40960, 65536,
      100000, 1u << 20, 3u << 20, 12345, 4097, 28672, 32768 + 4096,
      32768 + 4095, 200, 1u << 16, 9 * 4096 - 1, 9 * 4096, 9 * 4096 + 1,
      7 << 20
   };
   unsigned char *b[N];
   int i, r;

   for (i = 0; i < N; i++) {
      b[i] = i % 3 == 0 ? calloc(1, sizes[i]) : malloc(sizes[i]);
      for (r = 0; r < 16 && (size_t)r < sizes[i]; r++)
         b[i][r] = (unsigned char)(i + r);
   }
   for (r = 0; r < 3; r++)
      for (i = 0; i < N; i++)
         touch(b[i], sizes[i]);
   /* across the size, both ways, and far above it */
   b[1] = realloc(b[1], 40000);
   touch(b[1], 40000);
   b[5] = realloc(b[5], 1000);
   touch(b[5], 1000);
   b[11] = realloc(b[11], 5u << 20);
   touch(b[11], 5u << 20);
   b[11] = realloc(b[11], 20000);
   touch(b[11], 20000);
   /* freed out of order; some left live at exit */
   for (i = 0; i < N; i += 2)
      free(b[i]);
   for (i = N - 1; i > N / 2; i -= 2)
      free(b[i]);
   /* (no stdio: a string function called while blocks are live moves
      lifetimes between the tools) */
   return write(1, "done\n", 5) == 5 ? 0 : 1;
}
