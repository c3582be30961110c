/* ct_mt.c: four threads scanning and updating their own quarter of a
   shared array, and a shared counter under a mutex.  Part of
   benchgrind's cachetrace tests. */
#include <pthread.h>
#include <stdio.h>

#define N (1 << 18)
#define THREADS 4

static unsigned int data[N];
static unsigned long total;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static void* worker(void* arg)
{
   long id = (long)arg, i, r;
   unsigned long sum = 0;
   for (r = 0; r < 8; r++)
      for (i = id * (N / THREADS); i < (id + 1) * (N / THREADS); i++) {
         data[i] += (unsigned int)(i + r);
         sum += data[i];
      }
   pthread_mutex_lock(&lock);
   total += sum;
   pthread_mutex_unlock(&lock);
   return NULL;
}

int main(void)
{
   pthread_t t[THREADS];
   long i;
   for (i = 0; i < THREADS; i++)
      pthread_create(&t[i], NULL, worker, (void*)i);
   for (i = 0; i < THREADS; i++)
      pthread_join(t[i], NULL);
   printf("%lu\n", total);
   return 0;
}
