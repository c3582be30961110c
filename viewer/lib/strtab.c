/* strtab.c: open-addressing hash table of byte strings (see strtab.h).

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "strtab.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Keys are stored with a length prefix so they may contain NULs. */
static size_t key_len(const char *stored)
{
   size_t len;
   memcpy(&len, stored, sizeof len);
   return len;
}

static const char *key_bytes(const char *stored)
{
   return stored + sizeof(size_t);
}

static uint64_t hash_bytes(const char *s, size_t len)
{
   uint64_t h = 1469598103934665603ULL;   /* FNV-1a */
   for (size_t i = 0; i < len; i++) {
      h ^= (unsigned char)s[i];
      h *= 1099511628211ULL;
   }
   return h;
}

static size_t lookup_slot(const struct strtab *t, const char *key,
                          size_t len)
{
   size_t mask = t->nslots - 1;
   size_t i = (size_t)hash_bytes(key, len) & mask;
   for (;;) {
      size_t s = t->slots[i];
      if (s == 0)
         return i;
      const char *k = t->keys[s - 1];
      if (key_len(k) == len && memcmp(key_bytes(k), key, len) == 0)
         return i;
      i = (i + 1) & mask;
   }
}

static int grow(struct strtab *t)
{
   size_t nslots = t->nslots ? t->nslots * 2 : 64;
   size_t *slots = calloc(nslots, sizeof *slots);
   if (!slots)
      return -1;
   free(t->slots);
   t->slots = slots;
   t->nslots = nslots;
   for (size_t k = 0; k < t->n; k++) {
      const char *stored = t->keys[k];
      size_t i = lookup_slot(t, key_bytes(stored), key_len(stored));
      t->slots[i] = k + 1;
   }
   return 0;
}

size_t strtab_find(const struct strtab *t, const char *key, size_t len)
{
   if (t->nslots == 0)
      return (size_t)-1;
   size_t s = t->slots[lookup_slot(t, key, len)];
   return s ? s - 1 : (size_t)-1;
}

int strtab_add(struct strtab *t, const char *key, size_t len,
               size_t *index, int *added)
{
   *added = 0;
   if (t->nslots) {
      size_t s = t->slots[lookup_slot(t, key, len)];
      if (s) {
         *index = s - 1;
         return 0;
      }
   }
   /* keep the load factor under one half */
   if ((t->n + 1) * 2 > t->nslots && grow(t) < 0)
      return -1;
   if (t->n == t->capkeys) {
      size_t cap = t->capkeys ? t->capkeys * 2 : 16;
      char **keys = realloc(t->keys, cap * sizeof *keys);
      if (!keys)
         return -1;
      t->keys = keys;
      t->capkeys = cap;
   }
   char *stored = malloc(sizeof(size_t) + len + 1);
   if (!stored)
      return -1;
   memcpy(stored, &len, sizeof len);
   memcpy(stored + sizeof(size_t), key, len);
   stored[sizeof(size_t) + len] = '\0';
   t->keys[t->n] = stored;
   t->slots[lookup_slot(t, key, len)] = t->n + 1;
   *index = t->n++;
   *added = 1;
   return 0;
}

const char *strtab_key(const struct strtab *t, size_t i)
{
   return key_bytes(t->keys[i]);
}

void strtab_free(struct strtab *t)
{
   for (size_t i = 0; i < t->n; i++)
      free(t->keys[i]);
   free(t->keys);
   free(t->slots);
   memset(t, 0, sizeof *t);
}
