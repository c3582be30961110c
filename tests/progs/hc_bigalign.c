/* Alignments above 16 MiB, which Valgrind's allocator cannot give: under
   heapcount each request fails as one for too much memory does (ENOMEM,
   NULL) and the program goes on; 16 MiB itself still works.  Prints what
   each call returned. */
#include <errno.h>
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define MiB (1024u * 1024u)

int main(void)
{
   void* p = NULL;
   int rc = posix_memalign(&p, 32 * MiB, 100);
   void* m = memalign(64 * MiB, 100);
   void* a = aligned_alloc(32 * MiB, 100);
   void* ok = memalign(16 * MiB, 100);
   printf("posix_memalign 32 MiB: %s\n",
          rc == ENOMEM && p == NULL ? "ENOMEM" : rc == 0 ? "0" : "other");
   printf("memalign 64 MiB: %s\n", m ? "pointer" : "NULL");
   printf("aligned_alloc 32 MiB: %s\n", a ? "pointer" : "NULL");
   printf("memalign 16 MiB: %s\n",
          ok && ((uintptr_t)ok & (16 * MiB - 1)) == 0 ? "aligned" : "bad");
   free(p);
   free(m);
   free(a);
   free(ok);
   printf("still running\n");
   return 0;
}
