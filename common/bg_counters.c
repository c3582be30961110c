/* bg_counters.c: per-context counters: a few flat working arrays for the
   contexts most recently current, and a sorted list of (slot, count) for
   every context (bg_counters.h).

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_xarray.h"
#include "bg_regions.h"
#include "bg_counters.h"

#define NO_CTX     0xFFFFFFFFu
#define NO_WORKING (-1)

typedef struct {
   ULong* counts;        /* CAPACITY counters */
   UInt   capacity;
   UInt   owner;         /* a context, or NO_CTX */
   ULong  last_current;  /* when the owner was last made current */
} Working;

/* A context's list; COUNTS and SLOTS share one block (COUNTS first). */
typedef struct {
   UInt   n;
   Int    working;       /* index in 'working', or NO_WORKING */
   ULong* counts;
   UInt*  slots;
} List;

static Working working[BG_COUNTERS_WORKING];
static XArray* lists;              /* of List, by context */
static UInt    n_slots;
static UInt    min_capacity;
static UInt    current = NO_CTX;
static ULong   switches;
static BgCountersPublish publish;

/* What a harvest found, before it is merged into a list. */
static UInt*  found_slots;
static ULong* found_counts;
static UInt   found_capacity;

void bg_counters_init(BgCountersPublish publish_fn, UInt min_cap)
{
   UInt i;
   publish = publish_fn;
   min_capacity = min_cap;
   lists = VG_(newXA)(VG_(malloc), "bg.counters.lists", VG_(free),
                      sizeof(List));
   for (i = 0; i < BG_COUNTERS_WORKING; i++)
      working[i].owner = NO_CTX;
}

UInt bg_counters_n_slots(void)
{
   return n_slots;
}

static List* list_of(UInt ctx)
{
   static const List none = { 0, NO_WORKING, NULL, NULL };
   while ((UInt)VG_(sizeXA)(lists) <= ctx)
      VG_(addToXA)(lists, &none);
   return VG_(indexXA)(lists, ctx);
}

/* ---- working arrays ------------------------------------------------ */

/* Makes W cover every slot; True if it moved.  The old block is not
   freed (see bg_counters.h). */
static Bool cover_all_slots(Working* w)
{
   UInt cap;
   ULong* grown;
   if (n_slots <= w->capacity)
      return False;
   cap = w->capacity ? w->capacity : min_capacity;
   while (cap < n_slots)
      cap *= 2;
   grown = VG_(calloc)("bg.counters.working", cap, sizeof(ULong));
   if (w->capacity > 0)
      VG_(memcpy)(grown, w->counts, w->capacity * sizeof(ULong));
   w->counts = grown;
   w->capacity = cap;
   return True;
}

static void keep_found(UInt slot, ULong count, UInt n)
{
   if (n == found_capacity) {
      found_capacity = found_capacity ? 2 * found_capacity : 1024;
      found_slots = VG_(realloc)("bg.counters.found", found_slots,
                                 found_capacity * sizeof(UInt));
      found_counts = VG_(realloc)("bg.counters.found", found_counts,
                                  found_capacity * sizeof(ULong));
   }
   found_slots[n] = slot;
   found_counts[n] = count;
}

/* Zeroes W's non-zero counters and returns how many there were, kept in
   found_slots/found_counts in slot order.  Eight at a time: most of an
   array is zero. */
static UInt take_nonzero(Working* w)
{
   ULong* c = w->counts;
   UInt i, j, n = 0, end = w->capacity;
   for (i = 0; i < end; i += 8) {
      if (i + 8 <= end && (c[i] | c[i + 1] | c[i + 2] | c[i + 3] | c[i + 4]
                           | c[i + 5] | c[i + 6] | c[i + 7]) == 0)
         continue;
      for (j = i; j < i + 8 && j < end; j++)
         if (c[j] != 0) {
            keep_found(j, c[j], n++);
            c[j] = 0;
         }
   }
   return n;
}

/* ---- lists ------------------------------------------------------------ */

/* How many entries L has once the N counters found are added. */
static UInt merged_size(const List* l, UInt n)
{
   UInt a = 0, b = 0, m = 0;
   while (a < l->n && b < n) {
      if (l->slots[a] < found_slots[b]) {
         a++;
      } else if (found_slots[b] < l->slots[a]) {
         b++;
      } else {
         a++;
         b++;
      }
      m++;
   }
   return m + (l->n - a) + (n - b);
}

/* Adds the N counters found into L. */
static void merge_found(List* l, UInt n)
{
   UInt m = merged_size(l, n), a = 0, b = 0, k = 0;
   ULong* counts = VG_(malloc)("bg.counters.list",
                               (SizeT)m * (sizeof(ULong) + sizeof(UInt)));
   UInt* slots = (UInt*)(counts + m);
   while (a < l->n || b < n) {
      if (b == n || (a < l->n && l->slots[a] < found_slots[b])) {
         slots[k] = l->slots[a];
         counts[k++] = l->counts[a++];
      } else if (a == l->n || found_slots[b] < l->slots[a]) {
         slots[k] = found_slots[b];
         counts[k++] = found_counts[b++];
      } else {
         slots[k] = l->slots[a];
         counts[k++] = l->counts[a++] + found_counts[b++];
      }
   }
   tl_assert(k == m);
   VG_(free)(l->counts);
   l->counts = counts;
   l->slots = slots;
   l->n = m;
}

/* Moves W's counts into its owner's list (or drops them: OFF). */
static void harvest(Working* w)
{
   UInt n = take_nonzero(w);
   if (n > 0 && w->owner != BG_CTX_OFF)
      merge_found(list_of(w->owner), n);
}

/* ---- switching ----------------------------------------------------- */

/* A working array for a context that has none: a free one, else the
   least recently current one's, harvested. */
static Int take_working(void)
{
   Int i, victim = 0;
   for (i = 0; i < BG_COUNTERS_WORKING; i++) {
      if (working[i].owner == NO_CTX)
         return i;
      if (working[i].last_current < working[victim].last_current)
         victim = i;
   }
   tl_assert(working[victim].owner != current);
   harvest(&working[victim]);
   list_of(working[victim].owner)->working = NO_WORKING;
   working[victim].owner = NO_CTX;
   return victim;
}

void bg_counters_switch(UInt ctx)
{
   Working* w;
   Int i = list_of(ctx)->working;
   if (i == NO_WORKING) {
      i = take_working();
      working[i].owner = ctx;
      list_of(ctx)->working = i;
   }
   w = &working[i];
   w->last_current = ++switches;
   current = ctx;
   cover_all_slots(w);
   publish(w->counts);
}

UInt bg_counters_new_slots(UInt n)
{
   UInt first = n_slots;
   tl_assert(n_slots + n > n_slots);
   n_slots += n;
   if (current != NO_CTX) {
      Working* w = &working[list_of(current)->working];
      if (cover_all_slots(w))
         publish(w->counts);
   }
   return first;
}

/* ---- reading --------------------------------------------------------- */

void bg_counters_flush(void)
{
   UInt i;
   for (i = 0; i < BG_COUNTERS_WORKING; i++)
      if (working[i].owner != NO_CTX)
         harvest(&working[i]);
}

BgCounterList bg_counters_of(UInt ctx)
{
   BgCounterList r = { 0, NULL, NULL };
   if (ctx < (UInt)VG_(sizeXA)(lists)) {
      const List* l = VG_(indexXA)(lists, ctx);
      r.n = l->n;
      r.slots = l->slots;
      r.counts = l->counts;
   }
   return r;
}
