/* hc_peaks: sites whose own peak of live bytes is not their share of the
   program's peak (t-gmax), and one that peaks only after t-gmax, where
   DHAT's "mb" stays 0.  The program keeps its own account of each site's
   live bytes and blocks and prints, for each site, its peak and the blocks
   live then (the latest time the peak was reached, as heapcount and DHAT
   count it), for tests/heapcount/hc-peaks.sh to compare with heapcount.
   It calls no string function and no stdio while blocks are live, so the
   blocks' lifetimes are exactly DHAT's too (see hc-lifetimes.sh).
   Part of benchgrind's tests.  SPDX-License-Identifier: GPL-2.0-or-later */
#include <stdlib.h>
#include <unistd.h>

enum { GROW, BIG, LATE, MANY, NSITES };
static const char *const site_name[NSITES] = { "grow", "big", "late", "many" };

struct account {
   unsigned long live_bytes, live_blocks, max_bytes, max_blocks;
};
static struct account account_of[NSITES];

static void allocated(int site, size_t n)
{
   struct account *a = &account_of[site];
   a->live_bytes += n;
   a->live_blocks++;
   if (a->live_bytes >= a->max_bytes) {
      a->max_bytes = a->live_bytes;
      a->max_blocks = a->live_blocks;
   }
}

static void release(int site, void *p, size_t n)
{
   account_of[site].live_bytes -= n;
   account_of[site].live_blocks--;
   free(p);
}

/* One allocation site per function. */
static __attribute__((noinline, noclone)) void *alloc_grow(size_t n)
{ void *p = malloc(n); allocated(GROW, n); return p; }
static __attribute__((noinline, noclone)) void *alloc_big(size_t n)
{ void *p = malloc(n); allocated(BIG, n); return p; }
static __attribute__((noinline, noclone)) void *alloc_late(size_t n)
{ void *p = malloc(n); allocated(LATE, n); return p; }
static __attribute__((noinline, noclone)) void *alloc_many(size_t n)
{ void *p = malloc(n); allocated(MANY, n); return p; }

static void put(const char *s)
{
   const char *e = s;
   while (*e)
      e++;
   if (write(1, s, (size_t)(e - s)) < 0)
      _exit(1);
}

static void put_number(unsigned long v)
{
   char buf[24], *p = buf + sizeof buf;
   *--p = '\0';
   do
      *--p = (char)('0' + v % 10);
   while ((v /= 10) != 0);
   put(p);
}

/* Trip counts the compiler cannot see, so that no loop is unrolled into
   several call sites (each site's stack must be one). */
static volatile int ten = 10, five = 5, two = 2, three = 3, six = 6,
   seven = 7;
static const size_t many_sizes[7] = { 30000, 100, 100, 100, 100, 100, 100 };

int main(void)
{
   void *g[10], *b[2], *l[3], *m[7];
   int i;
   /* grow: 10 blocks, 1000 to 10000 bytes (55000), then the 5 largest go */
   for (i = 0; i < ten; i++)
      g[i] = alloc_grow(1000 * (size_t)(i + 1));
   for (i = five; i < ten; i++)
      release(GROW, g[i], 1000 * (size_t)(i + 1));
   /* big: 80000 more, the program's peak (95000); grow holds 15000 then */
   for (i = 0; i < two; i++)
      b[i] = alloc_big(40000);
   for (i = 0; i < two; i++)
      release(BIG, b[i], 40000);
   for (i = 0; i < five; i++)
      release(GROW, g[i], 1000 * (size_t)(i + 1));
   /* late: 60000 after the peak, so it never raises it */
   for (i = 0; i < three; i++)
      l[i] = alloc_late(20000);
   for (i = 0; i < three; i++)
      release(LATE, l[i], 20000);
   /* many: most bytes in one block, most blocks later in small ones; one
      small block stays live to the end */
   for (i = 0; i < seven; i++) {
      m[i] = alloc_many(many_sizes[i]);
      if (i == 0)
         release(MANY, m[i], many_sizes[i]);
   }
   for (i = 1; i < six; i++)
      release(MANY, m[i], many_sizes[i]);
   for (i = 0; i < NSITES; i++) {
      put(site_name[i]);
      put(" ");
      put_number(account_of[i].max_bytes);
      put(" ");
      put_number(account_of[i].max_blocks);
      put("\n");
   }
   return 0;
}
