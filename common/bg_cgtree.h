/* bg_cgtree.h: the call tree (internal to the bg_cg* files).

   A node is a call path: its parent's path and one more function; node
   0 is the root, above the bottom frame of every thread and of every
   signal handler.  Costs are kept per (node, context) in a "cell"
   (bg_regions.h's contexts: the path of open regions, or collection
   off), so each region has its own call tree: a cell holds the calls
   into its node and the node's inclusive costs (self costs are the
   inclusive ones less the children's, made at the end). */
#ifndef BG_CGTREE_H
#define BG_CGTREE_H

#include "pub_tool_basics.h"

#define BG_CG_ROOT 0u

typedef struct {
   UInt parent;      /* BG_CG_ROOT's parent is itself */
   UInt fn;          /* BgCgFn id (BG_CG_NO_FN for the root) */
   UInt cell_ctx;    /* the context of 'cell' (a cache) */
   UInt cell;
} BgCgNode;

extern BgCgNode* bg_cgtree_nodes;

/* N_EVENTS costs per cell. */
void bg_cgtree_init(UInt n_events);
UInt bg_cgtree_n_events(void);
UInt bg_cgtree_n_nodes(void);

/* The child of PARENT for FN (made if new); a direct-mapped cache in
   front of the map. */
UInt bg_cgtree_child_slow(UInt parent, UInt fn);
#define BG_CGTREE_CACHE 4096
typedef struct { UInt parent, fn, child; } BgCgChildCache;
extern BgCgChildCache bg_cgtree_child_cache[BG_CGTREE_CACHE];
static inline UInt bg_cgtree_child(UInt parent, UInt fn)
{
   const BgCgChildCache* c =
      &bg_cgtree_child_cache[(parent * 31 + fn * 17) & (BG_CGTREE_CACHE - 1)];
   if (c->parent == parent && c->fn == fn)
      return c->child;
   return bg_cgtree_child_slow(parent, fn);
}

/* The cell of NODE in CTX (made if new): [0] the calls into the node,
   [1] the jumps to its function's first instruction while it ran (tail
   recursion, counted as calls), [2 + e] event e's inclusive cost (for
   the root: what ran with no frame at all).  Valid until the next cell
   is made. */
#define BG_CG_CELL_HEAD 2
ULong* bg_cgtree_cell_slow(UInt node, UInt ctx);
extern ULong* bg_cgtree_cells;
extern UInt   bg_cgtree_stride;      /* BG_CG_CELL_HEAD + events */
static inline ULong* bg_cgtree_cell(UInt node, UInt ctx)
{
   const BgCgNode* n = &bg_cgtree_nodes[node];
   if (n->cell_ctx == ctx)
      return bg_cgtree_cells + (SizeT)n->cell * bg_cgtree_stride;
   return bg_cgtree_cell_slow(node, ctx);
}

/* The cells of CTX: *N of them; cell i belongs to node NODES[i] and its
   data is bg_cgtree_cell_data(CELLS[i]). */
void bg_cgtree_cells_of(UInt ctx, UInt* n, const UInt** nodes,
                        const UInt** cells);
const ULong* bg_cgtree_cell_data(UInt cell);

#endif
