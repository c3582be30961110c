/* hc_cache.h: what the generated code needs to count an access into a
   heap block without a call: one cache entry per access site (the block
   that site hit last, or memory that holds no block) and the interval of
   SP where a hit needs no stack filter, reached through a pointer kept in
   a shadow guest-state slot; and the helpers it calls on a miss. */
#ifndef HC_CACHE_H
#define HC_CACHE_H

#include "pub_tool_basics.h"
#include "hc_blockmap.h"

#define HC_STACK_WINDOW (4096 * 4)  /* DHAT's stack filter: [SP-128, +16K] */

/* How far SP may move within a superblock before the generated code
   checks SP again against the safe interval. */
#define HC_SP_SLACK     (16 * 1024)

/* An access stores pending + its size into its entry's pending sum on a
   hit and into the sink on a miss, so that the code needs no branch: the
   two are adjacent, indexed by the hit bit. */
typedef struct {
   Addr  base;
   UWord size;                      /* 0: empty */
   ULong sink;
   ULong pending;                   /* read or written since cached */
} HcEntry;

#define HC_SITE_BITS    13
#define HC_ENTRIES      (2 << HC_SITE_BITS)   /* reads, then writes */

typedef struct {
   Addr    hull_lo;                 /* every block ever allocated lies */
   ULong   hull_size;               /* in [hull_lo, hull_lo + hull_size) */
   Addr    safe_lo;                 /* SP in [safe_lo, safe_lo + safe_len), */
   UWord   safe_len;                /* moving at most HC_SP_SLACK: no stack
                                       window meets a block an entry holds */
   HcEntry entry[HC_ENTRIES];
} HcCacheRecord;

extern HcCacheRecord hc_cache;

void hc_cache_init(void);

/* The entry of a new access site (a read's or a write's). */
UInt hc_cache_new_entry(Bool is_write);

/* The helper for a miss: fn(addr, entry[, size]).  It applies DHAT's
   stack filter itself (on SP, which the call declares it reads). */
typedef struct {
   const HChar* name;
   void*        fn;
   Bool         takes_size;
} HcMissHelper;
HcMissHelper hc_cache_miss_helper(Int size, Bool is_write);

/* Thread TID is about to run (or is back from a signal handler): the
   safe interval is recomputed around its SP. */
void hc_cache_thread_runs(ThreadId tid);

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
