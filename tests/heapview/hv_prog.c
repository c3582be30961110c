/* hv_prog.c: a program with heap sites of every kind heapview highlights,
   for heapview's tests under heapcount.  "hv_prog 1" and "hv_prog 2" are
   two versions of one program for --diff: in 2 the main buffer grows, the
   short-lived churn shrinks, the leak is gone and a new site appears.
   Output with write(2) only, so that libc allocates nothing.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* every function stays a function of its own name, whatever the
   optimisation level: the tests expect its frames */
#if defined(__clang__)
#define KEEP __attribute__((noinline, optnone))
#else
#define KEEP __attribute__((noipa))
#endif

static volatile unsigned long sink;
static void *volatile kept;   /* keeps the compiler from dropping a malloc */

/* one allocation point reached from two callers: a tree node with two
   children */
static KEEP unsigned char *make_buffer(size_t n)
{
   unsigned char *p = malloc(n);
   memset(p, 7, n);
   return p;
}

static KEEP void read_all(const unsigned char *p,
                                               size_t n)
{
   for (size_t i = 0; i < n; i++)
      sink += p[i];
}

static KEEP unsigned char *helper(void)
{
   unsigned char *p = make_buffer(1024);
   sink += p[0];   /* not a tail call: helper stays on the stack */
   return p;
}

/* many small blocks freed at once: short-lived */
static KEEP void churn(int count)
{
   for (int i = 0; i < count; i++) {
      volatile unsigned char *t = malloc(32);
      t[0] = 1;
      sink += t[0];
      free((void *)t);
   }
}

/* written, never read */
static KEEP unsigned char *scratch(void)
{
   unsigned char *s = malloc(2000);
   memset(s, 0x5a, 2000);   /* not 0: malloc+memset(0) may become calloc */
   kept = s;
   return s;
}

/* never touched and never freed */
static KEEP void *leak(void)
{
   kept = malloc(500);
   return kept;
}

static KEEP void *extra(void)
{
   unsigned char *e = malloc(3000);
   memset(e, 1, 3000);
   read_all(e, 3000);
   return e;
}

int main(int argc, char **argv)
{
   int v2 = argc > 1 && argv[1][0] == '2';
   unsigned char *big = make_buffer(v2 ? 16384 : 8192);
   unsigned char *h = helper();
   unsigned char *s = scratch();
   void *l = v2 ? NULL : leak();
   void *e = v2 ? extra() : NULL;
   churn(v2 ? 40 : 100);
   read_all(big, v2 ? 16384 : 8192);
   read_all(h, 1024);
   free(big);
   free(h);
   free(s);
   free(e);
   (void)l;
   if (write(1, "done\n", 5) != 5)
      return 1;
   return 0;
}
