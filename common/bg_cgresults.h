/* bg_cgresults.h: the call tree folded into what the outputs show, for
   the whole run or one region (a set of contexts):

   - the tree itself (nodes with a cost or a call, and their ancestors),
     with each node's calls, self and inclusive costs;
   - per function, its inclusive costs with recursion counted once (the
     sum over its outermost activations: the nodes with no ancestor of
     the same function) and its calls;
   - per edge caller -> callee, its calls and inclusive costs (the sum
     over the calls: a recursive edge's nested calls count each time, as
     in callgrind).

   Edges and functions are also split by recursion level as callgrind
   does by default (--separate-recs=2): level 1 is an activation with no
   other activation of its function below it, level 2 all the others. */
#ifndef BG_CGRESULTS_H
#define BG_CGRESULTS_H

#include "pub_tool_basics.h"

typedef struct {
   UInt   caller, callee;        /* BgCgFn ids */
   UChar  caller_level, callee_level;   /* 1 or 2 */
   ULong  calls;
   ULong* incl;                  /* n_events */
} BgCgEdge;

typedef struct {
   UInt   n_events;
   /* the tree: parents before children; index 0 is the root */
   UInt   n_nodes;
   UInt*  node;                  /* bg_cgtree ids */
   UInt*  parent;                /* index of the parent (0 for the root) */
   UChar* level;                 /* 1 or 2 (0 for the root) */
   ULong* calls;                 /* calls into it */
   ULong* self;                  /* n_nodes * n_events */
   ULong* incl;                  /* n_nodes * n_events */
   /* per function with a node, ascending BgCgFn id */
   UInt   n_fns;
   UInt*  fn;
   ULong* fn_calls;              /* tail jumps to its entry included */
   ULong* fn_incl;               /* n_fns * n_events */
   ULong* fn_self1;              /* n_fns * n_events: level 1's self */
   UInt   n_edges;
   BgCgEdge* edges;              /* by caller, then callee */
} BgCgResults;

/* Results over contexts CTXS[0..N); nothing is kept between calls but
   the nesting of every node, computed on the first call. */
void bg_cgresults_compute(BgCgResults* r, const UInt* ctxs, UInt n);
void bg_cgresults_free(BgCgResults* r);

/* Over every collected context (the summary), or region REGION's. */
void bg_cgresults_summary(BgCgResults* r);
void bg_cgresults_region(BgCgResults* r, UInt region);

/* The index of function FN in R, or -1. */
Int bg_cgresults_fn_index(const BgCgResults* r, UInt fn);

#endif
