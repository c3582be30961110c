/* bg_simseg.h: the segment descriptors of bg_sim (internal to
   bg_simseg.c and bg_siminstr.c).  A segment is the code of a superblock
   between two side exits: it runs whole or not at all, so one counter
   of its runs gives its Ir, Dr and Dw; its simulated accesses carry
   miss counters of their own. */
#ifndef BG_SIMSEG_H
#define BG_SIMSEG_H

#include "pub_tool_basics.h"

/* Data addresses of the running segment, stored by inline IR. */
#define BG_SIM_MAX_ADDRS 512
extern UWord bg_sim_addrs[BG_SIM_MAX_ADDRS];

typedef enum {
   BG_SE_I,          /* instruction fetch of 'size' bytes at 'addr' */
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
   Addr   addr;          /* I: instruction address */
} BgSimEvent;

/* What a run of the segment costs each line without simulation. */
typedef struct {
   UInt line;
   UInt n_ir, n_dr, n_dw;
} BgSimLineCost;

typedef enum {
   BG_BR_NONE, BG_BR_COND, BG_BR_COND_INVERTED, BG_BR_INDIRECT
} BgSimBranch;

typedef struct {
   BgSimEvent*    events;
   BgSimLineCost* costs;
   UInt  n_events, n_costs;
   UInt  runs_slot;
   UInt  branch;         /* BgSimBranch; its mispredicts at branch_slot */
   UInt  branch_slot;
   UInt  branch_line;
   Addr  branch_addr;
} BgSimSeg;

/* Counters of the current context; instrumented code adds to them. */
extern ULong* bg_sim_counts;

/* Reserves N consecutive counters in every context; returns the first. */
UInt bg_simseg_new_slots(UInt n);
/* Keeps a copy of S (and of its events and costs); returns it. */
BgSimSeg* bg_simseg_register(const BgSimSeg* s);
/* The helper that runs a segment: ARG is the branch outcome (0/1) for
   a conditional branch, the target for an indirect one. */
VG_REGPARM(2) void bg_simseg_run(const BgSimSeg* s, UWord arg);

#endif
