/* ic_costs.c: segments and the per-context segment counters of iaicount,
   and their expansion into per-function costs at the end of the run.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_guest.h"
#include "pub_tool_machine.h"
#include "pub_tool_threadstate.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_xarray.h"
#include "bg_regions.h"
#include "bg_symbols.h"
#include "ic_costs.h"

typedef struct {
   UInt first;       /* index of its first entry in 'entries' */
   UInt n_entries;
} Segment;

typedef struct {
   ULong* counts;    /* one per segment */
   UInt   capacity;
} Counters;

static ULong* current_counts;   /* what every thread's slot must hold */

static XArray* segments;   /* of Segment */
static XArray* entries;    /* of IcSegEntry */
static XArray* counters;   /* of Counters, indexed by context id */
static UInt    current_ctx;

void ic_costs_init(void)
{
   segments = VG_(newXA)(VG_(malloc), "ic.segments", VG_(free),
                         sizeof(Segment));
   entries = VG_(newXA)(VG_(malloc), "ic.entries", VG_(free),
                        sizeof(IcSegEntry));
   counters = VG_(newXA)(VG_(malloc), "ic.counters", VG_(free),
                         sizeof(Counters));
}

static UInt n_segments(void)
{
   return (UInt)VG_(sizeXA)(segments);
}

static Counters* counters_of(UInt ctx)
{
   static const Counters none = { NULL, 0 };
   while ((UInt)VG_(sizeXA)(counters) <= ctx)
      VG_(addToXA)(counters, &none);
   return VG_(indexXA)(counters, ctx);
}

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

static void set_current_counts(ULong* counts)
{
   ThreadId tid = VG_(get_running_tid)();
   current_counts = counts;
   if (tid != VG_INVALID_THREADID)
      ic_costs_publish(tid);
}

/* Makes CTX's array cover every segment made so far.  A grown array is a
   new block and the old one is never freed: a thread whose slot still
   holds the old pointer until it is next scheduled can only run code
   translated before the growth, whose segments the old array covers. */
static void cover_all_segments(UInt ctx)
{
   Counters* c = counters_of(ctx);
   UInt need = n_segments(), cap;
   ULong* grown;
   if (need <= c->capacity)
      return;
   cap = c->capacity ? c->capacity : 4096;
   while (cap < need)
      cap *= 2;
   grown = VG_(calloc)("ic.counts", cap, sizeof(ULong));
   if (c->capacity > 0)
      VG_(memcpy)(grown, c->counts, c->capacity * sizeof(ULong));
   c->counts = grown;
   c->capacity = cap;
   if (ctx == current_ctx)
      set_current_counts(grown);
}

void ic_costs_switch_context(UInt ctx)
{
   current_ctx = ctx;
   cover_all_segments(ctx);
   set_current_counts(counters_of(ctx)->counts);
}

UInt ic_costs_new_segment(const IcSegEntry* new_entries, UInt n_entries)
{
   Segment s;
   UInt i, id;
   tl_assert(n_entries > 0);
   s.first = (UInt)VG_(sizeXA)(entries);
   s.n_entries = n_entries;
   for (i = 0; i < n_entries; i++)
      VG_(addToXA)(entries, &new_entries[i]);
   id = (UInt)VG_(addToXA)(segments, &s);
   cover_all_segments(current_ctx);
   return id;
}

ULong ic_costs_add_context(UInt ctx, ULong* per_fn)
{
   const Counters* c = counters_of(ctx);
   ULong total = 0;
   UInt seg, e;
   for (seg = 0; seg < c->capacity && seg < n_segments(); seg++) {
      const Segment* s;
      ULong runs = c->counts[seg];
      if (runs == 0)
         continue;
      s = VG_(indexXA)(segments, seg);
      for (e = 0; e < s->n_entries; e++) {
         const IcSegEntry* en = VG_(indexXA)(entries, s->first + e);
         ULong ir = runs * en->n_instrs;
         per_fn[bg_sym_line(en->line)->fn] += ir;
         total += ir;
      }
   }
   return total;
}
