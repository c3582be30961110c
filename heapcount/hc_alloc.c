/* hc_alloc.c: heapcount's malloc replacement callbacks (every function of
   vgpreload_heapcount reaches one of them), the custom allocator client
   requests: they keep the two maps of live blocks (hc_blockmap.h:
   malloc'd ones, and custom ones, which may be carved out of malloc'd
   ones) and tell the access cache when blocks come and go.  What a call returns
   to the program is what it gets under DHAT; misuse (bad or double free,
   realloc of garbage, huge sizes) is counted and reported, never fatal.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_replacemalloc.h"
#include "pub_tool_tooliface.h"
#include "hc_access.h"
#include "hc_alloc.h"
#include "hc_cache.h"
#include "hc_sites.h"

#define RECENT_FREES 256         /* to tell a double free from garbage */
/* Valgrind's allocator stops the whole run ("bad alignment") above this
   alignment (m_mallocfree.c; the preload rounds smaller ones up to a power
   of two of at least 16).  A larger request fails instead, as one for too
   much memory does: posix_memalign returns ENOMEM, memalign and
   aligned_alloc NULL, and the program goes on. */
#define MAX_ALIGNMENT (16 * 1024 * 1024)

static HcMap*   heap;            /* blocks from the malloc replacement */
static HcMap*   custom;          /* VALGRIND_MALLOCLIKE_BLOCK blocks */
static HcMisuse misuse;
static Addr     recent[RECENT_FREES];
static UInt     recent_next;

void hc_alloc_init(void)
{
   hc_blocks_init();
   heap = hc_blocks_malloced();
   custom = hc_blocks_custom();
}

const HcMisuse* hc_alloc_misuse(void)
{
   return &misuse;
}

/* ---- Blocks ---------------------------------------------------------- */

/* Puts B in map M; the access cache (if accesses are tracked) learns. */
static void index_block(HcMap* m, HcBlock* b)
{
   hc_map_insert(m, b);
   if (hc_access_tracking())
      hc_cache_block_added(b);
}

/* B is about to change or go: the access cache lets go of it. */
static void unindex_cached(HcBlock* b)
{
   if (hc_access_tracking())
      hc_cache_forget(b);
}

static HcBlock* new_block(ThreadId tid, Addr p, SizeT size, Bool is_custom)
{
   HcBlock* b = VG_(malloc)("hc.alloc.block", sizeof *b);
   b->payload = p;
   b->size = size;
   b->site = hc_site_here(tid);
   b->ctx = hc_sites_current_context();
   b->custom = is_custom;
   b->allocd_at = hc_instrs;
   b->reads = b->writes = 0;
   b->cache_entries = 0;
   index_block(is_custom ? custom : heap, b);
   hc_sites_alloc(b);
   return b;
}

static void end_block(HcBlock* b)
{
   unindex_cached(b);
   hc_sites_retire(b, True);
   hc_map_remove(b->custom ? custom : heap, b);
   recent[recent_next++ % RECENT_FREES] = b->payload;
   VG_(free)(b);
}

static Bool freed_recently(Addr p)
{
   UInt i;
   for (i = 0; i < RECENT_FREES; i++)
      if (recent[i] == p && p != 0)
         return True;
   return False;
}

/* Counts a free of P that is not the start of a live block. */
static void bad_free(Addr p)
{
   if (hc_map_find(heap, p))
      misuse.interior_frees++;
   else if (freed_recently(p))
      misuse.double_frees++;
   else
      misuse.bad_frees++;
}

/* ---- The replacement callbacks ------------------------------------- */

static void* alloc(ThreadId tid, SizeT size, SizeT align, Bool zeroed)
{
   void* p;
   if ((SSizeT)size < 0 || align > MAX_ALIGNMENT) {
      misuse.failed_allocs++;
      return NULL;
   }
   if (size == 0) {
      misuse.zero_allocs++;
      size = 1;
   }
   p = VG_(cli_malloc)(align, size);
   if (p == NULL) {
      misuse.failed_allocs++;
      return NULL;
   }
   if (zeroed)
      VG_(memset)(p, 0, size);
   new_block(tid, (Addr)p, size, False);
   return p;
}

static void release(void* p)
{
   HcBlock* b;
   if (p == NULL)
      return;
   b = hc_map_find_start(heap, (Addr)p);
   if (b == NULL) {
      bad_free((Addr)p);
      return;
   }
   end_block(b);
   VG_(cli_free)(p);
}

static void* hc_malloc(ThreadId tid, SizeT n)
{
   return alloc(tid, n, VG_(clo_alignment), False);
}

/* The aligned allocations.  Since Valgrind 3.22 or so the preload also
   passes the alignment the client asked for (ORIG, used by memcheck's
   checks) beside the one to allocate with, and memalign's size comes
   last; configure's compile test says which form this Valgrind has. */
#if defined(BG_ALIGNED_ALLOC_ORIG_ALIGN)
static void* hc_memalign(ThreadId tid, SizeT align, SizeT orig, SizeT n)
{
   return alloc(tid, n, align, False);
}

static void* hc_new_aligned(ThreadId tid, SizeT n, SizeT align, SizeT orig)
{
   return alloc(tid, n, align, False);
}
#else
static void* hc_memalign(ThreadId tid, SizeT align, SizeT n)
{
   return alloc(tid, n, align, False);
}

static void* hc_new_aligned(ThreadId tid, SizeT n, SizeT align)
{
   return alloc(tid, n, align, False);
}
#endif

static void* hc_calloc(ThreadId tid, SizeT nmemb, SizeT size)
{
   /* the preload has refused overflowing products already */
   return alloc(tid, nmemb * size, VG_(clo_alignment), True);
}

static void hc_free(ThreadId tid, void* p)
{
   release(p);
}

static void hc_delete_aligned(ThreadId tid, void* p, SizeT align)
{
   release(p);
}

/* A realloc reads and writes the bytes it keeps (DHAT counts a copy even
   when the block shrinks in place). */
static void count_copy(HcBlock* b, SizeT n)
{
   if (hc_access_tracking()) {
      b->reads += n;
      b->writes += n;
   }
}

/* Grows B into a new payload: copy, move in the map, count the copy. */
static void* move_block(HcBlock* b, SizeT new_size)
{
   void* p_new = VG_(cli_malloc)(VG_(clo_alignment), new_size);
   if (p_new == NULL) {
      misuse.failed_allocs++;
      return NULL;      /* the old block stays as it was */
   }
   VG_(memcpy)(p_new, (void*)b->payload, b->size);
   VG_(cli_free)((void*)b->payload);
   hc_map_remove(heap, b);
   count_copy(b, b->size);     /* the copy, as DHAT counts it */
   hc_sites_resize(b, new_size);
   b->payload = (Addr)p_new;
   b->size = new_size;
   index_block(heap, b);
   return p_new;
}

static void* hc_realloc(ThreadId tid, void* p, SizeT new_size)
{
   HcBlock* b;
   if (p == NULL)               /* the preload sends these to malloc, */
      return hc_malloc(tid, new_size);
   if (new_size == 0) {         /* and these to free */
      release(p);
      return NULL;
   }
   if ((SSizeT)new_size < 0) {
      misuse.failed_allocs++;
      return NULL;
   }
   b = hc_map_find_start(heap, (Addr)p);
   if (b == NULL) {
      misuse.bad_reallocs++;
      return NULL;
   }
   unindex_cached(b);
   if (new_size > b->size)
      return move_block(b, new_size);
   /* Shrinking in place: DHAT counts a copy of the new size.  The map
      forgets the pages the block no longer reaches. */
   hc_map_remove(heap, b);
   hc_sites_resize(b, new_size);
   b->size = new_size;
   index_block(heap, b);
   count_copy(b, new_size);
   return p;
}

static SizeT hc_usable_size(ThreadId tid, void* p)
{
   HcBlock* b = hc_map_find(heap, (Addr)p);
   return b ? b->size : 0;
}

void hc_alloc_register_replacement(void)
{
   VG_(needs_malloc_replacement)(hc_malloc, hc_malloc, hc_new_aligned,
                                 hc_malloc, hc_new_aligned, hc_memalign,
                                 hc_calloc, hc_free, hc_free,
                                 hc_delete_aligned, hc_free,
                                 hc_delete_aligned, hc_realloc,
                                 hc_usable_size, 0);
}

/* ---- Custom allocators (client requests) --------------------------- */

void hc_alloc_custom_malloc(ThreadId tid, Addr p, SizeT size, Bool zeroed)
{
   if (p == 0)
      return;
   if (size == 0) {
      misuse.zero_allocs++;
      size = 1;
   }
   if (hc_map_find(custom, p) || hc_map_find(custom, p + size - 1)) {
      misuse.bad_custom++;     /* overlaps a live custom block */
      return;
   }
   new_block(tid, p, size, True);
}

void hc_alloc_custom_free(Addr p)
{
   HcBlock* b;
   if (p == 0)
      return;
   b = hc_map_find_start(custom, p);
   if (b == NULL) {
      misuse.bad_custom++;
      return;
   }
   end_block(b);
}

void hc_alloc_custom_resize(Addr p, SizeT old_size, SizeT new_size)
{
   HcBlock* b = hc_map_find_start(custom, p);
   if (b == NULL) {
      misuse.bad_custom++;
      return;
   }
   if (new_size == 0)
      new_size = 1;
   unindex_cached(b);
   hc_map_remove(custom, b);
   hc_sites_resize(b, new_size);
   b->size = new_size;
   index_block(custom, b);
}

/* ---- End of run ----------------------------------------------------- */

static void retire_live(HcBlock* b)
{
   hc_sites_retire(b, False);
}

void hc_alloc_retire_all(void)
{
   hc_cache_flush();
   hc_map_for_each(heap, retire_live);
   hc_map_for_each(custom, retire_live);
}
