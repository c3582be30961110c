/* Work before a fork, then different work in parent and child. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static unsigned long work(int n)
{
   unsigned long s = 0;
   for (int i = 0; i < n; i++) s += (unsigned long)i * i % 7;
   return s;
}

int main(void)
{
   unsigned long s = work(20000);
   pid_t pid = fork();
   if (pid < 0) return 1;
   if (pid == 0) {
      s += work(50000);
      printf("child %lu\n", s);
      fflush(stdout);
      _exit(0);
   }
   s += work(10000);
   waitpid(pid, NULL, 0);
   printf("parent %lu\n", s);
   return 0;
}
