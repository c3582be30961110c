/* md_escape.c: names in Markdown (see md_escape.h).

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "md_escape.h"

#include <stdlib.h>
#include <string.h>

#include "term_escape.h"

/* The ASCII punctuation that can start or end Markdown syntax in the
   middle of a line (emphasis, code, links, HTML, entities, table cells,
   math, mentions and references), and ':' and '.', through which GitHub
   turns "http://..." and "www...." into links; a backslash makes each
   read as itself.  Names never start a line, so the line-start syntax
   (#, -, +, 1.) needs nothing more; , / ; ? = ' " and - are left alone. */
static int special(unsigned char c)
{
   return c && strchr("!#$%&()*.:<>@[\\]^_`{|}~", c) != NULL;
}

int md_escape(FILE *out, const char *s)
{
   char *t = term_escape_dup(s);
   if (!t)
      return -1;
   for (const unsigned char *p = (const unsigned char *)t; *p; p++) {
      if (special(*p))
         fputc('\\', out);
      fputc(*p, out);
   }
   free(t);
   return 0;
}

int md_code(FILE *out, const char *s)
{
   fputs("<code>", out);
   int rc = md_escape(out, s);
   fputs("</code>", out);
   return rc;
}
