/* term_escape.c: names escaped for a terminal (see term_escape.h).

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "term_escape.h"

#include <stdlib.h>
#include <string.h>

#include "bg_utf8.h"

/* The escape of the character at *S into OUT (at least 16 bytes), *S
   advanced past it; returns its length. */
static size_t escape_one(const unsigned char **sp, char *out)
{
   const unsigned char *s = *sp;
   int len;
   unsigned cp;
   size_t n;
   switch (bg_utf8_class(s, &len, &cp)) {
   case BG_CH_PLAIN:
   case BG_CH_BACKSLASH:
      memcpy(out, s, (size_t)len);
      n = (size_t)len;
      break;
   case BG_CH_SPACE:
      out[0] = '\\';
      out[1] = cp == '\t' ? 't' : cp == '\n' ? 'n' : 'r';
      n = 2;
      break;
   case BG_CH_VISIBLE_REF:   /* DEL is one, but 1 byte long */
      if (cp != 0x7f) {
         n = (size_t)snprintf(out, 16, "\\u%04x", cp);
         break;
      }
      bg_utf8_hex_escape(s[0], out);
      n = 4;
      break;
   default:   /* BG_CH_CONTROL, BG_CH_INVALID: one byte */
      bg_utf8_hex_escape(s[0], out);
      n = 4;
   }
   *sp += len;
   return n;
}

size_t term_escape(FILE *out, const char *str)
{
   size_t written = 0;
   for (const unsigned char *s = (const unsigned char *)str; *s;) {
      char piece[16];
      written += fwrite(piece, 1, escape_one(&s, piece), out);
   }
   return written;
}

char *term_escape_buf(const char *str, char *buf, size_t size)
{
   size_t o = 0;
   for (const unsigned char *s = (const unsigned char *)str; *s;) {
      char piece[16];
      size_t k = escape_one(&s, piece);
      if (o + k + 4 > size) {
         memcpy(buf + o, "...", 4);
         return buf;
      }
      memcpy(buf + o, piece, k);
      o += k;
   }
   buf[o] = '\0';
   return buf;
}

char *term_escape_dup(const char *str)
{
   size_t n = 1;
   for (const unsigned char *s = (const unsigned char *)str; *s;) {
      char piece[16];
      n += escape_one(&s, piece);
   }
   char *buf = malloc(n);
   if (buf == NULL)
      return NULL;
   size_t o = 0;
   for (const unsigned char *s = (const unsigned char *)str; *s;)
      o += escape_one(&s, buf + o);
   buf[o] = '\0';
   return buf;
}
