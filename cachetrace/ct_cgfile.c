/* ct_cgfile.c: writes the cachegrind.out format: three desc: lines (the
   cache geometry), cmd:, events:, then one "line count..." record per
   source line under fl= and fn= headers, sorted by file, function and
   line as cachegrind sorts them, and the summary: totals.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_clientstate.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_xarray.h"
#include "bg_cachesim.h"
#include "bg_outfile.h"
#include "bg_symbols.h"
#include "ct_cgfile.h"

static Int by_location(const void* a, const void* b)
{
   const BgLine* la = bg_sym_line(*(const UInt*)a);
   const BgLine* lb = bg_sym_line(*(const UInt*)b);
   const BgFunction* fa = bg_sym_function(la->fn);
   const BgFunction* fb = bg_sym_function(lb->fn);
   Int c = VG_(strcmp)(fa->file, fb->file);
   if (c == 0)
      c = VG_(strcmp)(fa->name, fb->name);
   if (c == 0)
      c = la->line < lb->line ? -1 : la->line > lb->line;
   return c;
}

static void write_header(BgOut* out, const BgSimResults* r)
{
   Word i;
   UInt e;
   bg_out_printf(out, "desc: I1 cache:         %s\n", bg_I1.desc);
   bg_out_printf(out, "desc: D1 cache:         %s\n", bg_D1.desc);
   bg_out_printf(out, "desc: LL cache:         %s\n", bg_LL.desc);
   bg_out_printf(out, "cmd: %s", VG_(args_the_exename));
   for (i = 0; i < VG_(sizeXA)(VG_(args_for_client)); i++)
      bg_out_printf(out, " %s", *(HChar**)VG_(indexXA)(VG_(args_for_client), i));
   bg_out_printf(out, "\nevents:");
   for (e = 0; e < r->n_events; e++)
      bg_out_printf(out, " %s", bg_event_names[r->events[e]]);
   bg_out_printf(out, "\n");
}

static void write_counts(BgOut* out, const BgSimResults* r, const ULong* ev)
{
   UInt e;
   for (e = 0; e < r->n_events; e++)
      bg_out_printf(out, " %llu", ev[r->events[e]]);
   bg_out_printf(out, "\n");
}

static Bool same_location(UInt a, UInt b)
{
   return by_location(&a, &b) == 0;
}

/* One record per (file, function, line), as cachegrind writes them: lines
   of functions that differ only in their object (code without symbols in
   two libraries) are added up. */
static void write_records(BgOut* out, const BgSimResults* r)
{
   UInt* order = VG_(malloc)("ct.cg.order",
                             (r->n_lines ? r->n_lines : 1) * sizeof(UInt));
   ULong sum[BG_EV_N];
   UInt n = 0, l, i, e;
   const HChar *file = NULL, *fn = NULL;
   for (l = 0; l < r->n_lines; l++)
      if (bg_simresults_has_cost(r->per_line + (SizeT)l * BG_EV_N))
         order[n++] = l;
   VG_(ssort)(order, n, sizeof(UInt), by_location);
   for (i = 0; i < n; i++) {
      const BgLine* line = bg_sym_line(order[i]);
      const BgFunction* f = bg_sym_function(line->fn);
      Bool new_file = f->file != file;
      for (e = 0; e < BG_EV_N; e++)
         sum[e] = r->per_line[(SizeT)order[i] * BG_EV_N + e];
      for (; i + 1 < n && same_location(order[i], order[i + 1]); i++)
         for (e = 0; e < BG_EV_N; e++)
            sum[e] += r->per_line[(SizeT)order[i + 1] * BG_EV_N + e];
      if (new_file) {
         file = f->file;
         bg_out_printf(out, "fl=%s\n", file);
      }
      if (new_file || f->name != fn) {
         fn = f->name;
         bg_out_printf(out, "fn=%s\n", fn);
      }
      bg_out_printf(out, "%u", line->line);
      write_counts(out, r, sum);
   }
   VG_(free)(order);
}

Bool ct_cgfile_write(const CtSettings* s, const BgSimResults* r,
                     const HChar* suffix)
{
   BgOut* out;
   if (s->cg_out_file == NULL)
      return True;
   out = bg_out_open("--cachegrind-out-file", s->cg_out_file, suffix);
   if (out == NULL)
      return False;
   write_header(out, r);
   write_records(out, r);
   bg_out_printf(out, "summary:");
   write_counts(out, r, r->summary.total);
   return bg_out_commit(out);
}
