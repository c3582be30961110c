/* bg_accum.c: sums of rows of counters that remember which rows they
   hold (bg_accum.h).

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_mallocfree.h"
#include "bg_accum.h"

void bg_accum_init(BgAccum* a, UInt n_rows, UInt width)
{
   SizeT rows = n_rows ? n_rows : 1;
   a->width = width;
   a->n_rows = n_rows;
   a->cells = VG_(calloc)("bg.accum.cells", rows * width, sizeof(ULong));
   a->is_used = VG_(calloc)("bg.accum.isused", rows, 1);
   a->used = VG_(malloc)("bg.accum.used", rows * sizeof(UInt));
   a->n_used = 0;
}

void bg_accum_free(BgAccum* a)
{
   VG_(free)(a->cells);
   VG_(free)(a->is_used);
   VG_(free)(a->used);
}

static Int by_id(const void* x, const void* y)
{
   UInt a = *(const UInt*)x, b = *(const UInt*)y;
   return a < b ? -1 : a > b;
}

void bg_accum_sort_used(BgAccum* a)
{
   VG_(ssort)(a->used, a->n_used, sizeof(UInt), by_id);
}

void bg_accum_clear(BgAccum* a)
{
   UInt i;
   for (i = 0; i < a->n_used; i++) {
      UInt id = a->used[i];
      VG_(memset)(a->cells + (SizeT)id * a->width, 0,
                  a->width * sizeof(ULong));
      a->is_used[id] = 0;
   }
   a->n_used = 0;
}
