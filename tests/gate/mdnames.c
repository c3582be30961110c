/* mdnames.c: regions named with what Markdown, HTML, GitHub and GitLab
   would read as syntax (table cells, emphasis, code, tags, entities,
   links, mentions and references, math) and with what a terminal obeys.
   With an argument, every region but "plain" does twice the work, and
   the last is not entered: iaidiff then lists them as regressions, one
   unchanged region and one missing (tests/gate/markdown-names.sh).

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include <string.h>

#include <valgrind/iai.h>

static const char *const names[] = {
   "plain",
   "pipe|in|cell",
   "*star* _under_ ~~strike~~",
   "`tick` ``two``",
   "<b>bold</b> &amp; &lt;",
   "@someone #12 !3 ~label %ms $x$ :x:",
   "[link](http://example.invalid) ![img](x.png)",
   "www.example.invalid mail@example.invalid https://example.invalid",
   "back\\slash\\|",
   "line\nfeed",
   "esc\x1b[31mred",
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
   unsigned n = argc > 1 ? NNAMES - 1 : NNAMES;
   (void)argv;
   for (unsigned i = 0; i < n; i++) {
      unsigned long rounds = 1000;
      if (argc > 1 && strcmp(names[i], "plain") != 0)
         rounds = 1000 + 100 * i;   /* the later, the more it grew */
      IAI_REGION_BEGIN(names[i]);
      iai_black_box(work(rounds));
      IAI_REGION_END();
   }
   return 0;
}
