/* bg_cgresults.c: the call tree of a set of contexts folded into nodes,
   functions and edges (bg_cgresults.h).

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_mallocfree.h"
#include "bg_map.h"
#include "bg_regions.h"
#include "bg_cgfn.h"
#include "bg_cgtree.h"
#include "bg_cgresults.h"

#define NONE 0xFFFFFFFFu

/* ---- nesting: whether a node's function is also on the path above --- */

static UChar* nested;          /* by bg_cgtree id */
static UInt   nested_for;      /* how many nodes it covers */

static void compute_nesting(void)
{
   UInt n = bg_cgtree_n_nodes(), n_fns = bg_cgfn_n(), i;
   UInt* first = VG_(calloc)("bg.cgres.first", n + 1, sizeof(UInt));
   UInt* kids = VG_(malloc)("bg.cgres.kids", n * sizeof(UInt));
   UInt* fill = VG_(malloc)("bg.cgres.fill", (n + 1) * sizeof(UInt));
   UInt* on_path = VG_(calloc)("bg.cgres.onpath", n_fns ? n_fns : 1,
                               sizeof(UInt));
   UInt* stack = VG_(malloc)("bg.cgres.stack", n * sizeof(UInt));
   UInt* next = VG_(malloc)("bg.cgres.next", n * sizeof(UInt));
   UInt depth = 0;
   /* children by parent (counting sort; ids grow from parent to child) */
   for (i = 1; i < n; i++)
      first[bg_cgtree_nodes[i].parent + 1]++;
   for (i = 0; i < n; i++)
      first[i + 1] += first[i];
   VG_(memcpy)(fill, first, (n + 1) * sizeof(UInt));
   for (i = 1; i < n; i++)
      kids[fill[bg_cgtree_nodes[i].parent]++] = i;
   VG_(free)(nested);
   nested = VG_(calloc)("bg.cgres.nested", n ? n : 1, 1);
   /* depth-first from the root, counting each function on the path */
   stack[depth] = BG_CG_ROOT;
   next[depth++] = first[BG_CG_ROOT];
   while (depth > 0) {
      UInt top = stack[depth - 1];
      if (next[depth - 1] < first[top + 1]) {
         UInt c = kids[next[depth - 1]++];
         UInt fn = bg_cgtree_nodes[c].fn;
         nested[c] = on_path[fn] > 0;
         on_path[fn]++;
         stack[depth] = c;
         next[depth++] = first[c];
      } else {
         if (top != BG_CG_ROOT)
            on_path[bg_cgtree_nodes[top].fn]--;
         depth--;
      }
   }
   nested_for = n;
   VG_(free)(first);
   VG_(free)(kids);
   VG_(free)(fill);
   VG_(free)(on_path);
   VG_(free)(stack);
   VG_(free)(next);
}

/* ---- the nodes of a selection ----------------------------------------- */

static UInt* index_of;         /* by bg_cgtree id: index in the result */
static UInt  index_cap;

static Int by_id(const void* a, const void* b)
{
   UInt x = *(const UInt*)a, y = *(const UInt*)b;
   return x < y ? -1 : x > y;
}

/* Marks NODE and its ancestors; appends the new ones to LIST. */
static void mark(UInt node, UInt* list, UInt* n)
{
   while (index_of[node] == NONE) {
      index_of[node] = 0;
      list[(*n)++] = node;
      if (node == BG_CG_ROOT)
         break;
      node = bg_cgtree_nodes[node].parent;
   }
}

static void gather_nodes(BgCgResults* r, const UInt* ctxs, UInt n_ctxs)
{
   UInt total = bg_cgtree_n_nodes(), c, i, k, n_cells, n = 0;
   const UInt *nodes, *cells;
   UInt* list = VG_(malloc)("bg.cgres.list", total * sizeof(UInt));
   if (index_cap < total) {
      index_of = VG_(realloc)("bg.cgres.index", index_of,
                              total * sizeof(UInt));
      for (i = index_cap; i < total; i++)
         index_of[i] = NONE;
      index_cap = total;
   }
   mark(BG_CG_ROOT, list, &n);
   for (c = 0; c < n_ctxs; c++) {
      bg_cgtree_cells_of(ctxs[c], &n_cells, &nodes, &cells);
      for (k = 0; k < n_cells; k++)
         mark(nodes[k], list, &n);
   }
   VG_(ssort)(list, n, sizeof(UInt), by_id);
   r->n_nodes = n;
   r->node = list;
   for (i = 0; i < n; i++)
      index_of[list[i]] = i;
}

static void fill_nodes(BgCgResults* r, const UInt* ctxs, UInt n_ctxs,
                       ULong* jumps)
{
   UInt ne = r->n_events, n = r->n_nodes, c, k, e, n_cells;
   const UInt *nodes, *cells;
   Int i;
   r->parent = VG_(malloc)("bg.cgres.parent", n * sizeof(UInt));
   r->level = VG_(malloc)("bg.cgres.level", n);
   r->calls = VG_(calloc)("bg.cgres.calls", n, sizeof(ULong));
   r->self = VG_(malloc)("bg.cgres.self", (SizeT)n * ne * sizeof(ULong));
   r->incl = VG_(calloc)("bg.cgres.incl", (SizeT)n * ne, sizeof(ULong));
   for (k = 0; k < n; k++) {
      UInt id = r->node[k];
      r->parent[k] = id == BG_CG_ROOT ? 0
                                      : index_of[bg_cgtree_nodes[id].parent];
      r->level[k] = id == BG_CG_ROOT ? 0 : nested[id] ? 2 : 1;
   }
   for (c = 0; c < n_ctxs; c++) {
      bg_cgtree_cells_of(ctxs[c], &n_cells, &nodes, &cells);
      for (k = 0; k < n_cells; k++) {
         UInt at = index_of[nodes[k]];
         const ULong* d = bg_cgtree_cell_data(cells[k]);
         r->calls[at] += d[0];
         jumps[at] += d[1];
         for (e = 0; e < ne; e++)
            r->incl[(SizeT)at * ne + e] += d[BG_CG_CELL_HEAD + e];
      }
   }
   /* self = inclusive less the children's; the root's cell holds what
      ran with no frame, its own cost */
   VG_(memcpy)(r->self, r->incl, (SizeT)n * ne * sizeof(ULong));
   for (i = (Int)n - 1; i > 0; i--)
      for (e = 0; e < ne; e++) {
         SizeT p = (SizeT)r->parent[i] * ne + e;
         if (r->parent[i] == 0)
            r->incl[p] += r->incl[(SizeT)i * ne + e];
         else
            r->self[p] -= r->incl[(SizeT)i * ne + e];
      }
}

/* ---- functions ------------------------------------------------------- */

static void fill_functions(BgCgResults* r, const ULong* jumps)
{
   UInt n_all = bg_cgfn_n(), ne = r->n_events, k, e, n = 0;
   UInt* at = VG_(malloc)("bg.cgres.fnat", (n_all ? n_all : 1) * sizeof(UInt));
   for (k = 0; k < n_all; k++)
      at[k] = NONE;
   for (k = 1; k < r->n_nodes; k++)
      at[bg_cgtree_nodes[r->node[k]].fn] = 0;
   r->fn = VG_(malloc)("bg.cgres.fn", (n_all ? n_all : 1) * sizeof(UInt));
   for (k = 0; k < n_all; k++)
      if (at[k] != NONE) {
         at[k] = n;
         r->fn[n++] = k;
      }
   r->n_fns = n;
   r->fn_calls = VG_(calloc)("bg.cgres.fncalls", n ? n : 1, sizeof(ULong));
   r->fn_incl = VG_(calloc)("bg.cgres.fnincl", (SizeT)(n ? n : 1) * ne,
                            sizeof(ULong));
   r->fn_self1 = VG_(calloc)("bg.cgres.fnself1", (SizeT)(n ? n : 1) * ne,
                             sizeof(ULong));
   for (k = 1; k < r->n_nodes; k++) {
      UInt f = at[bg_cgtree_nodes[r->node[k]].fn];
      r->fn_calls[f] += r->calls[k] + jumps[k];
      if (r->level[k] != 1)
         continue;
      for (e = 0; e < ne; e++) {
         r->fn_incl[(SizeT)f * ne + e] += r->incl[(SizeT)k * ne + e];
         r->fn_self1[(SizeT)f * ne + e] += r->self[(SizeT)k * ne + e];
      }
   }
   VG_(free)(at);
}

Int bg_cgresults_fn_index(const BgCgResults* r, UInt fn)
{
   Int lo = 0, hi = (Int)r->n_fns - 1;
   while (lo <= hi) {
      Int mid = (lo + hi) / 2;
      if (r->fn[mid] == fn)
         return mid;
      if (r->fn[mid] < fn)
         lo = mid + 1;
      else
         hi = mid - 1;
   }
   return -1;
}

/* ---- edges ------------------------------------------------------------- */

static ULong edge_key(UInt caller, UInt caller_level, UInt callee,
                      UInt callee_level)
{
   return bg_map_pair(caller * 2 + caller_level - 1,
                      callee * 2 + callee_level - 1);
}

static BgCgEdge* edge(BgCgResults* r, BgMap* map, UInt* cap, UInt caller,
                      UInt caller_level, UInt callee, UInt callee_level)
{
   ULong key = edge_key(caller, caller_level, callee, callee_level);
   UInt i = bg_map_get(map, key);
   BgCgEdge* ed;
   if (i != BG_MAP_NONE)
      return &r->edges[i];
   if (r->n_edges == *cap) {
      *cap = *cap ? 2 * *cap : 64;
      r->edges = VG_(realloc)("bg.cgres.edges", r->edges,
                              *cap * sizeof(BgCgEdge));
   }
   ed = &r->edges[r->n_edges];
   ed->caller = caller;
   ed->callee = callee;
   ed->caller_level = (UChar)caller_level;
   ed->callee_level = (UChar)callee_level;
   ed->calls = 0;
   ed->incl = VG_(calloc)("bg.cgres.edgeincl", r->n_events, sizeof(ULong));
   bg_map_put(map, key, r->n_edges++);
   return ed;
}

static Int by_edge(const void* a, const void* b)
{
   const BgCgEdge* x = a;
   const BgCgEdge* y = b;
   ULong kx = edge_key(x->caller, x->caller_level, x->callee,
                       x->callee_level);
   ULong ky = edge_key(y->caller, y->caller_level, y->callee,
                       y->callee_level);
   return kx < ky ? -1 : kx > ky;
}

static Bool incl_is_zero(const BgCgResults* r, UInt k)
{
   UInt e;
   for (e = 0; e < r->n_events; e++)
      if (r->incl[(SizeT)k * r->n_events + e] != 0)
         return False;
   return True;
}

static void fill_edges(BgCgResults* r, const ULong* jumps)
{
   BgMap map;
   UInt cap = 0, k, e, ne = r->n_events;
   r->n_edges = 0;
   r->edges = NULL;
   bg_map_init(&map, "bg.cgres.edgemap", 256);
   for (k = 1; k < r->n_nodes; k++) {
      UInt p = r->parent[k], fn = bg_cgtree_nodes[r->node[k]].fn;
      BgCgEdge* ed;
      if (p != 0 && (r->calls[k] > 0 || !incl_is_zero(r, k))) {
         ed = edge(r, &map, &cap, bg_cgtree_nodes[r->node[p]].fn,
                   r->level[p], fn, r->level[k]);
         ed->calls += r->calls[k];
         for (e = 0; e < ne; e++)
            ed->incl[e] += r->incl[(SizeT)k * ne + e];
      }
      if (jumps[k] > 0)
         edge(r, &map, &cap, fn, r->level[k], fn, 2)->calls += jumps[k];
   }
   bg_map_free(&map);
   VG_(ssort)(r->edges, r->n_edges, sizeof(BgCgEdge), by_edge);
}

/* ---------------------------------------------------------------------- */

void bg_cgresults_compute(BgCgResults* r, const UInt* ctxs, UInt n_ctxs)
{
   ULong* jumps;
   UInt k;
   if (nested_for != bg_cgtree_n_nodes())
      compute_nesting();
   r->n_events = bg_cgtree_n_events();
   gather_nodes(r, ctxs, n_ctxs);
   jumps = VG_(calloc)("bg.cgres.jumps", r->n_nodes, sizeof(ULong));
   fill_nodes(r, ctxs, n_ctxs, jumps);
   fill_functions(r, jumps);
   fill_edges(r, jumps);
   for (k = 0; k < r->n_nodes; k++)
      index_of[r->node[k]] = NONE;
   VG_(free)(jumps);
}

void bg_cgresults_free(BgCgResults* r)
{
   UInt i;
   for (i = 0; i < r->n_edges; i++)
      VG_(free)(r->edges[i].incl);
   VG_(free)(r->edges);
   VG_(free)(r->node);
   VG_(free)(r->parent);
   VG_(free)(r->level);
   VG_(free)(r->calls);
   VG_(free)(r->self);
   VG_(free)(r->incl);
   VG_(free)(r->fn);
   VG_(free)(r->fn_calls);
   VG_(free)(r->fn_incl);
   VG_(free)(r->fn_self1);
}

void bg_cgresults_summary(BgCgResults* r)
{
   UInt n = bg_regions_n_contexts() - BG_CTX_ROOT, i;
   UInt* ctxs = VG_(malloc)("bg.cgres.ctxs", (n ? n : 1) * sizeof(UInt));
   for (i = 0; i < n; i++)
      ctxs[i] = BG_CTX_ROOT + i;
   bg_cgresults_compute(r, ctxs, n);
   VG_(free)(ctxs);
}

void bg_cgresults_region(BgCgResults* r, UInt region)
{
   UInt n;
   const UInt* ctxs = bg_region_contexts(region, &n);
   bg_cgresults_compute(r, ctxs, n);
}
