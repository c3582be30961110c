/* Calls of every kind for the call-graph oracle: recursion, mutual
   recursion, calls through pointers (own and from libc's qsort), a
   longjmp out of a deep recursion, and a signal handler.  ARG (1) scales
   the recursion. */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

#define NOINLINE __attribute__((noinline))
static volatile unsigned long sink;
static jmp_buf escape;

NOINLINE static unsigned long fib(int n) { return n < 2 ? (unsigned long)n : fib(n - 1) + fib(n - 2); }
static int is_odd(unsigned n);
NOINLINE static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
NOINLINE static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

NOINLINE static unsigned long op_add(unsigned long a) { return a + 7; }
NOINLINE static unsigned long op_mul(unsigned long a) { return a * 3; }
NOINLINE static unsigned long op_xor(unsigned long a) { return a ^ 0x55; }
static unsigned long (*const ops[3])(unsigned long) = { op_add, op_mul, op_xor };

NOINLINE static unsigned long pointers(int n)
{
   unsigned long x = 1;
   for (int i = 0; i < n; i++) x = ops[i % 3](x);
   return x;
}

NOINLINE static int compare(const void *a, const void *b)
{
   int x = *(const int *)a, y = *(const int *)b;
   return (x > y) - (x < y);
}

NOINLINE static void sorting(int n)
{
   int *v = malloc(n * sizeof *v);
   for (int i = 0; i < n; i++) v[i] = (i * 7919) % n;
   qsort(v, n, sizeof *v, compare);
   sink += v[n / 2];
   free(v);
}

NOINLINE static void dive(int depth)
{
   sink += depth;
   if (depth == 0) longjmp(escape, 1);
   dive(depth - 1);
   sink -= 1;   /* not reached: keeps the call from being a tail call */
}

NOINLINE static void work(int n) { for (int i = 0; i < n; i++) sink += i; }

NOINLINE static void after_jump(void) { work(300); }

NOINLINE static void jumping(void)
{
   if (setjmp(escape) == 0) dive(20);
   after_jump();
}

NOINLINE static void handler(int sig) { work(100 + sig); }

NOINLINE static void signalling(int rounds)
{
   for (int r = 0; r < rounds; r++) { work(200); raise(SIGUSR1); }
}

int main(int argc, char **argv)
{
   int n = argc > 1 ? atoi(argv[1]) : 1;
   signal(SIGUSR1, handler);
   sink += fib(12 + n);
   sink += is_even(41);
   sink += pointers(300);
   sorting(200);
   jumping();
   signalling(5);
   printf("%lu\n", sink);
   return 0;
}
