/* ic_costs.h: iaicount's counters.  Instructions are grouped into
   segments (the instructions of a superblock between two exits: they run
   whole or not at all); a segment is one bg_counters slot, so each
   context (bg_regions.h) counts the runs of each segment, bumped by
   inline IR.  A context's costs are its list of (segment, runs): at the
   end each segment's runs are multiplied out over its entries (source
   line, instructions) into costs per function. */
#ifndef IC_COSTS_H
#define IC_COSTS_H

#include "pub_tool_basics.h"
#include "bg_accum.h"

typedef struct {
   UInt line;        /* bg_symbols line id */
   UInt n_instrs;
} IcSegEntry;

/* The counter array of the current context is published to every thread
   in a slot of its shadow guest state, at this offset of the guest state
   as IR sees it; generated code Gets it once per superblock and adds
   8*segment to it. */
Int ic_costs_base_guest_offset(void);
/* Republishes the current array to TID: call whenever a thread is about to
   run client code (and after a signal handler, whose return restores the
   shadow state saved at its start). */
void ic_costs_publish(ThreadId tid);

void ic_costs_init(void);
/* Registers a segment made of ENTRIES; returns its id. */
UInt ic_costs_new_segment(const IcSegEntry* entries, UInt n_entries);
/* bg_regions listener: costs go to CTX from now on. */
void ic_costs_switch_context(UInt ctx);

/* Makes every context's counts readable: call before the first
   ic_costs_add_context of an output. */
void ic_costs_settle(void);
/* Exclusive Ir per function (bg_symbols ids) of context CTX, added into
   the rows of PER_FN (width 1); returns the context's total. */
ULong ic_costs_add_context(UInt ctx, BgAccum* per_fn);
/* The same per bg_symbols line, into the dense array PER_LINE (one
   counter a line). */
void ic_costs_add_context_lines(UInt ctx, ULong* per_line);

#endif
