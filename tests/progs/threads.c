/* Four threads doing independent work. */
#include <pthread.h>
#include <stdio.h>

static void *worker(void *arg)
{
   unsigned long n = (unsigned long)arg, s = 0;
   for (unsigned long i = 0; i < n; i++) s += i ^ (s >> 3);
   return (void *)s;
}

int main(void)
{
   pthread_t t[4];
   unsigned long total = 0;
   for (unsigned long i = 0; i < 4; i++)
      pthread_create(&t[i], NULL, worker, (void *)(200000 + i * 50000));
   for (int i = 0; i < 4; i++) {
      void *r;
      pthread_join(t[i], &r);
      total += (unsigned long)r;
   }
   printf("%lu\n", total);
   return 0;
}
