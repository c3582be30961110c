/* ct_highaddr.c: data and code at addresses far above where Valgrind
   puts a program (2^37 and up), mixed in the same cache sets with data
   and code at the usual low addresses.  Such blocks do not fit the cache
   model's 32-bit encodings (bg_cachesim.h), so the simulated caches go
   "wide" part way through the run: the results must not change.  Prints
   where the mappings landed (the test checks that they are high).  Part
   of benchgrind's cachetrace tests. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#define MAP_BYTES (1u << 20)
#define STRIDE    4096u          /* the same L1 set, line after line */

static unsigned char low[MAP_BYTES];

/* MAP_BYTES of fresh memory at HINT (NULL if the hint was not taken) */
static unsigned char *map_at(uintptr_t hint, int prot)
{
   void *p = mmap((void *)hint, MAP_BYTES, prot,
                  MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
   if (p == MAP_FAILED || (uintptr_t)p != hint)
      return NULL;
   return p;
}

/* walks N lines STRIDE apart in each of the buffers, ROUNDS times */
static uint64_t walk(unsigned char **bufs, int nbufs, int n, int rounds)
{
   uint64_t sum = 0;
   int r, i, b;
   for (r = 0; r < rounds; r++)
      for (i = 0; i < n; i++)
         for (b = 0; b < nbufs; b++) {
            unsigned char *p = bufs[b] + (size_t)((i * 7 + r) % n) * STRIDE;
            sum += *p;
            *p = (unsigned char)(sum + b);
            /* an access that straddles two lines */
            sum += *(volatile uint32_t *)(p + 62);
         }
   return sum;
}

#if defined(__x86_64__)
/* mov $N,%ecx; 1: dec %ecx; jnz 1b; mov %ecx,%eax; ret */
static const unsigned char loop_code[] = {
   0xb9, 0x40, 0x00, 0x00, 0x00, 0xff, 0xc9, 0x75, 0xfc, 0x89, 0xc8, 0xc3
};

/* the loop above, at OFFSET in CODE (and OFFSET + 60: over a line end) */
static unsigned run_code(unsigned char *code, size_t offset)
{
   unsigned (*f)(void) = (unsigned (*)(void))(code + offset);
   unsigned (*g)(void) = (unsigned (*)(void))(code + offset + 60);
   memcpy(code + offset, loop_code, sizeof loop_code);
   memcpy(code + offset + 60, loop_code, sizeof loop_code);
   __builtin___clear_cache((char *)code, (char *)code + MAP_BYTES);
   return f() + g();
}
#endif

int main(void)
{
   unsigned char *mid = map_at(0x3000000000ull, PROT_READ | PROT_WRITE);
   unsigned char *high = map_at(0x7f0000000000ull, PROT_READ | PROT_WRITE);
   unsigned char *bufs[3];
   uint64_t sum;
   int i;

   if (mid == NULL || high == NULL) {
      printf("no high mappings\n");
      return 1;
   }
   printf("mid %p high %p\n", (void *)mid, (void *)high);
   bufs[0] = low;
   bufs[1] = mid;
   bufs[2] = high;
   /* low addresses only first: the caches are not wide yet */
   sum = walk(bufs, 1, 64, 20);
   sum += walk(bufs, 3, 40, 30);
#if defined(__x86_64__)
   {
      unsigned char *code = map_at(0x7f0000200000ull,
                                   PROT_READ | PROT_WRITE | PROT_EXEC);
      if (code == NULL) {
         printf("no high code mapping\n");
         return 1;
      }
      for (i = 0; i < 20; i++)
         sum += run_code(code, (size_t)(i % 5) * 32768);
   }
#endif
   sum += walk(bufs, 3, 24, 30);
   printf("sum %llu\n", (unsigned long long)sum);
   return 0;
}
