/* bg_map.c: 64-bit keys to 32-bit values (bg_map.h).

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_mallocfree.h"
#include "bg_map.h"

#define EMPTY_KEY 0xFFFFFFFFFFFFFFFFULL

static UInt slot_of(ULong key, UInt size)
{
   ULong h = key * 0x9E3779B97F4A7C15ULL;
   return (UInt)(h >> 32 ^ h) & (size - 1);
}

static void alloc_slots(BgMap* m, UInt size)
{
   UInt i;
   m->size = size;
   m->keys = VG_(malloc)(m->cc, (SizeT)size * sizeof(ULong));
   m->values = VG_(malloc)(m->cc, (SizeT)size * sizeof(UInt));
   for (i = 0; i < size; i++)
      m->keys[i] = EMPTY_KEY;
}

void bg_map_init(BgMap* m, const HChar* cc, UInt initial_size)
{
   UInt size = 16;
   while (size < initial_size)
      size *= 2;
   m->cc = cc;
   m->used = 0;
   alloc_slots(m, size);
}

void bg_map_free(BgMap* m)
{
   VG_(free)(m->keys);
   VG_(free)(m->values);
   m->keys = NULL;
   m->values = NULL;
}

void bg_map_clear(BgMap* m)
{
   UInt i;
   for (i = 0; i < m->size; i++)
      m->keys[i] = EMPTY_KEY;
   m->used = 0;
}

UInt bg_map_get(const BgMap* m, ULong key)
{
   UInt i;
   for (i = slot_of(key, m->size); m->keys[i] != EMPTY_KEY;
        i = (i + 1) & (m->size - 1))
      if (m->keys[i] == key)
         return m->values[i];
   return BG_MAP_NONE;
}

static void grow(BgMap* m)
{
   ULong* old_keys = m->keys;
   UInt* old_values = m->values;
   UInt old_size = m->size, i, j;
   alloc_slots(m, old_size * 2);
   for (i = 0; i < old_size; i++) {
      if (old_keys[i] == EMPTY_KEY)
         continue;
      for (j = slot_of(old_keys[i], m->size); m->keys[j] != EMPTY_KEY;
           j = (j + 1) & (m->size - 1))
         ;
      m->keys[j] = old_keys[i];
      m->values[j] = old_values[i];
   }
   VG_(free)(old_keys);
   VG_(free)(old_values);
}

void bg_map_put(BgMap* m, ULong key, UInt value)
{
   UInt i;
   tl_assert(key != EMPTY_KEY && value != BG_MAP_NONE);
   for (i = slot_of(key, m->size); m->keys[i] != EMPTY_KEY;
        i = (i + 1) & (m->size - 1))
      if (m->keys[i] == key) {
         m->values[i] = value;
         return;
      }
   m->keys[i] = key;
   m->values[i] = value;
   if (++m->used * 2 > m->size)
      grow(m);
}
