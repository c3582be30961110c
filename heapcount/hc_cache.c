/* hc_cache.c: the cache behind heapcount's inline access counting.

   Each access site of the generated code has an entry (hashed from the
   guest instruction's address; reads and writes apart) holding the block
   that site hit last: an access inside it adds its size to the entry's
   pending sum with no call.  Each block heads a list of the entries that
   hold it, so that its pending sums are settled when it is freed or
   moved.  The hull of every block ever allocated lets the generated code
   call a helper only for addresses that may be in the heap; the helper
   applies DHAT's stack filter, finds the block (among the few blocks
   cached last, then in the block map) and gives it to the site's entry.

   A malloc'd block is not cached while custom blocks exist: one of them
   could lie inside it.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_machine.h"
#include "pub_tool_threadstate.h"
#include "hc_alloc.h"
#include "hc_cache.h"

HcCacheRecord hc_cache = { .hull_reach = HC_REACH_EXTRA,
                           .reach_lo = -(Addr)HC_REACH_BIAS };

#define HALF  (HC_ENTRIES / 2)       /* entries [HALF, HC_ENTRIES) count writes */

/* Who holds what: the owner of each entry, and each owner's entries as a
   doubly linked list of indices + 1 (0 ends it; the head is in the
   block). */
static HcBlock* owner[HC_ENTRIES];
static UInt     next_of[HC_ENTRIES], prev_of[HC_ENTRIES];
static UWord    n_malloc_held;       /* entries holding malloc'd blocks */

UInt hc_cache_entry(Addr ip, UInt ordinal, Bool is_write)
{
   ULong h = ((ULong)ip + ordinal * 0x51ULL) * 0x9E3779B97F4A7C15ULL;
   return (UInt)(h >> (64 - HC_SITE_BITS)) + (is_write ? HALF : 0);
}

/* ---- Entries and their owners ---------------------------------------- */

static void settle(UInt i)
{
   if (i < HALF)
      owner[i]->reads += hc_cache.entry[i].pending;
   else
      owner[i]->writes += hc_cache.entry[i].pending;
   hc_cache.entry[i].pending = 0;
}

static void unlink_entry(UInt i)
{
   HcBlock* b = owner[i];
   if (prev_of[i])
      next_of[prev_of[i] - 1] = next_of[i];
   else
      b->cache_entries = next_of[i];
   if (next_of[i])
      prev_of[next_of[i] - 1] = prev_of[i];
   if (!b->custom)
      n_malloc_held--;
   owner[i] = NULL;
}

/* Entry I forgets its block (if any), after settling its sum. */
static void release(UInt i)
{
   if (owner[i] == NULL)
      return;
   settle(i);
   unlink_entry(i);
   hc_cache.entry[i].base = 0;
   hc_cache.entry[i].size = 0;
}

/* Entry I now holds B. */
static void assign(UInt i, HcBlock* b)
{
   release(i);
   owner[i] = b;
   prev_of[i] = 0;
   next_of[i] = b->cache_entries;
   if (b->cache_entries)
      prev_of[b->cache_entries - 1] = i + 1;
   b->cache_entries = i + 1;
   if (!b->custom)
      n_malloc_held++;
   hc_cache.entry[i].base = b->payload;
   hc_cache.entry[i].size = b->size;
}

/* ---- The blocks found last --------------------------------------------
   A site's entry misses mostly when it moves to a block that another
   site (or itself, a while ago) used just before, so a miss looks at the
   last blocks found before the block map. */

#define RECENT 4
static HcBlock* recent[RECENT];

static void recent_push(HcBlock* b)
{
   UInt i;
   for (i = 0; i < RECENT - 1 && recent[i] != b; i++)
      ;
   for (; i > 0; i--)
      recent[i] = recent[i - 1];
   recent[0] = b;
}

static HcBlock* recent_find(Addr a)
{
   UInt i;
   for (i = 0; i < RECENT; i++)
      if (recent[i] && a - recent[i]->payload < recent[i]->size)
         return recent[i];
   return NULL;
}

static void recent_drop(Bool (*gone)(const HcBlock*, const HcBlock*),
                        const HcBlock* b)
{
   UInt i;
   for (i = 0; i < RECENT; i++)
      if (recent[i] && gone(recent[i], b))
         recent[i] = NULL;
}

/* The block holding A, or NULL; *CACHEABLE says whether an entry may
   hold it. */
static HcBlock* lookup(Addr a, Bool* cacheable)
{
   HcBlock* b = recent_find(a);
   *cacheable = True;
   if (b)
      return b;
   b = hc_alloc_find(a);
   if (b == NULL)
      return NULL;
   *cacheable = b->custom || !hc_alloc_has_custom();
   if (*cacheable)
      recent_push(b);
   return b;
}

/* ---- Misses ----------------------------------------------------------- */

/* DHAT's stack filter, on the running thread's SP (the helpers' calls
   declare that they read SP, so the guest state holds its value). */
static Bool near_stack(Addr a)
{
   Addr sp = VG_(get_SP)(VG_(get_running_tid)());
   return a - (sp - VG_STACK_REDZONE_SZB) <= HC_STACK_WINDOW;
}

static inline void count_miss(Addr a, UWord size, UWord stack_ok, UWord i)
{
   Bool cacheable;
   HcBlock* b;
   if (!stack_ok && near_stack(a))
      return;
   b = lookup(a, &cacheable);
   if (b == NULL)
      return;
   if (i < HALF)
      b->reads += size;
   else
      b->writes += size;
   if (cacheable && b != owner[i])
      assign(i, b);
}

/* One helper per common size (the generated code passes three
   arguments), and one for any size. */
#define MISS_HELPER(n)                                                      \
   static VG_REGPARM(3) void miss_##n(Addr a, UWord stack_ok, UWord i)     \
   {                                                                        \
      count_miss(a, n, stack_ok, i);                                        \
   }
MISS_HELPER(1)
MISS_HELPER(2)
MISS_HELPER(4)
MISS_HELPER(8)
MISS_HELPER(16)
MISS_HELPER(32)

static void miss_n(Addr a, UWord stack_ok, UWord i, UWord size)
{
   count_miss(a, size, stack_ok, i);
}

HcMissHelper hc_cache_miss_helper(Int size, Bool is_write)
{
#define CASE(n) \
   case n: return (HcMissHelper){ "hc_miss_" #n, (void*)miss_##n, False };
   switch (size) {
   CASE(1) CASE(2) CASE(4) CASE(8) CASE(16) CASE(32)
   default: return (HcMissHelper){ "hc_miss_n", (void*)miss_n, True };
   }
#undef CASE
}

void hc_cache_count(Addr a, SizeT size, Bool is_write)
{
   Bool cacheable;
   HcBlock* b = lookup(a, &cacheable);
   if (b && is_write)
      b->writes += size;
   else if (b)
      b->reads += size;
}

/* ---- Blocks coming and going ------------------------------------------ */

static void widen_hull(Addr payload, SizeT size)
{
   Addr lo = hc_cache.hull_lo, hi = hc_cache.hull_lo + hc_cache.hull_size;
   if (hc_cache.hull_size == 0 || payload < lo)
      lo = payload;
   if (hc_cache.hull_size == 0 || payload + size > hi)
      hi = payload + size;
   hc_cache.hull_lo = lo;
   hc_cache.hull_size = hi - lo;
   hc_cache.hull_reach = hc_cache.hull_size + HC_REACH_EXTRA;
   hc_cache.reach_lo = hc_cache.hull_lo - HC_REACH_BIAS;
}

static Bool is_malloced(const HcBlock* b, const HcBlock* unused)
{
   return !b->custom;
}

static Bool is_same(const HcBlock* b, const HcBlock* other)
{
   return b == other;
}

void hc_cache_block_added(const HcBlock* b)
{
   UInt i;
   widen_hull(b->payload, b->size);
   if (!b->custom)
      return;
   for (i = 0; i < HC_ENTRIES && n_malloc_held > 0; i++)
      if (owner[i] && !owner[i]->custom)
         release(i);
   recent_drop(is_malloced, NULL);
}

void hc_cache_forget(HcBlock* b)
{
   while (b->cache_entries)
      release(b->cache_entries - 1);
   recent_drop(is_same, b);
}

void hc_cache_flush(void)
{
   UInt i;
   for (i = 0; i < HC_ENTRIES; i++)
      if (owner[i])
         settle(i);
}
