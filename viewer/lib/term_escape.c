/* term_escape.c: names escaped for a terminal (see term_escape.h).

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "term_escape.h"

/* The length of the UTF-8 sequence at S (1 to 4) and its code point in
   *cp, or 0 when S does not start a valid, shortest-form sequence. */
static int utf8_decode(const unsigned char *s, unsigned *cp)
{
   int len;
   unsigned c = s[0], min;
   if (c < 0x80) {
      *cp = c;
      return 1;
   } else if ((c & 0xe0) == 0xc0) {
      len = 2, c &= 0x1f, min = 0x80;
   } else if ((c & 0xf0) == 0xe0) {
      len = 3, c &= 0x0f, min = 0x800;
   } else if ((c & 0xf8) == 0xf0) {
      len = 4, c &= 0x07, min = 0x10000;
   } else {
      return 0;
   }
   for (int i = 1; i < len; i++) {
      if ((s[i] & 0xc0) != 0x80)
         return 0;
      c = c << 6 | (s[i] & 0x3f);
   }
   if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
      return 0;
   *cp = c;
   return len;
}

/* C1 controls, U+2028/U+2029, and the bidirectional embeddings,
   overrides and isolates, which reorder what follows them. */
static int invisible_control(unsigned cp)
{
   return (cp >= 0x80 && cp <= 0x9f) || cp == 0x2028 || cp == 0x2029
          || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

size_t term_escape(FILE *out, const char *s)
{
   const unsigned char *p = (const unsigned char *)s;
   size_t written = 0;
   while (*p) {
      unsigned cp;
      int len = utf8_decode(p, &cp);
      int n;
      if (len == 0) {
         n = fprintf(out, "\\x%02x", *p);
         len = 1;
      } else if (cp == '\t') {
         n = fprintf(out, "\\t");
      } else if (cp == '\n') {
         n = fprintf(out, "\\n");
      } else if (cp == '\r') {
         n = fprintf(out, "\\r");
      } else if (cp < 0x20 || cp == 0x7f) {
         n = fprintf(out, "\\x%02x", cp);
      } else if (invisible_control(cp)) {
         n = fprintf(out, "\\u%04x", cp);
      } else {
         n = (int)fwrite(p, 1, (size_t)len, out);
      }
      written += n > 0 ? (size_t)n : 0;
      p += len;
   }
   return written;
}
