/* bg_cgfile.c: callgrind's file format (bg_cgfile.h).

   Per function: its exclusive costs per source line (the flat profile's,
   equal to cachegrind's), then its calls: "cfn=" the callee, "calls="
   the count, and the inclusive cost of those calls, placed on the
   caller's first line (the call site is not recorded).  A function that
   recursed is written as callgrind writes it by default: "f" for its
   outermost activations and "f'2" for the nested ones, so that
   callgrind_annotate --inclusive=yes gives f's cost with recursion
   counted once; its exclusive costs are then given per level on its
   first line rather than per line.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_clientstate.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcproc.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_xarray.h"
#include "bg_map.h"
#include "bg_outfile.h"
#include "bg_symbols.h"
#include "bg_cgfn.h"
#include "bg_cgtree.h"
#include "bg_callgraph.h"
#include "bg_cgfile.h"

/* ---- name compression: "(id) name" the first time, "(id)" after ---- */

typedef struct {
   BgMap ids;
   UInt  next;
} Names;

static void names_init(Names* n)
{
   bg_map_init(&n->ids, "bg.cgfile.names", 256);
   n->next = 1;
}

/* KEY identifies the name (an interned pointer, plus a level). */
static void put_name(BgOut* out, const HChar* tag, Names* n, ULong key,
                     const HChar* name, const HChar* suffix)
{
   UInt id = bg_map_get(&n->ids, key);
   if (id != BG_MAP_NONE) {
      bg_out_printf(out, "%s=(%u)\n", tag, id);
      return;
   }
   id = n->next++;
   bg_map_put(&n->ids, key, id);
   bg_out_printf(out, "%s=(%u) %s%s\n", tag, id, name, suffix);
}

typedef struct {
   BgOut* out;
   const BgCgFileSpec* s;
   Names obs, files, fns;
} Writer;

static const HChar* object_name(UInt fn)
{
   const HChar* o = bg_cgfn(fn)->object;
   return o ? o : "???";
}

static const BgFunction* home(UInt fn)
{
   return bg_sym_function(bg_cgfn(fn)->home);
}

static void put_object(Writer* w, const HChar* tag, UInt fn)
{
   const HChar* o = object_name(fn);
   put_name(w->out, tag, &w->obs, (ULong)(HWord)o, o, "");
}

static void put_file(Writer* w, const HChar* tag, const HChar* file)
{
   put_name(w->out, tag, &w->files, (ULong)(HWord)file, file, "");
}

static void put_fn(Writer* w, const HChar* tag, UInt fn, UInt level)
{
   const HChar* name = bg_cgfn(fn)->name;
   put_name(w->out, tag, &w->fns, ((ULong)(HWord)name) | (level - 1), name,
            level == 2 ? "'2" : "");
}

static void put_costs(Writer* w, UInt line, const ULong* ev)
{
   UInt c;
   bg_out_printf(w->out, "%u", line);
   for (c = 0; c < w->s->n_columns; c++)
      bg_out_printf(w->out, " %llu", ev[w->s->columns[c]]);
   bg_out_printf(w->out, "\n");
}

/* ---- the lines of each function ---------------------------------------- */

typedef struct {
   UInt fn;        /* BgCgFn */
   UInt line;      /* bg_symbols line */
} FnLine;

static Int by_fn_then_line(const void* a, const void* b)
{
   const FnLine* x = a;
   const FnLine* y = b;
   const BgLine *lx, *ly;
   Int c;
   if (x->fn != y->fn) {
      const BgCgFn* fx = bg_cgfn(x->fn);
      const BgCgFn* fy = bg_cgfn(y->fn);
      c = VG_(strcmp)(fx->object ? fx->object : "", fy->object ? fy->object : "");
      if (c == 0)
         c = VG_(strcmp)(fx->name, fy->name);
      if (c == 0)
         c = x->fn < y->fn ? -1 : 1;
      return c;
   }
   if (x->line == BG_MAP_NONE || y->line == BG_MAP_NONE)
      return x->line == y->line ? 0 : x->line == BG_MAP_NONE ? 1 : -1;
   lx = bg_sym_line(x->line);
   ly = bg_sym_line(y->line);
   if (lx->fn != ly->fn) {
      /* the home file first, then the others by name */
      UInt h = bg_cgfn(x->fn)->home;
      if (lx->fn == h || ly->fn == h)
         return lx->fn == h ? -1 : 1;
      c = VG_(strcmp)(bg_sym_function(lx->fn)->file,
                      bg_sym_function(ly->fn)->file);
      if (c != 0)
         return c;
      return lx->fn < ly->fn ? -1 : 1;
   }
   return lx->line < ly->line ? -1 : lx->line > ly->line;
}

static Bool has_cost(const BgCgFileSpec* s, UInt line)
{
   UInt c;
   for (c = 0; c < s->n_columns; c++)
      if (s->per_line[(SizeT)line * s->stride + s->columns[c]] != 0)
         return True;
   return False;
}

/* The lines with a cost, grouped by function; functions that only call
   (no cost of their own in the flat profile) get a line entry of
   BG_MAP_NONE so that their calls are written. */
static FnLine* lines_by_function(const BgCgFileSpec* s, UInt* n)
{
   const BgCgResults* r = s->results;
   UInt cap = s->n_lines + r->n_fns + 1, l, i, k = 0;
   FnLine* v = VG_(malloc)("bg.cgfile.lines", cap * sizeof(FnLine));
   UChar* seen = VG_(calloc)("bg.cgfile.seen", bg_cgfn_n() + 1, 1);
   for (l = 0; l < s->n_lines; l++)
      if (has_cost(s, l)) {
         v[k].fn = bg_cgfn_of_line(l);
         v[k++].line = l;
         seen[v[k - 1].fn] = 1;
      }
   for (i = 0; i < r->n_fns; i++)
      if (!seen[r->fn[i]]) {
         v[k].fn = r->fn[i];
         v[k++].line = BG_MAP_NONE;
      }
   VG_(free)(seen);
   *n = k;
   VG_(ssort)(v, k, sizeof(FnLine), by_fn_then_line);
   return v;
}

/* ---- one function ----------------------------------------------------- */

static void write_calls(Writer* w, UInt fn, UInt level)
{
   const BgCgResults* r = w->s->results;
   UInt i, src = home(fn)->line;
   for (i = 0; i < r->n_edges; i++) {
      const BgCgEdge* e = &r->edges[i];
      if (e->caller != fn || e->caller_level != level)
         continue;
      put_object(w, "cob", e->callee);
      put_file(w, "cfi", home(e->callee)->file);
      put_fn(w, "cfn", e->callee, e->callee_level);
      bg_out_printf(w->out, "calls=%llu %u\n", e->calls, home(e->callee)->line);
      put_costs(w, src, e->incl);
   }
}

static Bool recursed(const BgCgResults* r, UInt fn)
{
   UInt k;
   for (k = 1; k < r->n_nodes; k++)
      if (r->level[k] == 2 && bg_cgtree_nodes[r->node[k]].fn == fn)
         return True;
   return False;
}

/* FN's entries V[0..N) (its lines, or one BG_MAP_NONE). */
static void write_function(Writer* w, UInt fn, const FnLine* v, UInt n)
{
   const BgCgFileSpec* s = w->s;
   const BgCgResults* r = s->results;
   const HChar* file = home(fn)->file;
   ULong own[BG_CG_MAX_EVENTS], self1[BG_CG_MAX_EVENTS];
   Int at = bg_cgresults_fn_index(r, fn);
   UInt i, e, ne = r->n_events;
   tl_assert(ne == s->stride && ne <= BG_CG_MAX_EVENTS);
   put_object(w, "ob", fn);
   put_file(w, "fl", file);
   put_fn(w, "fn", fn, 1);
   if (at < 0 || !recursed(r, fn)) {
      const HChar* cur = file;
      for (i = 0; i < n; i++) {
         const BgLine* l;
         const HChar* f;
         if (v[i].line == BG_MAP_NONE)
            continue;
         l = bg_sym_line(v[i].line);
         f = bg_sym_function(l->fn)->file;
         if (f != cur) {
            put_file(w, "fi", f);
            cur = f;
         }
         put_costs(w, l->line, s->per_line + (SizeT)v[i].line * s->stride);
      }
      if (cur != file)
         put_file(w, "fi", file);
      if (at >= 0)
         write_calls(w, fn, 1);
      return;
   }
   /* recursive: level 1's own costs from the tree, level 2 the rest */
   VG_(memset)(own, 0, sizeof own);
   for (i = 0; i < n; i++)
      if (v[i].line != BG_MAP_NONE)
         for (e = 0; e < s->stride; e++)
            own[e] += s->per_line[(SizeT)v[i].line * s->stride + e];
   for (e = 0; e < ne; e++) {
      self1[e] = r->fn_self1[(SizeT)at * ne + e];
      if (self1[e] > own[e])
         self1[e] = own[e];
      own[e] -= self1[e];
   }
   put_costs(w, home(fn)->line, self1);
   write_calls(w, fn, 1);
   put_fn(w, "fn", fn, 2);
   put_costs(w, home(fn)->line, own);
   write_calls(w, fn, 2);
}

static void write_header(Writer* w, const ULong* totals)
{
   const BgCgFileSpec* s = w->s;
   Word i;
   UInt c;
   bg_out_printf(w->out, "# callgrind format\nversion: 1\n"
                 "creator: benchgrind %s %s\npid: %d\ncmd: %s",
                 s->creator, BG_VERSION, VG_(getpid)(), VG_(args_the_exename));
   for (i = 0; i < VG_(sizeXA)(VG_(args_for_client)); i++)
      bg_out_printf(w->out, " %s",
                    *(HChar**)VG_(indexXA)(VG_(args_for_client), i));
   bg_out_printf(w->out, "\npart: 1\n\npositions: line\nevents:");
   for (c = 0; c < s->n_columns; c++)
      bg_out_printf(w->out, " %s", s->names[c]);
   bg_out_printf(w->out, "\nsummary:");
   for (c = 0; c < s->n_columns; c++)
      bg_out_printf(w->out, " %llu", totals[s->columns[c]]);
   bg_out_printf(w->out, "\n\n");
}

Bool bg_cgfile_write(const HChar* option, const HChar* pattern,
                     const HChar* suffix, const BgCgFileSpec* s)
{
   Writer w;
   ULong totals[BG_CG_MAX_EVENTS];
   FnLine* v;
   UInt n, i, j, c, l;
   w.out = bg_out_open(option, pattern, suffix);
   if (w.out == NULL)
      return False;
   w.s = s;
   names_init(&w.obs);
   names_init(&w.files);
   names_init(&w.fns);
   VG_(memset)(totals, 0, sizeof totals);
   for (l = 0; l < s->n_lines; l++)
      for (c = 0; c < s->stride; c++)
         totals[c] += s->per_line[(SizeT)l * s->stride + c];
   write_header(&w, totals);
   v = lines_by_function(s, &n);
   for (i = 0; i < n; i = j) {
      for (j = i + 1; j < n && v[j].fn == v[i].fn; j++)
         ;
      write_function(&w, v[i].fn, v + i, j - i);
      bg_out_printf(w.out, "\n");
   }
   bg_out_printf(w.out, "totals:");
   for (c = 0; c < s->n_columns; c++)
      bg_out_printf(w.out, " %llu", totals[s->columns[c]]);
   bg_out_printf(w.out, "\n");
   VG_(free)(v);
   bg_map_free(&w.obs.ids);
   bg_map_free(&w.files.ids);
   bg_map_free(&w.fns.ids);
   return bg_out_commit(w.out);
}

void bg_cgfiles_write(const HChar* callgrind_pattern,
                      const HChar* folded_pattern, const HChar* suffix,
                      const BgCgFileSpec* s)
{
   if (callgrind_pattern != NULL)
      bg_cgfile_write("--callgrind-out-file", callgrind_pattern, suffix, s);
   if (folded_pattern != NULL)
      bg_cgfolded_write("--folded-out-file", folded_pattern, suffix, s);
}
