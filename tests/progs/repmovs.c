/* rep-prefixed string instructions: each iteration is one instruction
   for Valgrind (and for cachegrind's Ir), plus a final check. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void rep_movsb(void *dst, const void *src, size_t n)
{
   __asm__ __volatile__("rep movsb" : "+D"(dst), "+S"(src), "+c"(n) : : "memory");
}

static void rep_stosb(void *dst, int c, size_t n)
{
   __asm__ __volatile__("rep stosb" : "+D"(dst), "+c"(n) : "a"(c) : "memory");
}

int main(int argc, char **argv)
{
   size_t n = argc > 1 ? strtoul(argv[1], 0, 10) : 5000;
   char *a = malloc(n + 1), *b = malloc(n + 1);
   unsigned sum = 0;
   for (size_t k = 0; k <= n; k += n / 7 + 1) {
      rep_stosb(a, (int)k, k);
      rep_movsb(b, a, k);
      sum += (unsigned char)b[k / 2];
   }
   rep_movsb(b, a, 0);
   printf("%u\n", sum);
   free(a);
   free(b);
   return 0;
}
