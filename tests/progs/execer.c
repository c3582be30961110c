/* Counts, then replaces itself with another program. */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
   unsigned long s = 0;
   for (int i = 0; i < 10000; i++) s += i;
   printf("%lu\n", s);
   fflush(stdout);
   if (argc > 1)
      execv(argv[1], argv + 1);
   perror("execv");
   return 1;
}
