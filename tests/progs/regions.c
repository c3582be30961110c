/* Nested, repeated and collection-gated regions. */
#include <stdio.h>
#include <valgrind/iai.h>

static __attribute__((noinline)) unsigned long work(unsigned long n)
{
   unsigned long s = 0;
   for (unsigned long i = 0; i < n; i++) s += i * i;
   return iai_black_box(s);
}

static __attribute__((noinline)) void in_region(const char *name)
{
   IAI_REGION_BEGIN(name);
   work(1000);
   IAI_REGION_END();
}

int main(void)
{
   IAI_COLLECT_START();
   in_region("once");
   in_region("twice");
   in_region("twice");
   IAI_REGION_BEGIN("outer");
   work(500);
   in_region("inner");
   IAI_REGION_END();
   IAI_COLLECT_STOP();
   work(100000);          /* never collected with --collect-atstart=no */
   IAI_REGION_END();      /* unbalanced: reported, ignored */
   printf("done\n");
   return 0;
}
