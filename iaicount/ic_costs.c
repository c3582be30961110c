/* ic_costs.c: iaicount's segments (what each superblock segment's runs
   cost, per source line), their counters per context (bg_counters), and
   the expansion of a context's counts into per-function costs at the end
   of the run.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_guest.h"
#include "pub_tool_machine.h"
#include "pub_tool_threadstate.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_xarray.h"
#include "bg_counters.h"
#include "bg_symbols.h"
#include "ic_costs.h"

typedef struct {
   UInt first;       /* index of its first entry in 'entries' */
   UInt n_entries;
} Segment;

static ULong* current_counts;   /* what every thread's slot must hold */

static XArray* segments;   /* of Segment, indexed by segment = slot */
static XArray* entries;    /* of IcSegEntry */

/* Offset of the slot inside shadow area 1 (which this tool does not
   otherwise use). */
#define SLOT_IN_SHADOW 0

Int ic_costs_base_guest_offset(void)
{
   return (Int)sizeof(VexGuestArchState) + SLOT_IN_SHADOW;
}

void ic_costs_publish(ThreadId tid)
{
   VG_(set_shadow_regs_area)(tid, 1, SLOT_IN_SHADOW, sizeof current_counts,
                             (const UChar*)&current_counts);
}

/* bg_counters' publish callback. */
static void set_current_counts(ULong* counts)
{
   ThreadId tid = VG_(get_running_tid)();
   current_counts = counts;
   if (tid != VG_INVALID_THREADID)
      ic_costs_publish(tid);
}

void ic_costs_init(void)
{
   segments = VG_(newXA)(VG_(malloc), "ic.segments", VG_(free),
                         sizeof(Segment));
   entries = VG_(newXA)(VG_(malloc), "ic.entries", VG_(free),
                        sizeof(IcSegEntry));
   bg_counters_init(set_current_counts, 4096);
}

void ic_costs_switch_context(UInt ctx)
{
   bg_counters_switch(ctx);
}

UInt ic_costs_new_segment(const IcSegEntry* new_entries, UInt n_entries)
{
   Segment s;
   UInt i, id, slot;
   tl_assert(n_entries > 0);
   s.first = (UInt)VG_(sizeXA)(entries);
   s.n_entries = n_entries;
   for (i = 0; i < n_entries; i++)
      VG_(addToXA)(entries, &new_entries[i]);
   id = (UInt)VG_(addToXA)(segments, &s);
   slot = bg_counters_new_slots(1);
   tl_assert(slot == id);
   return id;
}

void ic_costs_settle(void)
{
   bg_counters_flush();
}

ULong ic_costs_add_context(UInt ctx, BgAccum* per_fn)
{
   BgCounterList c = bg_counters_of(ctx);
   ULong total = 0;
   UInt i, e;
   for (i = 0; i < c.n; i++) {
      const Segment* s = VG_(indexXA)(segments, c.slots[i]);
      ULong runs = c.counts[i];
      for (e = 0; e < s->n_entries; e++) {
         const IcSegEntry* en = VG_(indexXA)(entries, s->first + e);
         ULong ir = runs * en->n_instrs;
         bg_accum_row(per_fn, bg_sym_line(en->line)->fn)[0] += ir;
         total += ir;
      }
   }
   return total;
}

void ic_costs_add_context_lines(UInt ctx, ULong* per_line)
{
   BgCounterList c = bg_counters_of(ctx);
   UInt i, e;
   for (i = 0; i < c.n; i++) {
      const Segment* s = VG_(indexXA)(segments, c.slots[i]);
      for (e = 0; e < s->n_entries; e++) {
         const IcSegEntry* en = VG_(indexXA)(entries, s->first + e);
         per_line[en->line] += c.counts[i] * en->n_instrs;
      }
   }
}
