/* bg_simseg.h: the path descriptors of bg_sim (internal to bg_simseg.c
   and bg_siminstr.c).  A path ("segment" below) is what one run of a
   superblock does up to the side exit it leaves by (or its end): it is
   simulated by one helper call made just before that exit, guarded by
   the exit's condition, so a run of a superblock costs one call.  A
   path runs whole or not at all, so one counter of its runs gives its
   Ir, Dr and Dw and its branch counts; its simulated accesses and its
   branches carry miss counters of their own. */
#ifndef BG_SIMSEG_H
#define BG_SIMSEG_H

#include "pub_tool_basics.h"

/* Data addresses of the running segment, stored by inline IR. */
#define BG_SIM_MAX_ADDRS 512
extern UWord bg_sim_addrs[BG_SIM_MAX_ADDRS];

typedef enum {
   BG_SE_I,          /* instruction fetch within one I1 line 'block' */
   BG_SE_IX,         /* instruction fetch of 'size' bytes at 'addr' that
                        straddles two I1 lines */
   BG_SE_D,          /* data access at bg_sim_addrs[buf] */
   BG_SE_DG          /* guarded data access: address 0 = not done */
} BgSimEventKind;

typedef struct {
   UChar  kind;
   UChar  size;
   UChar  is_write;      /* D: counted as Dw (else Dr) */
   UChar  pad;
   UShort buf;           /* D: index in bg_sim_addrs */
   UShort pad2;
   UInt   slot;          /* counters: misses L1 at slot, LL at slot+1,
                            and for BG_SE_DG accesses at slot+2 */
   UInt   line;          /* bg_symbols line id */
   UInt   set_base;      /* BG_SE_I: index of its set in bg_I1.tags */
   Addr   addr;          /* I: instruction address */
   UWord  block;         /* BG_SE_I: addr >> I1 line bits */
} BgSimEvent;

/* What a run of the segment costs each line without simulation. */
typedef struct {
   UInt line;
   UInt n_ir, n_dr, n_dw;
} BgSimLineCost;

/* A branch for the predictors: a conditional one whose outcome on this
   path is TAKEN (0 or 1), or an indirect one (BG_SIM_INDIRECT) whose
   target is the helper's argument. */
#define BG_SIM_INDIRECT 2
typedef struct {
   Addr addr;
   UInt taken;
   UInt slot;            /* its mispredicts */
   UInt line;
} BgSimBranch;

typedef struct BgSimSeg {
   BgSimEvent*    events;
   UInt  n_events, n_branches;
   /* runs in the current context not yet added to counts[runs_slot]
      (kept here, beside what the helper reads anyway, for speed) */
   ULong runs;
   UInt  runs_slot, n_costs;
   BgSimBranch*   branches;
   BgSimLineCost* costs;
   struct BgSimSeg* next_pending;
} BgSimSeg;

/* Counters of the current context; instrumented code adds to them. */
extern ULong* bg_sim_counts;

/* Reserves N consecutive counters in every context; returns the first. */
UInt bg_simseg_new_slots(UInt n);
/* Keeps a copy of S (and of its events and costs); returns it. */
BgSimSeg* bg_simseg_register(const BgSimSeg* s);
/* The helper that runs a segment: ARG is the target of its indirect
   branch, if it ends with one. */
VG_REGPARM(2) void bg_simseg_run(BgSimSeg* s, UWord arg);

#endif
