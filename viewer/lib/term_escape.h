/* term_escape.h: printing names from a profile (regions, functions,
   files: chosen by the profiled program) on a terminal, escaped so that
   no byte of them can move the cursor, start a line, or send the
   terminal a command.  The tools' stderr summaries escape names the same
   way (common/bg_names.c); both classify characters with
   common/bg_utf8.h.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#ifndef VIEWER_TERM_ESCAPE_H
#define VIEWER_TERM_ESCAPE_H

#include <stddef.h>
#include <stdio.h>

/* Write S to OUT with C0 controls and DEL as \t, \n, \r or \xNN, bytes
   that are not UTF-8 as \xNN, and C1 controls, line and paragraph
   separators, bidirectional controls and zero-width marks as \uNNNN.
   Every other character is written as it is.  Returns the number of
   bytes written. */
size_t term_escape(FILE *out, const char *s);

/* The same into BUF (SIZE > 4 bytes, NUL-terminated); a name too long for
   BUF ends in "...".  Returns BUF. */
char *term_escape_buf(const char *s, char *buf, size_t size);

/* S escaped as term_escape writes it, in a malloc'd string; NULL when
   out of memory.  Other escapings (Markdown, JSON) start from this, so a
   name reads the same in every report. */
char *term_escape_dup(const char *s);

#endif
