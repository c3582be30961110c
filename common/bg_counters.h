/* bg_counters.h: the 64-bit counters that instrumented code bumps, one
   set per context (bg_regions.h), indexed by "slot" (iaicount: one slot
   per superblock segment; bg_sim: per path and per access site).

   The instrumented code bumps counts[slot] inline through one pointer:
   the current context's *working array*, flat, covering every slot
   reserved so far.  Only the BG_COUNTERS_WORKING contexts most recently
   current own a working array.  Every context also owns a *list*: its
   non-zero counters as (slot, count) pairs in ascending slot order.

   When a context that owns no working array becomes current, the least
   recently current owner gives up its array: its non-zero counters are
   added into that owner's list and zeroed (a "harvest": one scan of the
   array), and the array goes to the new context.  So

   - a context costs memory in proportion to the code that ran in it (a
     list entry per counter it bumped), not to all the code translated;
   - switching among a few contexts (a region entered in a loop, nested
     regions, collection toggled) only swaps a pointer; a switch to a
     context outside the working set costs one scan of an array;
   - the instrumented code is the same as with one flat array per context.

   The counts of BG_CTX_OFF (collection off) are dropped when harvested.

   The pointer the instrumented code uses is handed to the tool through
   the publish callback whenever it changes (a switch, or a working array
   grown when slots are reserved).  An array that grows is copied and the
   old one is kept (never freed), and an array that goes to another
   context is reused: so the tool must make every thread use the newest
   pointer before it runs client code again (iaicount republishes it to
   a thread's shadow state when the thread is scheduled and after a
   signal handler returns; bg_sim keeps it in one global).

   Reading, at the end of the run or before an execve: bg_counters_flush
   harvests every working array; after it, bg_counters_of gives each
   context's complete list. */
#ifndef BG_COUNTERS_H
#define BG_COUNTERS_H

#include "pub_tool_basics.h"

#define BG_COUNTERS_WORKING 8

typedef void (*BgCountersPublish)(ULong* counts);

/* MIN_CAPACITY: counters a working array starts with. */
void bg_counters_init(BgCountersPublish publish, UInt min_capacity);

/* Reserves N consecutive slots (zero in every context); returns the
   first. */
UInt bg_counters_new_slots(UInt n);
UInt bg_counters_n_slots(void);

/* bg_regions listener: counts go to CTX from now on. */
void bg_counters_switch(UInt ctx);

/* Moves every working array's counts into the lists. */
void bg_counters_flush(void);

/* CTX's non-zero counters after the last flush. */
typedef struct {
   UInt         n;
   const UInt*  slots;     /* ascending */
   const ULong* counts;
} BgCounterList;
BgCounterList bg_counters_of(UInt ctx);

#endif
