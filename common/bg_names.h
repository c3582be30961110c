/* bg_names.h: names from the client (regions, functions, files, objects,
   the command line) written so that every distinct byte string stays
   distinct and readable: escaped for the profile XML (the viewers decode
   it back, viewer/lib/names.c) and for the terminal.  The rules are
   bg_utf8.h's. */
#ifndef BG_NAMES_H
#define BG_NAMES_H

#include "pub_tool_basics.h"

/* The longest escape of one character (a 4-byte sequence as "\xHH" x 4). */
#define BG_NAME_MAX_ESCAPE 16

/* Escapes the character at *S for an XML attribute value or text into
   OUT (room for BG_NAME_MAX_ESCAPE bytes, no NUL written), advances *S
   past it and returns the bytes written. */
Int bg_name_xml_char(const HChar** s, HChar* out);

/* S escaped for the terminal into BUF (SIZE > 4 bytes, NUL-terminated),
   as the viewers print names (viewer/lib/term_escape.h): C0 controls and
   DEL as \t, \n, \r or \xNN, bytes that are not UTF-8 as \xNN, C1
   controls and characters that reorder or hide text as \uNNNN.  A name
   too long for BUF ends in "...".  Returns BUF. */
const HChar* bg_name_for_terminal(HChar* buf, SizeT size, const HChar* s);

#endif
