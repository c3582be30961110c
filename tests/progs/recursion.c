/* Deep and mutual recursion. */
#include <stdio.h>
#include <stdlib.h>

static int is_odd(unsigned n);
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

static unsigned long fib(int n) { return n < 2 ? (unsigned long)n : fib(n - 1) + fib(n - 2); }

static unsigned long ackermann(unsigned long m, unsigned long n)
{
   if (m == 0) return n + 1;
   if (n == 0) return ackermann(m - 1, 1);
   return ackermann(m - 1, ackermann(m, n - 1));
}

int main(int argc, char **argv)
{
   int n = argc > 1 ? atoi(argv[1]) : 18;
   printf("%lu %d %lu\n", fib(n), is_even(1001), ackermann(2, 3));
   return 0;
}
