/* bg_cgtree.c: call-tree nodes and their costs per context
   (bg_cgtree.h).

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_xarray.h"
#include "bg_map.h"
#include "bg_cgfn.h"
#include "bg_cgtree.h"

#define NO_CTX 0xFFFFFFFFu

BgCgNode* bg_cgtree_nodes;
ULong*    bg_cgtree_cells;
UInt      bg_cgtree_stride;
BgCgChildCache bg_cgtree_child_cache[BG_CGTREE_CACHE];

static UInt   n_nodes, nodes_cap;
static UInt   n_cells, cells_cap;
static UInt   n_events;
static BgMap  children;          /* (parent, fn) -> node */
static BgMap  cell_of;           /* (ctx, node) -> cell */

/* Per context, its cells' nodes and ids, in order of creation. */
typedef struct {
   UInt  n, cap;
   UInt* nodes;
   UInt* cells;
} CtxCells;
static CtxCells* by_ctx;
static UInt      by_ctx_cap;

static UInt new_node(UInt parent, UInt fn)
{
   BgCgNode* n;
   if (n_nodes == nodes_cap) {
      nodes_cap = nodes_cap ? 2 * nodes_cap : 1024;
      bg_cgtree_nodes = VG_(realloc)("bg.cgtree.nodes", bg_cgtree_nodes,
                                     (SizeT)nodes_cap * sizeof(BgCgNode));
   }
   n = &bg_cgtree_nodes[n_nodes];
   n->parent = parent;
   n->fn = fn;
   n->cell_ctx = NO_CTX;
   n->cell = 0;
   return n_nodes++;
}

void bg_cgtree_init(UInt n_ev)
{
   UInt i;
   n_events = n_ev;
   bg_cgtree_stride = BG_CG_CELL_HEAD + n_ev;
   for (i = 0; i < BG_CGTREE_CACHE; i++)
      bg_cgtree_child_cache[i].fn = BG_CG_NO_FN;    /* no such key */
   bg_map_init(&children, "bg.cgtree.children", 4096);
   bg_map_init(&cell_of, "bg.cgtree.cellmap", 4096);
   tl_assert(new_node(BG_CG_ROOT, BG_CG_NO_FN) == BG_CG_ROOT);
}

UInt bg_cgtree_n_events(void)
{
   return n_events;
}

UInt bg_cgtree_n_nodes(void)
{
   return n_nodes;
}

UInt bg_cgtree_child_slow(UInt parent, UInt fn)
{
   BgCgChildCache* cache =
      &bg_cgtree_child_cache[(parent * 31 + fn * 17) & (BG_CGTREE_CACHE - 1)];
   UInt c = bg_map_get(&children, bg_map_pair(parent, fn));
   if (c == BG_MAP_NONE) {
      c = new_node(parent, fn);
      bg_map_put(&children, bg_map_pair(parent, fn), c);
   }
   cache->parent = parent;
   cache->fn = fn;
   cache->child = c;
   return c;
}

static CtxCells* ctx_cells(UInt ctx)
{
   if (ctx >= by_ctx_cap) {
      UInt cap = by_ctx_cap ? by_ctx_cap : 64;
      while (cap <= ctx)
         cap *= 2;
      by_ctx = VG_(realloc)("bg.cgtree.byctx", by_ctx, cap * sizeof(CtxCells));
      VG_(memset)(by_ctx + by_ctx_cap, 0,
                  (cap - by_ctx_cap) * sizeof(CtxCells));
      by_ctx_cap = cap;
   }
   return &by_ctx[ctx];
}

static UInt new_cell(UInt node, UInt ctx)
{
   SizeT stride = bg_cgtree_stride;
   CtxCells* cc = ctx_cells(ctx);
   if (n_cells == cells_cap) {
      cells_cap = cells_cap ? 2 * cells_cap : 1024;
      bg_cgtree_cells = VG_(realloc)("bg.cgtree.cells", bg_cgtree_cells,
                                     cells_cap * stride * sizeof(ULong));
   }
   VG_(memset)(bg_cgtree_cells + n_cells * stride, 0, stride * sizeof(ULong));
   if (cc->n == cc->cap) {
      cc->cap = cc->cap ? 2 * cc->cap : 16;
      cc->nodes = VG_(realloc)("bg.cgtree.ctxnodes", cc->nodes,
                               cc->cap * sizeof(UInt));
      cc->cells = VG_(realloc)("bg.cgtree.ctxcells", cc->cells,
                               cc->cap * sizeof(UInt));
   }
   cc->nodes[cc->n] = node;
   cc->cells[cc->n++] = n_cells;
   return n_cells++;
}

ULong* bg_cgtree_cell_slow(UInt node, UInt ctx)
{
   BgCgNode* n = &bg_cgtree_nodes[node];
   UInt c = bg_map_get(&cell_of, bg_map_pair(ctx, node));
   if (c == BG_MAP_NONE) {
      c = new_cell(node, ctx);
      bg_map_put(&cell_of, bg_map_pair(ctx, node), c);
   }
   n->cell_ctx = ctx;
   n->cell = c;
   return bg_cgtree_cells + (SizeT)c * (BG_CG_CELL_HEAD + n_events);
}

void bg_cgtree_cells_of(UInt ctx, UInt* n, const UInt** nodes,
                        const UInt** cells)
{
   if (ctx >= by_ctx_cap) {
      *n = 0;
      *nodes = *cells = NULL;
      return;
   }
   *n = by_ctx[ctx].n;
   *nodes = by_ctx[ctx].nodes;
   *cells = by_ctx[ctx].cells;
}

const ULong* bg_cgtree_cell_data(UInt cell)
{
   return bg_cgtree_cells + (SizeT)cell * (BG_CG_CELL_HEAD + n_events);
}
