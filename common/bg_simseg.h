/* bg_simseg.h: bg_sim's superblock descriptors, counters and run-time
   helpers (internal to bg_simseg.c, bg_siminstr.c and bg_simemit.c).

   The instrumented code simulates every access inline, in program order:
   an access to the MRU line of its L1 set changes nothing and costs a
   compare; anything else calls a helper below, which does the full LRU
   lookup and counts the misses.  Branches run through the predictor
   inline.  What is counted at run time:
   - per path of a superblock (what one run does up to the side exit it
     leaves by, or its end): its runs, from which its static costs (Ir,
     Dr, Dw, Bc, Bi per line) follow;
   - per site (an access or branch that can miss): its misses, in one
     to three consecutive counters.
   The counters are bg_counters slots; a superblock's slots are
   consecutive (reserved while it is instrumented), so a slot leads to
   its superblock. */
#ifndef BG_SIMSEG_H
#define BG_SIMSEG_H

#include "pub_tool_basics.h"
#include "bg_sim.h"

/* What a line costs a run, without simulation. */
typedef struct {
   UInt line;
   UInt n_ir, n_dr, n_dw, n_bc, n_bi;
} BgSimLineCost;

/* A path: RUNS_SLOT counts its runs; each costs the first N_COSTS
   entries of its superblock's costs. */
typedef struct {
   UInt runs_slot;
   UInt n_costs;
} BgSimPath;

/* N counters from SLOT, added to events EV[0..N) of LINE. */
typedef struct {
   UInt  slot;
   UInt  line;
   UChar n;
   UChar ev[3];
} BgSimSite;

typedef struct {
   UInt first_slot, n_slots;  /* the superblock's counters */
   UInt n_costs, n_paths, n_sites;
   BgSimLineCost* costs;
   BgSimPath*     paths;      /* by increasing n_costs */
   BgSimSite*     sites;
} BgSimBlock;

/* Counters of the current context; instrumented code adds to them. */
extern ULong* bg_sim_counts;

/* Keeps a copy of B's arrays for the expansion (in the order of their
   slots). */
void bg_simseg_register(const BgSimBlock* b);

/* counts[SLOT]++. */
VG_REGPARM(1) void bg_simseg_count(UWord slot);

/* The helpers' second argument: the access's first counter and its size
   in bytes. */
#define BG_SIM_PACK(slot, size) (((ULong)(slot) << 8) | (ULong)(size))

/* An instruction fetch: everything about it is known when it is
   instrumented, so its helper gets one argument. */
typedef struct {
   Addr  addr;
   ULong packed;        /* BG_SIM_PACK(slot, size) */
} BgSimFetch;

/* An access of I1 (fetch) or D1 (data) that is not to the MRU line of
   its set (or straddles two lines): the full lookup, L1 then LL. */
VG_REGPARM(1) void bg_simseg_ref_I(const BgSimFetch* f);
VG_REGPARM(2) void bg_simseg_ref_D(Addr a, UWord packed);
/* A guarded data access whose guard held: counted (third counter) and,
   with the caches on, simulated. */
VG_REGPARM(2) void bg_simseg_ref_DG(Addr a, UWord packed);

/* The same that also add their events to the call graph's running
   totals (bg_simcg.c): reads (r) or writes (w). */
VG_REGPARM(1) void bg_simcg_ref_I(const BgSimFetch* f);
VG_REGPARM(2) void bg_simcg_ref_Dr(Addr a, UWord packed);
VG_REGPARM(2) void bg_simcg_ref_Dw(Addr a, UWord packed);
VG_REGPARM(2) void bg_simcg_ref_DGr(Addr a, UWord packed);
VG_REGPARM(2) void bg_simcg_ref_DGw(Addr a, UWord packed);

#endif
