/* textlib.h: a small text library, the worked example of benchgrind's
   README (CI gating with iai-gate).

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#ifndef TEXTLIB_H
#define TEXTLIB_H

#include <stddef.h>
#include <stdint.h>

/* FNV-1a hash of the N bytes at S. */
uint32_t tl_hash(const char *s, size_t n);

/* Sort the N ints at V in ascending order (insertion sort: the inputs
   this library sees are short). */
void tl_sort(int *v, size_t n);

/* The number of words (runs of characters other than blanks) in S. */
size_t tl_words(const char *s);

#endif
