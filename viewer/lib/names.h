/* names.h: names from a profile (regions, functions, files, objects, the
   command line) between the bytes the program had and the escaped text
   the tools write into the XML (docs/profile.rng: "\\" and "\xHH").  On a
   terminal they go through term_escape.h.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#ifndef VIEWER_NAMES_H
#define VIEWER_NAMES_H

#include <stddef.h>
#include <stdio.h>

/* Decode in place what the tools escaped: "\\" to '\', "\xHH" to the
   byte HH (not 00; any other backslash stays as it is).  With ATTRIBUTE,
   also "&#38;" to '&': libxml2 hands an '&' in an attribute value over so
   when it substitutes no entities.  Returns the new length. */
size_t name_decode(char *s, size_t len, int attribute);

/* S escaped for libxml2's text writer, which escapes markup and white
   space itself: "\\" for '\' and "\xHH" for a byte XML cannot carry or
   that is not part of well-formed UTF-8.  Returns a malloc'd string, or
   NULL when out of memory. */
char *name_escape_xml(const char *s);

#endif
