/* bg_names.c: escaping of names from the client for the profile XML and
   for the tools' messages on the terminal (bg_names.h).

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcprint.h"
#include "bg_names.h"
#include "bg_utf8.h"

/* "&#N;" into OUT; returns its length. */
static Int char_ref(UInt cp, HChar* out)
{
   return VG_(sprintf)(out, "&#%u;", cp);
}

static Int hex_escapes(const UChar* s, Int len, HChar* out)
{
   Int i;
   for (i = 0; i < len; i++)
      bg_utf8_hex_escape(s[i], out + 4 * i);
   return 4 * len;
}

Int bg_name_xml_char(const HChar** sp, HChar* out)
{
   const UChar* s = (const UChar*)*sp;
   Int len, n, i;
   UInt cp;
   switch (bg_utf8_class(s, &len, &cp)) {
   case BG_CH_PLAIN:
      switch (s[0]) {
      case '&': VG_(strcpy)(out, "&amp;"); n = 5; break;
      case '<': VG_(strcpy)(out, "&lt;"); n = 4; break;
      case '>': VG_(strcpy)(out, "&gt;"); n = 4; break;
      case '"': VG_(strcpy)(out, "&quot;"); n = 6; break;
      default:
         for (i = 0; i < len; i++)
            out[i] = (HChar)s[i];
         n = len;
      }
      break;
   case BG_CH_BACKSLASH:
      out[0] = out[1] = '\\';
      n = 2;
      break;
   case BG_CH_SPACE:
   case BG_CH_VISIBLE_REF:
      n = char_ref(cp, out);
      break;
   default:   /* BG_CH_CONTROL, BG_CH_INVALID: no XML character */
      n = hex_escapes(s, len, out);
   }
   *sp += len;
   return n;
}

/* The escape of the character at *S for a terminal into OUT, *S advanced
   past it; returns its length.  The rules of viewer/lib/term_escape.c. */
static Int terminal_char(const UChar** sp, HChar* out)
{
   const UChar* s = *sp;
   Int len, n, k;
   UInt cp;
   switch (bg_utf8_class(s, &len, &cp)) {
   case BG_CH_PLAIN:
   case BG_CH_BACKSLASH:
      for (k = 0; k < len; k++)
         out[k] = (HChar)s[k];
      n = len;
      break;
   case BG_CH_SPACE:
      out[0] = '\\';
      out[1] = cp == '\t' ? 't' : cp == '\n' ? 'n' : 'r';
      n = 2;
      break;
   case BG_CH_VISIBLE_REF:     /* DEL is one, but 1 byte long */
      if (cp != 0x7f) {
         n = VG_(sprintf)(out, "\\u%04x", cp);
         break;
      }
      n = hex_escapes(s, 1, out);
      break;
   default:                    /* BG_CH_CONTROL, BG_CH_INVALID: one byte */
      n = hex_escapes(s, 1, out);
   }
   *sp += len;
   return n;
}

const HChar* bg_name_for_terminal(HChar* buf, SizeT size, const HChar* str)
{
   const UChar* s = (const UChar*)str;
   SizeT n = 0;
   while (*s) {
      HChar piece[BG_NAME_MAX_ESCAPE];
      Int k = terminal_char(&s, piece), i;
      if (n + (SizeT)k + 4 > size) {
         VG_(strcpy)(buf + n, "...");
         return buf;
      }
      for (i = 0; i < k; i++)
         buf[n++] = piece[i];
   }
   buf[n] = '\0';
   return buf;
}
