/* bg_utf8.h: what a name from the client holds at one position, for the
   name escapes of the tools (common/bg_names.c) and of the viewers
   (viewer/lib/names.c).  Plain C on unsigned char and int only (no libc,
   no Valgrind headers), so that both sides include the same code.

   The escapes built on it keep every distinct byte string distinct and
   readable: "\\" for a backslash, "\xHH" for a byte that XML cannot carry
   or that is not part of well-formed UTF-8, and (in XML) a character
   reference for a control or format character XML can carry.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */
#ifndef BG_UTF8_H
#define BG_UTF8_H

enum bg_char_class {
   BG_CH_PLAIN,      /* printable ASCII or a visible UTF-8 character */
   BG_CH_BACKSLASH,  /* '\', the escape character itself */
   BG_CH_SPACE,      /* tab, newline, carriage return */
   BG_CH_CONTROL,    /* another C0 control (not an XML character) */
   BG_CH_VISIBLE_REF,/* DEL, a C1 control, or a character that moves or
                        hides text (bidi controls, line separators, zero
                        width marks): XML carries it, a terminal must not
                        see it raw */
   BG_CH_INVALID     /* a byte that starts no well-formed UTF-8 sequence,
                        or the sequence of a non-character XML refuses */
};

/* Classifies the character at S (a NUL-terminated string, *S != 0): sets
   *LEN to the bytes it takes (1 for BG_CH_INVALID: each such byte is
   escaped on its own) and *CP to its code point. */
static inline enum bg_char_class bg_utf8_class(const unsigned char *s,
                                               int *len, unsigned *cp)
{
   unsigned c = s[0], v, min;
   int n, i;
   *len = 1;
   *cp = c;
   if (c < 0x80) {
      if (c == '\\')
         return BG_CH_BACKSLASH;
      if (c == '\t' || c == '\n' || c == '\r')
         return BG_CH_SPACE;
      if (c < 0x20)
         return BG_CH_CONTROL;
      return c == 0x7f ? BG_CH_VISIBLE_REF : BG_CH_PLAIN;
   }
   if (c >= 0xc2 && c <= 0xdf) {
      n = 2; v = c & 0x1f; min = 0x80;
   } else if (c >= 0xe0 && c <= 0xef) {
      n = 3; v = c & 0x0f; min = 0x800;
   } else if (c >= 0xf0 && c <= 0xf4) {
      n = 4; v = c & 0x07; min = 0x10000;
   } else
      return BG_CH_INVALID;
   for (i = 1; i < n; i++) {
      if ((s[i] & 0xc0) != 0x80)
         return BG_CH_INVALID;
      v = (v << 6) | (s[i] & 0x3f);
   }
   if (v < min || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)
       || v == 0xfffe || v == 0xffff)
      return BG_CH_INVALID;
   *len = n;
   *cp = v;
   if (v <= 0x9f                               /* C1 controls */
       || v == 0x61c || v == 0x200e || v == 0x200f
       || (v >= 0x200b && v <= 0x200d)         /* zero width */
       || (v >= 0x2028 && v <= 0x202e)         /* separators, bidi */
       || (v >= 0x2066 && v <= 0x2069)         /* bidi isolates */
       || v == 0xfeff)
      return BG_CH_VISIBLE_REF;
   return BG_CH_PLAIN;
}

/* "\xHH" for byte B into OUT (4 bytes, no NUL). */
static inline void bg_utf8_hex_escape(unsigned b, char *out)
{
   static const char digits[] = "0123456789abcdef";
   out[0] = '\\';
   out[1] = 'x';
   out[2] = digits[(b >> 4) & 15];
   out[3] = digits[b & 15];
}

#endif
