/* hc_blockmap.c: the map from an address to the live heap block holding
   it.  Memory is cut into 4 KiB pages; an open-addressing hash table
   (linear probing, backward-shift deletion) keyed by page number holds,
   for each page touched by a live block, the blocks that start in it
   (sorted, binary-searched) and the one block, if any, that starts in an
   earlier page and reaches into it.  A lookup is one hash probe and a
   short search, whatever the number of live blocks.  A large block (more
   than LARGE_PAGES pages) would take a page record per page it covers
   (a 32 MiB block, 8192 of them, and a table of twice that): large
   blocks go to a balanced tree instead, searched when no small block
   holds the address.  Before that, an
   address outside the hull of the blocks inserted since the map was
   last empty is turned away with one comparison: most accesses that miss
   the inline cache are not to the heap at all.

   The two maps heapcount keeps (malloc'd and custom blocks) live here
   too, so that the access cache can look blocks up without asking the
   allocator (hc_alloc fills them).

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_oset.h"
#include "hc_blockmap.h"

#define PAGE_BITS   12
#define LARGE_PAGES 8               /* a block over this many pages: tree */
#define NO_PAGE     ((UWord)0)      /* keys are page number + 1 */
#define INLINE_STARTS 2

typedef struct {
   UWord     key;                   /* page number + 1; NO_PAGE if free */
   HcBlock*  cover;                 /* starts before the page, reaches in */
   UInt      n_starts, cap;
   HcBlock** starts;                /* sorted by payload; may be 'inline' */
   HcBlock*  inline_starts[INLINE_STARTS];
} Page;

struct HcMap {
   const HChar* cc;
   OSet*  large;                    /* of HcBlock*, keyed by payload */
   Page*  pages;
   UWord  mask;                     /* table size - 1 (a power of two) */
   UWord  used;
   UWord  n_blocks;
   Addr   hull_lo;                  /* every live block lies in */
   UWord  hull_size;                /* [hull_lo, hull_lo + hull_size) */
};

static inline UWord hash_page(UWord key)
{
   return (key * 0x9E3779B97F4A7C15ULL) >> 20;
}

static Page* table_alloc(const HChar* cc, UWord size)
{
   return VG_(calloc)(cc, size, sizeof(Page));
}

/* A node of the tree of large blocks, keyed by payload. */
typedef struct {
   Addr     payload;
   HcBlock* block;
} LargeNode;

/* The tree's order: KEY (an address) against a node's block; 0 when the
   block holds it (the blocks of a map do not overlap). */
static Word cmp_large(const void* key, const void* elem)
{
   Addr a = *(const Addr*)key;
   const HcBlock* b = ((const LargeNode*)elem)->block;
   if (a < b->payload)
      return -1;
   return a - b->payload < b->size ? 0 : 1;
}

HcMap* hc_map_new(const HChar* cc)
{
   HcMap* m = VG_(malloc)(cc, sizeof *m);
   m->cc = cc;
   m->large = VG_(OSetGen_Create)(offsetof(LargeNode, payload), cmp_large,
                                  VG_(malloc), cc, VG_(free));
   m->mask = 63;
   m->pages = table_alloc(cc, m->mask + 1);
   m->used = 0;
   m->n_blocks = 0;
   m->hull_lo = 0;
   m->hull_size = 0;
   return m;
}

static inline Page* probe(const HcMap* m, UWord key)
{
   UWord i = hash_page(key) & m->mask;
   for (;;) {
      Page* p = &m->pages[i];
      if (p->key == key)
         return p;
      if (p->key == NO_PAGE)
         return NULL;
      i = (i + 1) & m->mask;
   }
}

/* Moves a page record to its slot in the (new) table of M. */
static void place(HcMap* m, const Page* src)
{
   UWord i = hash_page(src->key) & m->mask;
   while (m->pages[i].key != NO_PAGE)
      i = (i + 1) & m->mask;
   m->pages[i] = *src;
   if (src->starts == src->inline_starts)
      m->pages[i].starts = m->pages[i].inline_starts;
}

static void grow(HcMap* m)
{
   Page* old = m->pages;
   UWord old_size = m->mask + 1, i;
   m->mask = old_size * 2 - 1;
   m->pages = table_alloc(m->cc, old_size * 2);
   for (i = 0; i < old_size; i++)
      if (old[i].key != NO_PAGE)
         place(m, &old[i]);
   VG_(free)(old);
}

static Page* get_page(HcMap* m, UWord key)
{
   Page* p = probe(m, key);
   UWord i;
   if (p)
      return p;
   if ((m->used + 1) * 2 > m->mask + 1)
      grow(m);
   i = hash_page(key) & m->mask;
   while (m->pages[i].key != NO_PAGE)
      i = (i + 1) & m->mask;
   p = &m->pages[i];
   p->key = key;
   p->cover = NULL;
   p->n_starts = 0;
   p->cap = INLINE_STARTS;
   p->starts = p->inline_starts;
   m->used++;
   return p;
}

/* Backward-shift deletion keeps every probe chain unbroken. */
static void drop_page(HcMap* m, Page* p)
{
   UWord hole = (UWord)(p - m->pages), i = hole;
   if (p->starts != p->inline_starts)
      VG_(free)(p->starts);
   for (;;) {
      UWord home;
      i = (i + 1) & m->mask;
      if (m->pages[i].key == NO_PAGE)
         break;
      home = hash_page(m->pages[i].key) & m->mask;
      /* may the record at i move back to the hole? */
      if (((i - home) & m->mask) >= ((i - hole) & m->mask)) {
         m->pages[hole] = m->pages[i];
         if (m->pages[i].starts == m->pages[i].inline_starts)
            m->pages[hole].starts = m->pages[hole].inline_starts;
         hole = i;
      }
   }
   VG_(memset)(&m->pages[hole], 0, sizeof(Page));   /* key = NO_PAGE */
   m->used--;
}

static void maybe_drop(HcMap* m, Page* p)
{
   if (p->n_starts == 0 && p->cover == NULL)
      drop_page(m, p);
}

/* Index of the first start whose payload is > A. */
static inline UInt upper_bound(const Page* p, Addr a)
{
   UInt lo = 0, hi = p->n_starts;
   while (lo < hi) {
      UInt mid = (lo + hi) / 2;
      if (p->starts[mid]->payload <= a)
         lo = mid + 1;
      else
         hi = mid;
   }
   return lo;
}

static void add_start(HcMap* m, Page* p, HcBlock* b)
{
   UInt at = upper_bound(p, b->payload);
   if (p->n_starts == p->cap) {
      HcBlock** bigger = VG_(malloc)(m->cc, 2 * p->cap * sizeof(HcBlock*));
      VG_(memcpy)(bigger, p->starts, p->n_starts * sizeof(HcBlock*));
      if (p->starts != p->inline_starts)
         VG_(free)(p->starts);
      p->starts = bigger;
      p->cap *= 2;
   }
   VG_(memmove)(&p->starts[at + 1], &p->starts[at],
                (p->n_starts - at) * sizeof(HcBlock*));
   p->starts[at] = b;
   p->n_starts++;
}

static void remove_start(Page* p, const HcBlock* b)
{
   UInt at = upper_bound(p, b->payload);
   tl_assert(at > 0 && p->starts[at - 1] == b);
   at--;
   VG_(memmove)(&p->starts[at], &p->starts[at + 1],
                (p->n_starts - at - 1) * sizeof(HcBlock*));
   p->n_starts--;
}

static inline UWord first_key(const HcBlock* b)
{
   return (b->payload >> PAGE_BITS) + 1;
}

static inline UWord last_key(const HcBlock* b)
{
   return ((b->payload + b->size - 1) >> PAGE_BITS) + 1;
}

/* Widens the hull to hold B (the hull only shrinks when the map empties). */
static void widen_hull(HcMap* m, const HcBlock* b)
{
   Addr lo = m->hull_lo, hi = m->hull_lo + m->hull_size;
   if (m->hull_size == 0 || b->payload < lo)
      lo = b->payload;
   if (m->hull_size == 0 || b->payload + b->size > hi)
      hi = b->payload + b->size;
   m->hull_lo = lo;
   m->hull_size = hi - lo;
}

static Bool is_large(const HcBlock* b)
{
   return last_key(b) - first_key(b) >= LARGE_PAGES;
}

void hc_map_insert(HcMap* m, HcBlock* b)
{
   UWord k, last = last_key(b);
   tl_assert(b->size > 0);
   widen_hull(m, b);
   m->n_blocks++;
   if (is_large(b)) {
      LargeNode* n = VG_(OSetGen_AllocNode)(m->large, sizeof *n);
      n->payload = b->payload;
      n->block = b;
      VG_(OSetGen_Insert)(m->large, n);
      return;
   }
   add_start(m, get_page(m, first_key(b)), b);
   for (k = first_key(b) + 1; k <= last; k++)
      get_page(m, k)->cover = b;
}

static void remove_large(HcMap* m, const HcBlock* b)
{
   LargeNode* n = VG_(OSetGen_Remove)(m->large, &b->payload);
   tl_assert(n && n->block == b);
   VG_(OSetGen_FreeNode)(m->large, n);
}

void hc_map_remove(HcMap* m, HcBlock* b)
{
   UWord k, last = last_key(b);
   Page* p;
   if (is_large(b)) {
      remove_large(m, b);
      if (--m->n_blocks == 0)
         m->hull_size = 0;
      return;
   }
   p = probe(m, first_key(b));
   tl_assert(p);
   remove_start(p, b);
   maybe_drop(m, p);
   for (k = first_key(b) + 1; k <= last; k++) {
      p = probe(m, k);
      tl_assert(p && p->cover == b);
      p->cover = NULL;
      maybe_drop(m, p);
   }
   m->n_blocks--;
   if (m->n_blocks == 0)
      m->hull_size = 0;
}

static inline Bool holds(const HcBlock* b, Addr a)
{
   return b->payload <= a && a - b->payload < b->size;
}

static HcBlock* find_large(const HcMap* m, Addr a)
{
   const LargeNode* n;
   if (VG_(OSetGen_Size)(m->large) == 0)
      return NULL;
   n = VG_(OSetGen_Lookup)(m->large, &a);
   return n ? n->block : NULL;
}

HcBlock* hc_map_find(const HcMap* m, Addr a)
{
   const Page* p;
   UInt at;
   if (a - m->hull_lo >= m->hull_size)
      return NULL;
   p = probe(m, (a >> PAGE_BITS) + 1);
   if (p == NULL)
      return find_large(m, a);
   at = upper_bound(p, a);
   if (at > 0 && holds(p->starts[at - 1], a))
      return p->starts[at - 1];
   if (p->cover && holds(p->cover, a))
      return p->cover;
   return find_large(m, a);
}

HcBlock* hc_map_find_start(const HcMap* m, Addr a)
{
   HcBlock* b = hc_map_find(m, a);
   return b && b->payload == a ? b : NULL;
}

void hc_map_for_each(HcMap* m, void (*fn)(HcBlock*))
{
   UWord i, j;
   const LargeNode* n;
   for (i = 0; i <= m->mask; i++)
      for (j = 0; m->pages[i].key != NO_PAGE && j < m->pages[i].n_starts; j++)
         fn(m->pages[i].starts[j]);
   VG_(OSetGen_ResetIter)(m->large);
   while ((n = VG_(OSetGen_Next)(m->large)) != NULL)
      fn(n->block);
}

UWord hc_map_n_blocks(const HcMap* m)
{
   return m->n_blocks;
}

/* ---- The live blocks ------------------------------------------------ */

static HcMap* malloced;          /* blocks from the malloc replacement */
static HcMap* custom;            /* VALGRIND_MALLOCLIKE_BLOCK blocks */

void hc_blocks_init(void)
{
   malloced = hc_map_new("hc.blocks.malloced");
   custom = hc_map_new("hc.blocks.custom");
}

HcMap* hc_blocks_malloced(void)
{
   return malloced;
}

HcMap* hc_blocks_custom(void)
{
   return custom;
}

/* Each map turns away addresses outside its blocks' hull at once (the
   custom map, empty in most programs, turns away everything). */
HcBlock* hc_blocks_find(Addr a)
{
   HcBlock* b = hc_map_find(custom, a);
   return b ? b : hc_map_find(malloced, a);
}

Bool hc_blocks_have_custom(void)
{
   return custom->n_blocks > 0;
}
