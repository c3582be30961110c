/* bg_map.h: a hash map from 64-bit keys to 32-bit values, open
   addressing with linear probing, growing at half full.  The key
   0xFFFFFFFFFFFFFFFF is reserved.  Used where a lookup sits on a hot
   path (the call graph's nodes and costs) or where many keys are
   expected. */
#ifndef BG_MAP_H
#define BG_MAP_H

#include "pub_tool_basics.h"

#define BG_MAP_NONE 0xFFFFFFFFu

typedef struct {
   ULong* keys;
   UInt*  values;
   UInt   size;          /* a power of two */
   UInt   used;
   const HChar* cc;      /* cost centre of its blocks */
} BgMap;

void bg_map_init(BgMap* m, const HChar* cc, UInt initial_size);
void bg_map_free(BgMap* m);
void bg_map_clear(BgMap* m);

/* KEY's value, or BG_MAP_NONE. */
UInt bg_map_get(const BgMap* m, ULong key);
/* Sets KEY's value (VALUE != BG_MAP_NONE). */
void bg_map_put(BgMap* m, ULong key, UInt value);

static inline ULong bg_map_pair(UInt a, UInt b)
{
   return ((ULong)a << 32) | b;
}

#endif
