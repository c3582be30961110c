/* A pool allocator carving blocks out of one malloc'd arena, declared
   to Valgrind with MALLOCLIKE/FREELIKE/RESIZEINPLACE; and large custom
   blocks (which heapcount's block map keeps in a tree) carved out of a
   large malloc'd one. */
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>
#include <valgrind/valgrind.h>

static unsigned char *arena;
static size_t used;
static volatile uint64_t sink;

static __attribute__((noinline)) void *pool_alloc(size_t n)
{
   void *p = arena + used;
   used += 128;
   VALGRIND_MALLOCLIKE_BLOCK(p, n, 0, 0);
   return p;
}

static __attribute__((noinline)) void pool_free(void *p)
{
   VALGRIND_FREELIKE_BLOCK(p, 0);
}

/* two 100,000-byte blocks at the ends of a 1 MiB arena, each written
   at 25 places 4 KiB apart (8 bytes each) and read at its last 8 bytes,
   then resized to 50,000 and read at its new last 8 bytes; the arena is
   written at 8 bytes between them */
static __attribute__((noinline)) void *big_pool_alloc(unsigned char *at)
{
   VALGRIND_MALLOCLIKE_BLOCK(at, 100000, 0, 0);
   return at;
}

static void big_pools(void)
{
   unsigned char *big = malloc(1 << 20);
   unsigned char *b[2];
   int k, i;
   b[0] = big_pool_alloc(big + 4096);
   b[1] = big_pool_alloc(big + (1 << 20) - 100000);
   for (k = 0; k < 2; k++) {
      for (i = 0; i < 25; i++)
         *(volatile uint64_t *)(b[k] + i * 4096) = (uint64_t)i;
      sink += *(volatile uint64_t *)(b[k] + 100000 - 8);
   }
   *(volatile uint64_t *)(big + 500000) = 1;
   for (k = 0; k < 2; k++) {
      VALGRIND_RESIZEINPLACE_BLOCK(b[k], 100000, 50000, 0);
      sink += *(volatile uint64_t *)(b[k] + 50000 - 8);
      pool_free(b[k]);
   }
   free(big);
}

int main(void)
{
   arena = malloc(128 * 200);
   for (int i = 0; i < 100; i++) {
      volatile unsigned char *p = pool_alloc(32);
      for (int j = 0; j < 32; j++) p[j] = (unsigned char)j;
      sink += *(volatile uint64_t *)p;
      pool_free((void *)p);
   }
   void *q = pool_alloc(32);
   VALGRIND_RESIZEINPLACE_BLOCK(q, 32, 64, 0);
   pool_free(arena + 128 * 150);       /* never allocated: reported */
   big_pools();
   write(1, "done\n", 5);
   return 0;
}
