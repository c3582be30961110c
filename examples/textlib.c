/* textlib.c: the example library (see textlib.h).

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "textlib.h"

uint32_t tl_hash(const char *s, size_t n)
{
   uint32_t h = 2166136261u;
   for (size_t i = 0; i < n; i++) {
      h ^= (unsigned char)s[i];
      h *= 16777619u;
   }
   return h;
}

void tl_sort(int *v, size_t n)
{
   for (size_t i = 1; i < n; i++) {
      int x = v[i];
      size_t j = i;
      for (; j > 0 && v[j - 1] > x; j--)
         v[j] = v[j - 1];
      v[j] = x;
   }
}

static int blank(char c)
{
   return c == ' ' || c == '\t' || c == '\n';
}

size_t tl_words(const char *s)
{
   size_t words = 0;
   int in_word = 0;
   for (; *s; s++) {
      int letter = !blank(*s);
      words += letter && !in_word;
      in_word = letter;
   }
   return words;
}
