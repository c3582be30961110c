/* bg_accum.h: a sum of rows of WIDTH 64-bit counters indexed by an id
   (a function or a source line), dense for quick adding, that keeps the
   list of the rows added to, so that reading and clearing it cost in
   proportion to them and not to all the ids.  The results of a region
   are gathered in one and copied out as a short list. */
#ifndef BG_ACCUM_H
#define BG_ACCUM_H

#include "pub_tool_basics.h"

typedef struct {
   UInt   width;       /* counters per row */
   UInt   n_rows;
   ULong* cells;       /* n_rows * width */
   UChar* is_used;     /* by id */
   UInt*  used;        /* ids of the rows added to since the last clear */
   UInt   n_used;
} BgAccum;

void bg_accum_init(BgAccum* a, UInt n_rows, UInt width);
void bg_accum_free(BgAccum* a);

/* Row ID, to add into (ID < n_rows). */
static inline ULong* bg_accum_row(BgAccum* a, UInt id)
{
   if (!a->is_used[id]) {
      a->is_used[id] = 1;
      a->used[a->n_used++] = id;
   }
   return a->cells + (SizeT)id * a->width;
}

/* Puts the used ids in ascending order. */
void bg_accum_sort_used(BgAccum* a);
/* Zeroes the used rows and forgets them. */
void bg_accum_clear(BgAccum* a);

#endif
