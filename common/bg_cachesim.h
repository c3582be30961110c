/* bg_cachesim.h: the I1/D1/LL cache model shared by the tools, with the
   same results as cachegrind 3.19's: set-associative caches with LRU
   replacement, write-allocate, whole block numbers as tags, an access
   that straddles two lines counted once (a miss if either line missed),
   LL consulted only after an L1 miss.  Also owns the --I1/--D1/--LL
   options, their validation, and the choice of geometry (host
   auto-detection or a fixed default).

   The reference functions are inline: they are the hot path of every
   tool that simulates caches. */
#ifndef BG_CACHESIM_H
#define BG_CACHESIM_H

#include "pub_tool_basics.h"

/* A geometry in bytes; -1 everywhere means "not given". */
typedef struct {
   Int size;
   Int assoc;
   Int line_size;
} BgCacheConfig;

typedef struct {
   BgCacheConfig cfg;
   UInt   line_bits;     /* log2(line_size) */
   UWord  set_mask;      /* sets - 1 */
   UInt   assoc;
   UWord* tags;          /* sets * assoc block numbers, MRU first */
   /* LL only, when every address below 2^47 fits: the tags as 32-bit
      numbers (block >> set_bits) instead, half the memory for the one
      table that does not fit in the host's caches (else NULL) */
   UInt*  tags32;
   UInt   set_bits;
   HChar  desc[128];     /* "32768 B, 64 B, 8-way associative" */
} BgCache;

extern BgCache bg_I1, bg_D1, bg_LL;

/* --- options -------------------------------------------------------- */

typedef struct {
   BgCacheConfig I1, D1, LL;
} BgCacheOptions;

void bg_cache_options_init(BgCacheOptions* o);
/* Handles --I1=, --D1=, --LL= (and --L2=); refuses a bad geometry with
   Valgrind's bad-option message.  False if ARG is none of them. */
Bool bg_cache_process_option(BgCacheOptions* o, const HChar* arg);
void bg_cache_print_usage(void);

/* --- set-up (post_clo_init) ----------------------------------------- */

/* Chooses the geometry: each cache given on the command line wins;
   the others come from FIXED if not NULL, else from the host
   (cachegrind's auto-detection, defaults and LL adjustment).  Exits like
   cachegrind when the smallest line is below the largest guest register.
   TOOL names the tool in that message.  Then allocates empty caches. */
void bg_cache_configure(const BgCacheOptions* o, const BgCacheOptions* fixed,
                        const HChar* tool);
Int  bg_cache_min_line_size(void);

/* --- simulation ----------------------------------------------------- */

/* One lookup of block BLOCK in set SET (LRU update); True on a miss. */
static inline Bool bg_cache_set_ref_is_miss(BgCache* c, UWord block)
{
   UInt   assoc = c->assoc;      /* (the stores below may alias *c) */
   UWord* set = c->tags + (block & c->set_mask) * assoc;
   UWord  prev, cur;
   UInt   i;
   if (LIKELY(set[0] == block))
      return False;
   prev = set[0];
   set[0] = block;
   for (i = 1; i < assoc; i++) {
      cur = set[i];
      set[i] = prev;
      if (cur == block)
         return False;
      prev = cur;
   }
   return True;
}

/* A tag of tags32 that no block has: the sets other than set 0 start
   full of it (cachegrind's caches start full of block 0, which only set
   0 can hold).  A block beyond 2^47 (only an access that faults can
   have one) saturates at BG_TAG32_MAX. */
#define BG_TAG32_NONE 0xFFFFFFFFu
#define BG_TAG32_MAX  0xFFFFFFFEu

/* bg_cache_set_ref_is_miss on tags32. */
static inline Bool bg_cache_set_ref_is_miss32(BgCache* c, UWord block)
{
   UInt   assoc = c->assoc;
   UWord  high = block >> c->set_bits;
   UInt   tag = high > BG_TAG32_MAX ? BG_TAG32_MAX : (UInt)high;
   UInt*  set = c->tags32 + (block & c->set_mask) * assoc;
   UInt   prev, cur;
   UInt   i;
   if (LIKELY(set[0] == tag))
      return False;
   prev = set[0];
   set[0] = tag;
   for (i = 1; i < assoc; i++) {
      cur = set[i];
      set[i] = prev;
      if (cur == tag)
         return False;
      prev = cur;
   }
   return True;
}

/* One lookup of BLOCK in LL. */
static inline Bool bg_cache_ll_set_ref_is_miss(UWord block)
{
   extern BgCache bg_LL;
   return bg_LL.tags32 != NULL ? bg_cache_set_ref_is_miss32(&bg_LL, block)
                               : bg_cache_set_ref_is_miss(&bg_LL, block);
}

/* An access of SIZE bytes at A to LL (at most two lines). */
static inline Bool bg_cache_ll_ref_is_miss(Addr a, UWord size)
{
   extern BgCache bg_LL;
   UWord b1 = a >> bg_LL.line_bits;
   UWord b2 = (a + size - 1) >> bg_LL.line_bits;
   Bool miss;
   if (LIKELY(b1 == b2))
      return bg_cache_ll_set_ref_is_miss(b1);
   miss = bg_cache_ll_set_ref_is_miss(b1);
   if (bg_cache_ll_set_ref_is_miss(b2))
      miss = True;
   return miss;
}

/* An access of SIZE bytes at A (at most two lines); True on a miss. */
static inline Bool bg_cache_ref_is_miss(BgCache* c, Addr a, UWord size)
{
   UWord b1 = a >> c->line_bits;
   UWord b2 = (a + size - 1) >> c->line_bits;
   Bool miss;
   if (LIKELY(b1 == b2))
      return bg_cache_set_ref_is_miss(c, b1);
   miss = bg_cache_set_ref_is_miss(c, b1);
   if (bg_cache_set_ref_is_miss(c, b2))
      miss = True;
   return miss;
}

/* L1 then (on a miss) LL; bumps *M1 and *ML like cachegrind's doref. */
static inline void bg_cache_doref(BgCache* l1, Addr a, UWord size,
                                  ULong* m1, ULong* mL)
{
   if (bg_cache_ref_is_miss(l1, a, size)) {
      (*m1)++;
      if (bg_cache_ll_ref_is_miss(a, size))
         (*mL)++;
   }
}

#endif
