/* hc_cache.c: the cache behind heapcount's inline access counting.

   Each access site of the generated code has an entry (given out in the
   order sites are instrumented; reads and writes apart) holding the block
   that site hit last, or a range of memory that holds no block: an
   access inside it adds its size to the entry's pending sum (never read
   for a void range) with no call.  Each block heads a list of the entries
   that hold it, so that its pending sums are settled when it is freed or
   moved.  On a miss, the helper finds the block (among the few blocks
   found last, then in the block map), applies DHAT's stack filter and
   gives the block, or a void range, to the site's entry.

   DHAT's stack filter needs no test on a hit while SP lies in the safe
   interval (hc_cache.h), which the generated code checks once per stretch
   of a superblock: SP far below or above the hull, or inside a thread's
   stack mapping (the "hole"), whose surroundings no entry may hold.

   A malloc'd block is not cached while custom blocks exist: one of them
   could lie inside it.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_aspacemgr.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_machine.h"
#include "pub_tool_threadstate.h"
#include "hc_blockmap.h"
#include "hc_cache.h"

/* (zeroed data, not initialised data: the kernel maps initialised data
   from the file, and faults in neighbouring pages with each page
   touched, which tripled the resident part of this record) */
HcCacheRecord hc_cache;

void hc_cache_init(void)
{
   hc_cache.safe_len = ~(UWord)0;
}

#define HALF  (HC_ENTRIES / 2)       /* entries [HALF, HC_ENTRIES) count writes */

/* Who holds what: the owner of each entry, and each owner's entries as a
   doubly linked list of indices + 1 (0 ends it; the head is in the
   block). */
static HcBlock* owner[HC_ENTRIES];
static UInt     next_of[HC_ENTRIES], prev_of[HC_ENTRIES];
static UWord    n_malloc_held;       /* entries holding malloc'd blocks */

/* Sites get entries in the order they are instrumented, round the
   table when it is used up (sites then share entries, which only makes
   them miss more): so the memory touched grows with the sites, where
   spreading them by address touched a page of entries (and of owners)
   per site. */
UInt hc_cache_new_entry(Bool is_write)
{
   static UInt next[2];
   UInt i = next[is_write] % HALF;
   next[is_write] = i + 1;
   return i + (is_write ? HALF : 0);
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

/* ---- Memory that holds no block ---------------------------------------
   A site that accesses memory outside the heap (globals, libraries, the
   stack through a pointer) gets an entry covering a range that holds no
   block: everything below the hull, everything from a little above it,
   or a mapping that is not the client heap (a thread's stack inside the
   hull, say) while no custom block exists.  Its accesses then "hit" that
   entry, whose sums go to a block nobody reads, and call nothing.  A
   range stays until a block lands in it; then its entries are released. */

#define VOID_GAP  (64UL << 20)       /* room for the heap to grow upwards */
#define N_VOIDS   8                  /* below, above, then mappings */

typedef struct {
   Bool    set;
   Addr    lo;
   Addr    len;                      /* [lo, lo + len) */
   HcBlock sink;                     /* owner of the entries covering it */
} VoidRange;

static VoidRange voids[N_VOIDS];
static UInt      next_mapping_void = 2;

static Bool in_void(const VoidRange* v, Addr a)
{
   return v->set && a - v->lo < v->len;
}

static void set_void(VoidRange* v, Addr lo, Addr len)
{
   v->set = True;
   v->lo = lo;
   v->len = len;
   v->sink.custom = True;           /* not counted as a malloc'd holder */
}

static void bound_outside_hull(void)
{
   Addr hi = hc_cache.hull_lo + hc_cache.hull_size;
   if (hc_cache.hull_size == 0) {
      set_void(&voids[1], 0, ~(Addr)0);
      return;
   }
   if (!voids[0].set)
      set_void(&voids[0], 0, hc_cache.hull_lo);
   if (!voids[1].set && hi + VOID_GAP > hi)
      set_void(&voids[1], hi + VOID_GAP, -(hi + VOID_GAP));
}

static void release_void(VoidRange* v)
{
   while (v->sink.cache_entries)
      release(v->sink.cache_entries - 1);
   v->set = False;
}

/* A range for the mapping holding A, if it is not the client heap. */
static Int void_for_mapping(Addr a)
{
   const NSegment* seg;
   VoidRange* v;
   if (hc_blocks_have_custom())
      return -1;
   seg = VG_(am_find_nsegment)(a);
   if (seg == NULL || seg->isCH
       || (seg->kind != SkAnonC && seg->kind != SkFileC
           && seg->kind != SkShmC))
      return -1;
   v = &voids[next_mapping_void];
   release_void(v);
   set_void(v, seg->start, seg->end - seg->start + 1);
   next_mapping_void = next_mapping_void + 1 < N_VOIDS
                       ? next_mapping_void + 1 : 2;
   return v - voids;
}

/* A void range holding A (which is in no block), or -1. */
static Int void_range(Addr a)
{
   Int k;
   bound_outside_hull();
   for (k = 0; k < N_VOIDS; k++)
      if (in_void(&voids[k], a))
         return k;
   return void_for_mapping(a);
}

/* Entry I covers void range K. */
static void assign_void(UInt i, Int k)
{
   if (owner[i] != &voids[k].sink)
      assign(i, &voids[k].sink);
   hc_cache.entry[i].base = voids[k].lo;
   hc_cache.entry[i].size = voids[k].len;
}

static void release_voids_in(const HcBlock* b)
{
   Int k;
   for (k = 0; k < N_VOIDS; k++)
      if (voids[k].set && (b->payload - voids[k].lo < voids[k].len
                           || voids[k].lo - b->payload < b->size))
         release_void(&voids[k]);
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
   b = hc_blocks_find(a);
   if (b == NULL)
      return NULL;
   *cacheable = b->custom || !hc_blocks_have_custom();
   if (*cacheable)
      recent_push(b);
   return b;
}

/* ---- The running thread's stack -----------------------------------------
   A thread's stack may lie inside the hull (or just below a heap
   mapping), so that the hull test of stack_ok fails for all its code.
   While SP stays in a mapping that is not the client heap (clear of its
   lowest HC_SP_SLACK bytes), every stack window lies in that mapping's
   zone (the mapping, 128 bytes below, HC_SP_SLACK + 16K above); no entry
   holds a block meeting a zone, so a hit is then never near the stack:
   that range of SP is the "hole", safe although inside the hull. */

#define N_ZONES 16

typedef struct {
   Addr lo;
   Addr len;
} Zone;

static Zone zones[N_ZONES];
static UInt n_zones;

static Bool meets_zone(const HcBlock* b)
{
   UInt z;
   for (z = 0; z < n_zones; z++)
      if (b->payload - zones[z].lo < zones[z].len
          || zones[z].lo - b->payload < b->size)
         return True;
   return False;
}

/* Records a zone (if there is room) and releases the entries holding a
   block that meets it. */
static Bool add_zone(Addr lo, Addr len)
{
   UInt z, i;
   for (z = 0; z < n_zones; z++)
      if (zones[z].lo == lo && zones[z].len == len)
         return True;
   if (n_zones == N_ZONES)
      return False;
   zones[n_zones].lo = lo;
   zones[n_zones].len = len;
   n_zones++;
   for (i = 0; i < HC_ENTRIES; i++)
      if (owner[i] && owner[i]->size && meets_zone(owner[i]))
         release(i);
   return True;
}

static Addr hole_lo, hole_len;       /* the running thread's, if any */

/* The safe interval around SP: the hole, or where every window lies
   below or above the hull. */
static void compute_safe(Addr sp)
{
   Addr hi = hc_cache.hull_lo + hc_cache.hull_size;
   Addr above = hi + VG_STACK_REDZONE_SZB + HC_SP_SLACK;
   Addr reach = HC_STACK_WINDOW - VG_STACK_REDZONE_SZB + HC_SP_SLACK;
   Addr below = hc_cache.hull_lo > reach ? hc_cache.hull_lo - reach : 0;
   hc_cache.safe_lo = 0;
   hc_cache.safe_len = 0;
   if (hc_cache.hull_size == 0)
      hc_cache.safe_len = ~(UWord)0;
   else if (sp - hole_lo < hole_len) {
      hc_cache.safe_lo = hole_lo;
      hc_cache.safe_len = hole_len;
   } else if (sp >= above && above > hi) {
      hc_cache.safe_lo = above;
      hc_cache.safe_len = -above;
   } else if (sp < below)
      hc_cache.safe_len = below;
}

/* The mapping last looked up for the hole, and whose SP it held. */
static ThreadId seg_tid = VG_INVALID_THREADID;
static Addr     seg_lo, seg_len;

static void find_hole(ThreadId tid, Addr sp)
{
   const NSegment* seg;
   SizeT size;
   if (tid == seg_tid && sp - seg_lo < seg_len)
      return;                       /* same thread, same mapping */
   seg = VG_(am_find_nsegment)(sp);
   seg_tid = seg ? tid : VG_INVALID_THREADID;
   seg_lo = seg ? seg->start : 0;
   seg_len = seg ? seg->end + 1 - seg->start : 0;
   hole_lo = hole_len = 0;
   if (seg == NULL || seg->isCH || seg->kind != SkAnonC
       || hc_blocks_have_custom())
      return;
   /* SP in [start + slack, end]: within a stretch, SP stays in
      [start, end + slack], its windows in the zone */
   size = seg->end + 1 - seg->start;
   if (size <= HC_SP_SLACK
       || !add_zone(seg->start - VG_STACK_REDZONE_SZB,
                    size + VG_STACK_REDZONE_SZB + HC_SP_SLACK
                    + HC_STACK_WINDOW))
      return;
   hole_lo = seg->start + HC_SP_SLACK;
   hole_len = size - HC_SP_SLACK;
}

void hc_cache_thread_runs(ThreadId tid)
{
   Addr sp = VG_(get_SP)(tid);
   find_hole(tid, sp);
   compute_safe(sp);
}

/* The hull grew or custom blocks appeared: the running thread's safe
   interval is recomputed. */
static void recompute_safe(void)
{
   ThreadId tid = VG_(get_running_tid)();
   if (tid != VG_INVALID_THREADID)
      compute_safe(VG_(get_SP)(tid));
   else
      hc_cache.safe_len = 0;
}

/* ---- Misses ----------------------------------------------------------- */

/* DHAT's stack filter, on the running thread's SP (the helpers' calls
   declare that they read SP, so the guest state holds its value). */
static Bool near_stack(Addr a)
{
   Addr sp = VG_(get_SP)(VG_(get_running_tid)());
   return a - (sp - VG_STACK_REDZONE_SZB) <= HC_STACK_WINDOW;
}

static inline void count_miss(Addr a, UWord size, UWord i)
{
   Bool cacheable;
   HcBlock* b = NULL;
   Int k;
   if (a - hc_cache.hull_lo < hc_cache.hull_size)
      b = lookup(a, &cacheable);
   if (b == NULL) {
      k = void_range(a);
      if (k >= 0)
         assign_void(i, k);
      return;
   }
   if (near_stack(a))
      return;
   if (i < HALF)
      b->reads += size;
   else
      b->writes += size;
   if (cacheable && b != owner[i] && !meets_zone(b))
      assign(i, b);
}

/* One helper per common size (the generated code passes the address and
   the entry), and one for any size. */
#define MISS_HELPER(n)                                                      \
   static VG_REGPARM(2) void miss_##n(Addr a, UWord i)                     \
   {                                                                        \
      count_miss(a, n, i);                                                  \
   }
MISS_HELPER(1)
MISS_HELPER(2)
MISS_HELPER(4)
MISS_HELPER(8)
MISS_HELPER(16)
MISS_HELPER(32)

static VG_REGPARM(3) void miss_n(Addr a, UWord i, UWord size)
{
   count_miss(a, size, i);
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

/* Whether the hull had to grow to hold [PAYLOAD, PAYLOAD + SIZE). */
static Bool widen_hull(Addr payload, SizeT size)
{
   Addr lo = hc_cache.hull_lo, hi = hc_cache.hull_lo + hc_cache.hull_size;
   if (hc_cache.hull_size != 0 && payload >= lo && payload + size <= hi)
      return False;
   if (hc_cache.hull_size == 0 || payload < lo)
      lo = payload;
   if (hc_cache.hull_size == 0 || payload + size > hi)
      hi = payload + size;
   hc_cache.hull_lo = lo;
   hc_cache.hull_size = hi - lo;
   return True;
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
   Bool grew = widen_hull(b->payload, b->size);
   release_voids_in(b);
   if (b->custom) {
      hole_lo = hole_len = 0;
      seg_tid = VG_INVALID_THREADID;
   }
   if (grew || b->custom)
      recompute_safe();
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
