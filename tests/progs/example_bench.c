/* The bundled example benchmark (README's demo): an iai-style harness with
   three benches.  Each runs once, inside a region of its own name. */
#include <stdlib.h>
#include <string.h>
#include <valgrind/iai.h>

static int cmp_int(const void *a, const void *b)
{
   int x = *(const int *)a, y = *(const int *)b;
   return (x > y) - (x < y);
}

static void fill(int *v, int n)
{
   unsigned s = 42;
   for (int i = 0; i < n; i++) { s = s * 1664525u + 1013904223u; v[i] = (int)(s >> 4); }
}

static unsigned long fib(unsigned n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

IAI_BENCH(qsort_1000)
{
   static int v[1000];
   fill(v, 1000);
   qsort(v, 1000, sizeof v[0], cmp_int);
   iai_black_box(v[500]);
}

IAI_BENCH(fib_20)
{
   iai_black_box(fib(iai_black_box(20u)));
}

IAI_BENCH(strlen_4k)
{
   static char s[4096];
   memset(s, 'x', sizeof s - 1);
   iai_black_box(strlen(iai_black_box(s)));
}

IAI_MAIN()
