/* Misuse a heap profiler must survive: free of garbage, of an interior
   pointer, double free, realloc of garbage, calloc overflow, huge sizes,
   zero sizes.  Prints what each call returned; must run to the end. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static volatile size_t huge = SIZE_MAX / 2;

int main(void)
{
   static char not_heap[64];
   char *p = malloc(40);
   free(not_heap + 8);                  /* garbage */
   free(p + 8);                         /* interior */
   free(p);
   free(p);                             /* double free */
   void *r = realloc(not_heap, 100);    /* realloc of garbage */
   void *c = calloc(huge, 16);          /* overflow */
   void *h = malloc(huge * 3);          /* huge */
   void *z = malloc(0);
   void *z2 = realloc(malloc(10), 0);   /* frees */
   printf("realloc %s calloc %s malloc %s zero %s realloc0 %s\n",
          r ? "ptr" : "null", c ? "ptr" : "null", h ? "ptr" : "null",
          z ? "ptr" : "null", z2 ? "ptr" : "null");
   free(z);
   /* Requests of 0 bytes, counted here: each allocates a block. */
   void *zs[4];
   int nzero = 1;                       /* the malloc(0) above */
   zs[0] = calloc(0, 8);
   zs[1] = calloc(8, 0);
   zs[2] = realloc(NULL, 0);            /* malloc(0) */
   zs[3] = aligned_alloc(64, 0);
   for (int i = 0; i < 4; i++) {
      nzero++;
      free(zs[i]);
   }
   printf("zero-size requests: %d\n", nzero);
   printf("still running\n");
   return 0;
}
