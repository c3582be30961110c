/* bg_cgtree.h: the call tree (internal to the bg_cg* files).

   A node is a call path: its parent's path and one more function; node
   0 is the root, above the bottom frame of every thread and of every
   signal handler.  Costs are kept per (node, context) in a "cell"
   (bg_regions.h's contexts: the path of open regions, or collection
   off), so each region has its own call tree: a cell holds the calls
   into its node and the costs spent in the node itself (its "self"
   costs; inclusive costs are sums over subtrees, made at the end). */
#ifndef BG_CGTREE_H
#define BG_CGTREE_H

#include "pub_tool_basics.h"

#define BG_CG_ROOT 0u

typedef struct {
   UInt parent;      /* BG_CG_ROOT's parent is itself */
   UInt fn;          /* BgCgFn id (BG_CG_NO_FN for the root) */
   UInt cell_ctx;    /* the context of 'cell' (a cache) */
   UInt cell;
   UInt last_fn;     /* the child made or found last (a cache) */
   UInt last_child;
} BgCgNode;

extern BgCgNode* bg_cgtree_nodes;

/* N_EVENTS costs per cell. */
void bg_cgtree_init(UInt n_events);
UInt bg_cgtree_n_events(void);
UInt bg_cgtree_n_nodes(void);

/* The child of PARENT for FN (made if new). */
UInt bg_cgtree_child(UInt parent, UInt fn);

/* The cell of NODE in CTX (made if new): [0] the calls into the node,
   [1] the jumps to its function's first instruction while it ran (tail
   recursion, counted as calls), [2 + e] event e's self cost.  Valid
   until the next cell is made. */
#define BG_CG_CELL_HEAD 2
ULong* bg_cgtree_cell_slow(UInt node, UInt ctx);
extern ULong* bg_cgtree_cells;
static inline ULong* bg_cgtree_cell(UInt node, UInt ctx)
{
   BgCgNode* n = &bg_cgtree_nodes[node];
   if (n->cell_ctx == ctx)
      return bg_cgtree_cells
             + (SizeT)n->cell * (BG_CG_CELL_HEAD + bg_cgtree_n_events());
   return bg_cgtree_cell_slow(node, ctx);
}

/* The cells of CTX: *N of them; cell i belongs to node NODES[i] and its
   data is bg_cgtree_cell_data(CELLS[i]). */
void bg_cgtree_cells_of(UInt ctx, UInt* n, const UInt** nodes,
                        const UInt** cells);
const ULong* bg_cgtree_cell_data(UInt cell);

#endif
