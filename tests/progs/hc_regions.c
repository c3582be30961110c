/* Allocations inside nested, repeated and collection-gated regions. */
#include <stdlib.h>
#include <unistd.h>
#include <valgrind/iai.h>

static void *keep;

static __attribute__((noinline)) void *filled(size_t n, size_t fill)
{
   volatile unsigned char *p = malloc(n);
   for (size_t i = 0; i < fill; i++) p[i] = (unsigned char)i;
   return (void *)p;
}

static __attribute__((noinline)) void twice(void)
{
   IAI_REGION_BEGIN("twice");
   free(filled(2000, 0));
   IAI_REGION_END();
}

int main(void)
{
   free(filled(12345, 10));          /* outside every region */
   IAI_COLLECT_START();
   IAI_REGION_BEGIN("small");
   for (int i = 0; i < 10; i++) free(filled(100, 100));
   IAI_REGION_END();
   twice();
   twice();
   IAI_REGION_BEGIN("outer");
   keep = filled(5000, 0);           /* live at exit */
   IAI_REGION_BEGIN("inner");
   free(filled(300, 0));
   IAI_REGION_END();
   IAI_REGION_END();
   IAI_COLLECT_STOP();
   free(filled(777, 0));             /* not collected with --collect-atstart=no */
   write(1, "done\n", 5);
   return 0;
}
