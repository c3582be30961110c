/* names.c: names between bytes and profile XML (names.h), by the rules
   of common/bg_utf8.h, which the tools' writer follows too.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "names.h"

#include <stdlib.h>
#include <string.h>

#include "bg_utf8.h"

static int hex_digit(char c)
{
   if (c >= '0' && c <= '9')
      return c - '0';
   if (c >= 'a' && c <= 'f')
      return c - 'a' + 10;
   if (c >= 'A' && c <= 'F')
      return c - 'A' + 10;
   return -1;
}

size_t name_decode(char *s, size_t len, int attribute)
{
   char *end = s + len;
   char *o = memchr(s, '\\', len);
   if (attribute) {
      char *amp = memchr(s, '&', len);
      if (amp && (!o || amp < o))
         o = amp;
   }
   if (!o)
      return len;
   for (const char *i = o; i < end;) {
      if (i[0] == '\\' && i + 1 < end && i[1] == '\\') {
         *o++ = '\\';
         i += 2;
      } else if (i[0] == '\\' && i + 3 < end && i[1] == 'x'
                 && hex_digit(i[2]) >= 0 && hex_digit(i[3]) >= 0
                 && (hex_digit(i[2]) | hex_digit(i[3])) != 0) {
         *o++ = (char)(hex_digit(i[2]) * 16 + hex_digit(i[3]));
         i += 4;
      } else if (attribute && i[0] == '&' && i + 4 < end
                 && memcmp(i, "&#38;", 5) == 0) {
         *o++ = '&';
         i += 5;
      } else
         *o++ = *i++;
   }
   *o = '\0';
   return (size_t)(o - s);
}

/* The escape of the character at S (its class C, LEN bytes) into OUT
   (16 bytes) for libxml2's text writer; returns its length. */
static size_t escape_one(const unsigned char *s, enum bg_char_class c,
                         int len, char *out)
{
   int raw = c == BG_CH_PLAIN || c == BG_CH_SPACE
             || c == BG_CH_VISIBLE_REF;
   if (raw) {
      memcpy(out, s, (size_t)len);
      return (size_t)len;
   }
   if (c == BG_CH_BACKSLASH) {
      out[0] = out[1] = '\\';
      return 2;
   }
   for (int i = 0; i < len; i++)
      bg_utf8_hex_escape(s[i], out + 4 * i);
   return 4 * (size_t)len;
}

char *name_escape_xml(const char *str)
{
   size_t n = strlen(str), o = 0;
   char *d = malloc(4 * n + 1);
   if (!d)
      return NULL;
   for (const unsigned char *s = (const unsigned char *)str; *s;) {
      int len;
      unsigned cp;
      enum bg_char_class c = bg_utf8_class(s, &len, &cp);
      o += escape_one(s, c, len, d + o);
      s += len;
   }
   d[o] = '\0';
   return d;
}
