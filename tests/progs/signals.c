/* Signal handlers that open regions, interrupting code inside another
   region: the counts must land where they belong when the handler
   returns. */
#include <signal.h>
#include <stdio.h>
#include <valgrind/iai.h>

static volatile unsigned long sink;

static void handler(int sig)
{
   IAI_REGION_BEGIN("handler");
   for (int i = 0; i < 1000; i++) sink += (unsigned long)i * sig;
   IAI_REGION_END();
}

int main(void)
{
   signal(SIGUSR1, handler);
   IAI_REGION_BEGIN("main_loop");
   for (int round = 0; round < 50; round++) {
      for (int i = 0; i < 2000; i++) sink += i;
      raise(SIGUSR1);
   }
   IAI_REGION_END();
   printf("%lu\n", sink);
   return 0;
}
