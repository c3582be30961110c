/* Four threads allocating, writing, reading and freeing concurrently. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void *worker(void *arg)
{
   unsigned long n = (unsigned long)arg, s = 0;
   for (unsigned long i = 0; i < n; i++) {
      unsigned char *p = malloc(32 + (i % 64));
      for (unsigned j = 0; j < 32; j++) p[j] = (unsigned char)(i + j);
      for (unsigned j = 0; j < 32; j += 4) s += p[j];
      if (i % 7 == 0) p = realloc(p, 256);
      free(p);
   }
   return malloc(100 + n % 50);    /* live at exit */
}

int main(void)
{
   pthread_t t[4];
   void *r[4];
   for (unsigned long i = 0; i < 4; i++)
      pthread_create(&t[i], NULL, worker, (void *)(2000 + i * 500));
   for (int i = 0; i < 4; i++) pthread_join(t[i], &r[i]);
   free(r[0]);
   write(1, "done\n", 5);
   return 0;
}
