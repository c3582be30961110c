/* hc_lifetimes: three blocks, one per site, living across 0, N and 2N
   calls of memcpy and strlen, which heapcount and DHAT both replace with
   string functions of their own, so each tool's instruction clock runs
   its own code there.  tests/heapcount/hc-lifetimes.sh checks the rule
   this gives: DHAT's lifetime minus heapcount's is 0 for the first block
   and twice as much for the third as for the second.
   Part of benchgrind's tests.  SPDX-License-Identifier: GPL-2.0-or-later */
#include <stdlib.h>
#include <string.h>

#define N 5

static char src[4096], dst[4096];
/* Called through pointers, so that the compiler cannot inline them. */
static void *(*volatile copy)(void *, const void *, size_t) = memcpy;
static size_t (*volatile length)(const char *) = strlen;
static volatile size_t sink;

static void string_calls(int n)
{
   for (int i = 0; i < n; i++) {
      copy(dst, src, sizeof src);
      sink += length(src);
   }
}

/* One site each: the store after malloc keeps the call from being a tail
   call (which would leave the function out of the stack), the sizes keep
   the three from being folded into one. */
static __attribute__((noinline, noclone)) char *across_none(void)
{ char *p = malloc(16); sink++; return p; }
static __attribute__((noinline, noclone)) char *across_n(void)
{ char *p = malloc(24); sink++; return p; }
static __attribute__((noinline, noclone)) char *across_2n(void)
{ char *p = malloc(32); sink++; return p; }

int main(void)
{
   char *p;
   for (size_t i = 0; i + 1 < sizeof src; i++)
      src[i] = 'x';
   p = across_none();
   free(p);
   p = across_n();
   string_calls(N);
   free(p);
   p = across_2n();
   string_calls(2 * N);
   free(p);
   return 0;
}
