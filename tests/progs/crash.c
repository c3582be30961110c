/* Counts, then dies of SIGSEGV. */
#include <stdio.h>

static volatile int *volatile nowhere;

int main(void)
{
   unsigned long s = 0;
   for (int i = 0; i < 10000; i++) s += i;
   printf("%lu\n", s);
   fflush(stdout);
   return *nowhere;
}
