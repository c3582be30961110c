/* hc_blockmap.h: heapcount's live blocks, the map that finds the block
   an address falls into (page-indexed, no tree search), and the two maps
   of live blocks the tool keeps. */
#ifndef HC_BLOCKMAP_H
#define HC_BLOCKMAP_H

#include "pub_tool_basics.h"

struct HcSite;

typedef struct HcBlock {
   Addr           payload;
   SizeT          size;       /* as requested; 0 is stored as 1 (DHAT) */
   struct HcSite* site;       /* NULL: allocated while collection was off */
   UInt           ctx;        /* bg_regions context at allocation */
   Bool           custom;     /* declared with VALGRIND_MALLOCLIKE_BLOCK */
   ULong          allocd_at;  /* instruction clock at allocation */
   ULong          reads;      /* bytes read / written inside the block */
   ULong          writes;
   UInt           cache_entries;  /* hc_cache: first entry holding it + 1 */
} HcBlock;

typedef struct HcMap HcMap;

HcMap*   hc_map_new(const HChar* cc);
/* Blocks of one map must not overlap. */
void     hc_map_insert(HcMap* m, HcBlock* b);
void     hc_map_remove(HcMap* m, HcBlock* b);
/* The block holding address A, or NULL. */
HcBlock* hc_map_find(const HcMap* m, Addr a);
/* The block starting exactly at A, or NULL. */
HcBlock* hc_map_find_start(const HcMap* m, Addr a);
/* Calls FN on every block (each once). */
void     hc_map_for_each(HcMap* m, void (*fn)(HcBlock*));
UWord    hc_map_n_blocks(const HcMap* m);

/* The live blocks: those of the malloc replacement, and custom blocks
   (VALGRIND_MALLOCLIKE_BLOCK), which may lie inside malloc'd ones.
   hc_alloc fills the maps; the access cache only looks blocks up. */
void     hc_blocks_init(void);
HcMap*   hc_blocks_malloced(void);
HcMap*   hc_blocks_custom(void);
/* The live block holding A (custom blocks first), or NULL. */
HcBlock* hc_blocks_find(Addr a);
/* Are there live custom blocks? */
Bool     hc_blocks_have_custom(void);

#endif
