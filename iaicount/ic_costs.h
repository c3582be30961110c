/* ic_costs.h: iaicount's counters.  Instructions are grouped into
   segments (the instructions of a superblock between two exits: they run
   whole or not at all); each context (bg_regions.h) has one 64-bit
   execution counter per segment, bumped by inline IR. */
#ifndef IC_COSTS_H
#define IC_COSTS_H

#include "pub_tool_basics.h"

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

/* Exclusive Ir per function (bg_symbols ids) of context CTX, added into
   PER_FN (bg_sym_n_functions() entries); returns the context's total. */
ULong ic_costs_add_context(UInt ctx, ULong* per_fn);

#endif
