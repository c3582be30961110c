/* A pool allocator carving blocks out of one malloc'd arena, declared
   to Valgrind with MALLOCLIKE/FREELIKE/RESIZEINPLACE. */
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
   write(1, "done\n", 5);
   return 0;
}
