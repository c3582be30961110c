/* hc_alloc.h: heapcount's malloc replacement, custom allocator requests
   and the live blocks. */
#ifndef HC_ALLOC_H
#define HC_ALLOC_H

#include "pub_tool_basics.h"
#include "hc_blockmap.h"

void hc_alloc_init(void);
/* Registers the malloc replacement callbacks (pre_clo_init). */
void hc_alloc_register_replacement(void);
/* VALGRIND_MALLOCLIKE_BLOCK / FREELIKE_BLOCK / RESIZEINPLACE_BLOCK. */
void hc_alloc_custom_malloc(ThreadId tid, Addr p, SizeT size, Bool zeroed);
void hc_alloc_custom_free(Addr p);
void hc_alloc_custom_resize(Addr p, SizeT old_size, SizeT new_size);

/* Retires every live block (end of run). */
void hc_alloc_retire_all(void);

/* Misuse seen during the run, each reported once in the summary. */
typedef struct {
   ULong bad_frees;        /* not a live block (garbage) */
   ULong double_frees;     /* a recently freed block, freed again */
   ULong interior_frees;   /* inside a live block, not its start */
   ULong bad_reallocs;     /* realloc of something not a live block */
   ULong failed_allocs;    /* huge sizes: NULL returned */
   ULong zero_allocs;      /* size 0: counted as 1 byte, like DHAT */
   ULong bad_custom;       /* FREELIKE/RESIZEINPLACE of an unknown block */
} HcMisuse;
const HcMisuse* hc_alloc_misuse(void);

#endif
