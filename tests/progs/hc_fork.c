/* Allocation before a fork, then different allocations in parent and
   child: each process writes its own file. */
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static __attribute__((noinline)) void *fill(size_t n)
{
   volatile unsigned char *p = malloc(n);
   for (size_t i = 0; i < n; i += 100) p[i] = 7;
   return (void *)p;
}

int main(void)
{
   void *before = fill(1000);
   pid_t pid = fork();
   if (pid < 0) return 1;
   if (pid == 0) {
      for (int i = 0; i < 30; i++) free(fill(300));
      free(before);
      _exit(0);
   }
   for (int i = 0; i < 10; i++) free(fill(5000));
   waitpid(pid, NULL, 0);
   write(1, "done\n", 5);
   return 0;
}
