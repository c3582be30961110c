/* A region around a loop whose trip count is the first argument. */
#include <stdlib.h>
#include <valgrind/iai.h>

static __attribute__((noinline)) unsigned long body(unsigned long x)
{
   return (x * 2654435761u) ^ (x >> 7);
}

int main(int argc, char **argv)
{
   unsigned long n = argc > 1 ? strtoul(argv[1], 0, 10) : 1000, s = 0;
   IAI_REGION_BEGIN("loop");
   for (unsigned long i = 0; i < n; i++)
      s += body(i);
   IAI_REGION_END();
   return (int)iai_black_box(s) & 0;
}
