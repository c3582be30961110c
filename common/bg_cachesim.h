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

/* A cache's state.  Each way holds a 32-bit encoding of the block in it:
   (block >> tag_shift) + 1, where 0 is no block (the low bits a set
   implies can go: LL drops them to reach every address below 2^47).
   Blocks whose encoding does not fit (at or above fit_limit) turn the
   cache "wide" for the rest of the run: the ways then live as whole
   block numbers in WIDE.  Set 0 starts full of block 0 and the others
   empty: cachegrind's caches start full of block 0, which only set 0 can
   hold.

   I1 and D1 also keep, per set, the whole block number + 1 of the MRU
   way (0: none) in MRU: the instrumented code compares an access with
   it (bg_simemit.c), whatever the ways' encoding. */
typedef struct {
   BgCacheConfig cfg;
   UInt   line_bits;     /* log2(line_size) */
   UWord  set_mask;      /* sets - 1 */
   UInt   assoc;
   UInt   set_bits;      /* log2(sets) */
   UInt   tag_shift;     /* 0 (I1, D1) or set_bits (LL) */
   UInt*  tags;          /* sets * assoc encodings, MRU first */
   UWord  fit_limit;     /* blocks below it are encoded; 0 once wide */
   UWord* wide;          /* sets * assoc block numbers once wide, else NULL */
   UWord* mru;           /* I1, D1: per set, MRU block + 1; LL: NULL */
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

/* The encoding of a block held in no way (the inline checks never
   compare equal to it). */
#define BG_TAG_NONE 0u

/* --- the LRU lookup of one set ------------------------------------- */

/* One reference of ENC to the ASSOC-way set SET, MRU first: ENC moves to
   the front, the ways before its old place (all of them on a miss) move
   back one; True on a miss.  Whatever the way ENC was in (or none), the
   set becomes ENC followed by the old ways before that place, so the
   vector version finds the place with one compare of four ways at a
   time, and moves the ways with a blend of each group of four and the
   same group shifted by one way, with no branch that depends on the
   data.  Each group is loaded and stored whole, at the same place, so
   that a lookup right after another of the same set reads what the
   first one stored without waiting for it to reach the cache.  It reads
   (and writes back unchanged) up to three entries past the set: tables
   have that much room after them. */
#if defined(__SSE2__)
typedef UInt  BgLruV4 __attribute__((vector_size(16), aligned(4)));
typedef Int   BgLruV4i __attribute__((vector_size(16)));
typedef float BgLruV4f __attribute__((vector_size(16)));
typedef long long BgLruV2 __attribute__((vector_size(16)));
#define BG_LRU_MAX_VEC_ASSOC 32    /* ways in the match mask */

static inline __attribute__((always_inline))
Bool bg_lru_ref_vec(UInt* set, UInt assoc, UInt enc)
{
   const UInt n = (assoc + 3) / 4;
   const BgLruV4 key = { enc, enc, enc, enc };
   const BgLruV4i lanes = { 0, 1, 2, 3 };
   BgLruV4 prev = key, cur;
   UInt found = 0, pos, k;
   BgLruV4i upto;
#pragma GCC unroll 8
   for (k = 0; k < n; k++) {
      cur = *(const BgLruV4*)(set + 4 * k);
      found |= (UInt)__builtin_ia32_movmskps((BgLruV4f)(cur == key))
               << (4 * k);
   }
   found &= (UInt)(((ULong)1 << assoc) - 1);
   /* the way ENC was in, or the last one */
   pos = (UInt)__builtin_ctz(found | (1u << (assoc - 1)));
   upto = (BgLruV4i){ (Int)pos, (Int)pos, (Int)pos, (Int)pos };
#pragma GCC unroll 8
   for (k = 0; k < n; k++) {
      /* each way's old neighbour before it (ENC before the first) */
      BgLruV4 take = (BgLruV4)(lanes + (Int)(4 * k) <= upto), before;
      cur = *(const BgLruV4*)(set + 4 * k);
      before = (BgLruV4)(__builtin_ia32_pslldqi128((BgLruV2)cur, 32)
                         | __builtin_ia32_psrldqi128((BgLruV2)prev, 96));
      *(BgLruV4*)(set + 4 * k) = (before & take) | (cur & ~take);
      prev = cur;
   }
   return found == 0;
}
#endif

static inline Bool bg_lru_ref_scalar(UInt* set, UInt assoc, UInt enc)
{
   UInt prev = set[0], cur, i;
   set[0] = enc;
   for (i = 1; i < assoc; i++) {
      cur = set[i];
      set[i] = prev;
      if (cur == enc)
         return False;
      prev = cur;
   }
   return True;
}

static inline __attribute__((always_inline))
Bool bg_lru_ref(UInt* set, UInt assoc, UInt enc)
{
   if (LIKELY(set[0] == enc))
      return False;
   if (assoc == 1) {
      set[0] = enc;
      return True;
   }
   /* the second way (often, two lines of a set in turn), or with two
      ways, a miss: either way ENC, then the old first */
   if (set[1] == enc || assoc == 2) {
      Bool miss = set[1] != enc;
      set[1] = set[0];
      set[0] = enc;
      return miss;
   }
#if defined(__SSE2__)
   switch (assoc) {            /* the usual geometries, unrolled */
   case 4:  return bg_lru_ref_vec(set, 4, enc);
   case 8:  return bg_lru_ref_vec(set, 8, enc);
   case 12: return bg_lru_ref_vec(set, 12, enc);
   case 16: return bg_lru_ref_vec(set, 16, enc);
   default:
      if (assoc > 2 && assoc <= BG_LRU_MAX_VEC_ASSOC)
         return bg_lru_ref_vec(set, assoc, enc);
   }
#endif
   return bg_lru_ref_scalar(set, assoc, enc);
}

/* --- the caches ----------------------------------------------------- */

/* The lookup of a block whose encoding does not fit, or of any block
   once C is wide (bg_cachesim.c). */
Bool bg_cache_wide_ref_is_miss(BgCache* c, UWord block);

/* One lookup of block BLOCK (LRU update); True on a miss. */
static inline __attribute__((always_inline))
Bool bg_cache_set_ref_is_miss(BgCache* c, UWord block)
{
   UWord set_no = block & c->set_mask;
   if (c->mru != NULL)
      c->mru[set_no] = block + 1;
   if (UNLIKELY(block >= c->fit_limit))
      return bg_cache_wide_ref_is_miss(c, block);
   return bg_lru_ref(c->tags + set_no * c->assoc, c->assoc,
                     (UInt)(block >> c->tag_shift) + 1);
}

/* An access of SIZE bytes at A (at most two lines); True on a miss.
   (A straddling access looks up both lines, as cachegrind does.) */
Bool bg_cache_straddle_is_miss(BgCache* c, UWord b1, UWord b2);

static inline __attribute__((always_inline))
Bool bg_cache_ref_is_miss(BgCache* c, Addr a, UWord size)
{
   UWord b1 = a >> c->line_bits;
   UWord b2 = (a + size - 1) >> c->line_bits;
   if (LIKELY(b1 == b2))
      return bg_cache_set_ref_is_miss(c, b1);
   return bg_cache_straddle_is_miss(c, b1, b2);
}

/* --- LL references, looked up late -----------------------------------
   An L1 miss's reference to LL waits in a short queue while the host
   fetches the LL set it needs (LL's table is too large for the host's
   caches: waiting for it was most of the cost of a miss); the queue's
   oldest reference is looked up when a new one arrives at a full queue.
   Lookups keep program order, so every result is what an immediate
   lookup gives; only the counting is late.  An LL miss adds one to
   counter SLOT of the array *COUNTS points to at lookup time, so the
   queue must be drained (bg_cache_ll_drain) before that pointer moves
   to another context's counters, and before counters are read. */

#define BG_LL_QUEUE 16                 /* a power of two */

typedef struct {
   UWord b1, b2;                       /* LL blocks (equal: one line) */
   UWord slot;
} BgLLRef;

typedef struct {
   BgLLRef  ref[BG_LL_QUEUE];
   UInt     head, n;                   /* oldest; how many wait */
   ULong**  counts;
} BgLLQueue;

extern BgLLQueue bg_ll_queue;

/* COUNTS: where the current counter array's address is kept. */
void bg_cache_ll_init(ULong** counts);
/* Looks up every waiting reference. */
void bg_cache_ll_drain(void);

static inline __attribute__((always_inline)) void bg_cache_ll_lookup(const BgLLRef* r)
{
   Bool miss = bg_cache_set_ref_is_miss(&bg_LL, r->b1);
   if (UNLIKELY(r->b2 != r->b1) && bg_cache_set_ref_is_miss(&bg_LL, r->b2))
      miss = True;
   if (miss)
      (*bg_ll_queue.counts)[r->slot]++;
}

static inline __attribute__((always_inline)) void bg_cache_ll_prefetch(UWord block)
{
   __builtin_prefetch(bg_LL.tags + (block & bg_LL.set_mask) * bg_LL.assoc);
}

/* The LL reference of an L1 miss of SIZE bytes at A; counted in SLOT. */
static inline __attribute__((always_inline))
void bg_cache_ll_ref_later(Addr a, UWord size, UWord slot)
{
   BgLLQueue* q = &bg_ll_queue;
   BgLLRef* r;
   UWord b1 = a >> bg_LL.line_bits, b2 = (a + size - 1) >> bg_LL.line_bits;
   bg_cache_ll_prefetch(b1);
   if (UNLIKELY(b2 != b1))
      bg_cache_ll_prefetch(b2);
   r = &q->ref[q->head];
   if (LIKELY(q->n == BG_LL_QUEUE)) {      /* the oldest goes first */
      bg_cache_ll_lookup(r);
      q->head = (q->head + 1) & (BG_LL_QUEUE - 1);
   } else {
      r = &q->ref[(q->head + q->n) & (BG_LL_QUEUE - 1)];
      q->n++;
   }
   r->b1 = b1;
   r->b2 = b2;
   r->slot = slot;
}

/* L1 then (on a miss) LL: counter SLOT counts the L1 misses, SLOT + 1
   the LL misses, as cachegrind's doref counts them. */
void bg_cache_doref_slow(BgCache* l1, Addr a, UWord size, UWord slot);

/* The same, settling at once the case the instrumented code calls for
   most often: a hit on the second way of an L1 set (two lines of one set
   in turn), which swaps the first two ways.  Everything else goes out
   of line, so that the helpers inlining this stay small. */
static inline __attribute__((always_inline))
void bg_cache_doref(BgCache* l1, Addr a, UWord size, UWord slot)
{
   UWord b1 = a >> l1->line_bits;
   if (LIKELY(b1 == (a + size - 1) >> l1->line_bits && b1 < l1->fit_limit
              && l1->assoc > 1)) {
      UWord set_no = b1 & l1->set_mask;
      UInt* set = l1->tags + set_no * l1->assoc;
      UInt enc = (UInt)b1 + 1;         /* (an L1's tag_shift is 0) */
      if (set[1] == enc) {
         set[1] = set[0];
         set[0] = enc;
         l1->mru[set_no] = b1 + 1;
         return;
      }
   }
   bg_cache_doref_slow(l1, a, size, slot);
}

#endif
