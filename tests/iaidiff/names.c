/* names.c: regions named with what a terminal obeys: C1 controls (CSI,
   NEL), a line feed, a carriage return, ESC and BEL, a bidirectional
   override, and a byte that is not UTF-8.  With an argument, every
   region does more work and the last is not entered, so that iaidiff
   lists the names as regressions and as missing (tests/iaidiff/names.sh).

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include <valgrind/iai.h>

static const char *const names[] = {
   "csi\xc2\x9b" "31mred",
   "nel\xc2\x85" "line",
   "lf\nfake line",
   "cr\rback",
   "esc\x1b]0;title\x07",
   "bidi\xe2\x80\xae" "evil",
   "bad\xff" "utf8",
};
#define NNAMES (sizeof names / sizeof names[0])

static unsigned long work(unsigned long n)
{
   unsigned long s = 0;
   for (unsigned long i = 0; i < n; i++)
      s += iai_black_box(i) * 3;
   return s;
}

int main(int argc, char **argv)
{
   unsigned long rounds = argc > 1 ? 2000 : 1000;
   unsigned n = argc > 1 ? NNAMES - 1 : NNAMES;
   (void)argv;
   for (unsigned i = 0; i < n; i++) {
      IAI_REGION_BEGIN(names[i]);
      iai_black_box(work(rounds));
      IAI_REGION_END();
   }
   return 0;
}
