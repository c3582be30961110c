/* hc_cache.h: what the generated code needs to count an access into a
   heap block without a call: the hull of the heap, and one cache entry
   per access site (the block that site hit last), reached through a
   pointer kept in a shadow guest-state slot; and the helpers it calls
   when an access inside the hull misses its entry. */
#ifndef HC_CACHE_H
#define HC_CACHE_H

#include "pub_tool_basics.h"
#include "hc_blockmap.h"

#define HC_STACK_WINDOW (4096 * 4)  /* DHAT's stack filter: [SP-128, +16K] */

/* How far SP may move within a superblock before the generated code
   checks again that no stack window can reach the hull. */
#define HC_SP_SLACK     (64 * 1024)

/* A stack window widened by HC_SP_SLACK on both sides meets the hull iff
   (SP - reach_lo) <u hull_reach. */
#define HC_REACH_BIAS   (HC_STACK_WINDOW - VG_STACK_REDZONE_SZB + HC_SP_SLACK)
#define HC_REACH_EXTRA  (HC_STACK_WINDOW + 2 * HC_SP_SLACK)

/* An access stores pending + its size into its entry's pending sum on a
   hit and into the sink on a miss, so that the code needs no branch: the
   two are adjacent, indexed by the hit bit. */
typedef struct {
   Addr  base;
   ULong size;                      /* 0: empty */
   ULong sink;
   ULong pending;                   /* read or written since cached */
} HcEntry;

#define HC_SITE_BITS    13
#define HC_ENTRIES      (2 << HC_SITE_BITS)   /* reads, then writes */

typedef struct {
   Addr    hull_lo;                 /* every block ever allocated lies */
   ULong   hull_size;               /* in [hull_lo, hull_lo + hull_size) */
   ULong   hull_reach;              /* hull_size + HC_REACH_EXTRA */
   Addr    reach_lo;                /* hull_lo - HC_REACH_BIAS */
   HcEntry entry[HC_ENTRIES];
} HcCacheRecord;

extern HcCacheRecord hc_cache;

/* The entry of the access site ORDINAL of the guest instruction at IP. */
UInt hc_cache_entry(Addr ip, UInt ordinal, Bool is_write);

/* The helper for a miss: fn(addr, stack_ok, entry[, size]), where
   stack_ok is all ones when no stack window meets the hull (then the
   helper need not apply the stack filter). */
typedef struct {
   const HChar* name;
   void*        fn;
   Bool         takes_size;
} HcMissHelper;
HcMissHelper hc_cache_miss_helper(Int size, Bool is_write);

/* An access by the kernel or the core (no stack filter, no caching). */
void hc_cache_count(Addr a, SizeT size, Bool is_write);

/* B grew the heap (new, moved or resized block). */
void hc_cache_block_added(const HcBlock* b);
/* B is about to change (freed, moved, resized): its pending counts are
   settled and no entry holds it any more. */
void hc_cache_forget(HcBlock* b);
/* Settles every pending count (before reporting). */
void hc_cache_flush(void);

#endif
