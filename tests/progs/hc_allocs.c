/* Every C allocation function, with reads and writes of the blocks, a
   realloc that grows, one that shrinks, realloc(NULL, n), realloc(p, 0),
   zero sizes, and blocks left live at exit.  Output with write(2) only. */
#define _GNU_SOURCE
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static volatile unsigned long sink;

static __attribute__((noinline)) void touch(unsigned char *p, size_t n, int reads)
{
   for (size_t i = 0; i < n; i++) p[i] = (unsigned char)i;
   for (int r = 0; r < reads; r++)
      for (size_t i = 0; i < n; i += 8) sink += p[i];
}

static __attribute__((noinline)) void *make(size_t n)
{
   return malloc(n);
}

int main(void)
{
   void *keep[8];
   unsigned char *a = malloc(100);
   touch(a, 100, 2);
   unsigned char *c = calloc(10, 30);
   sink += c[5];
   a = realloc(a, 400);             /* grows: moved */
   touch(a, 400, 1);
   a = realloc(a, 50);              /* shrinks in place */
   unsigned char *r0 = realloc(NULL, 64);
   touch(r0, 64, 0);
   r0 = realloc(r0, 0);             /* frees */
   void *m = memalign(64, 256);
   touch(m, 256, 1);
   void *pm = NULL;
   if (posix_memalign(&pm, 32, 128) != 0) return 1;
   void *aa = aligned_alloc(128, 512);
   void *v = valloc(4000);
   touch(v, 4000, 0);
   void *ra = reallocarray(NULL, 20, 8);
   touch(ra, 160, 3);
   sink += malloc_usable_size(ra);
   void *z = malloc(0);
   for (int i = 0; i < 8; i++) keep[i] = make(16 * (i + 1));
   for (int i = 0; i < 8; i += 2) free(keep[i]);
   for (int i = 0; i < 100; i++) {
      void *t = make(1000);
      memset(t, 1, 1000);
      free(t);
   }
   free(a); free(c); free(m); free(pm); free(aa); free(v); free(ra); free(z);
   free(NULL);
   (void)r0;
   write(1, "done\n", 5);
   return 0;
}
