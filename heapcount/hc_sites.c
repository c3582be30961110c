/* hc_sites.c: heapcount's accounting, per allocation site, per iai.h
   region (the sites' allocations made while the region was open), and for
   the whole program.  The rules are DHAT's (dhat/dh_main.c in Valgrind
   3.19): a realloc counts as one more block of the new size; the global
   peak (t-gmax) is the latest moment live bytes reach their maximum (>=);
   blocks live at exit are retired with the end time.  Unlike DHAT, the
   snapshot of every counter set at t-gmax is taken lazily (each set notes
   the peak number of its last change) instead of walking every site at
   each peak, and each site's own peak is kept on its own.  A site's
   counters inside a region exist only where it allocated (a hash table
   keyed by site and region), so many regions cost little.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_hashtable.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_xarray.h"
#include "bg_pairkey.h"
#include "bg_regions.h"
#include "hc_sites.h"

#define MAX_SETS 64           /* counter sets one block updates */

/* A site's counters inside a region. */
typedef struct InRegion {
   struct InRegion* next;
   UWord            key;      /* bg_pair_key(site, region) */
   UInt             site, region;
   HcStats          stats;
} InRegion;

ULong hc_instrs;

static VgHashTable* sites;    /* of HcSite, keyed by ExeContext* */
static XArray*      site_list;            /* of HcSite*, by id */
static XArray*      region_stats;         /* of HcStats*, by region id */
static VgHashTable* in_regions;           /* of InRegion */
static HcStats      total;
static UInt         current_ctx = BG_CTX_ROOT;
static ULong        peak_number;          /* bumped at each new peak */
static ULong        peak_bytes;
static ULong        tgmax;

void hc_sites_init(void)
{
   sites = VG_(HT_construct)("hc.sites");
   site_list = VG_(newXA)(VG_(malloc), "hc.sites.list", VG_(free),
                          sizeof(HcSite*));
   region_stats = VG_(newXA)(VG_(malloc), "hc.sites.regions", VG_(free),
                             sizeof(HcStats*));
   in_regions = VG_(HT_construct)("hc.sites.inregion");
   total.lt_min = ~0ULL;
}

void hc_sites_switch_context(UInt ctx)
{
   current_ctx = ctx;
}

UInt hc_sites_current_context(void)
{
   return current_ctx;
}

static HcStats* new_stats(void)
{
   HcStats* s = VG_(calloc)("hc.sites.stats", 1, sizeof(HcStats));
   s->lt_min = ~0ULL;
   return s;
}

static HcStats* stats_of_region(UInt r)
{
   HcStats* none = NULL;
   HcStats** slot;
   while ((UWord)VG_(sizeXA)(region_stats) <= r)
      VG_(addToXA)(region_stats, &none);
   slot = VG_(indexXA)(region_stats, r);
   if (*slot == NULL)
      *slot = new_stats();
   return *slot;
}

static Word same_in_region(const void* a, const void* b)
{
   const InRegion* x = a;
   const InRegion* y = b;
   return x->site != y->site || x->region != y->region;
}

static InRegion* find_in_region(const HcSite* s, UInt r)
{
   InRegion probe;
   probe.key = bg_pair_key(s->id, r);
   probe.site = s->id;
   probe.region = r;
   return VG_(HT_gen_lookup)(in_regions, &probe, same_in_region);
}

static HcStats* stats_of_site_in(HcSite* s, UInt r)
{
   InRegion* in = find_in_region(s, r);
   if (in == NULL) {
      in = VG_(calloc)("hc.sites.inregion", 1, sizeof *in);
      in->key = bg_pair_key(s->id, r);
      in->site = s->id;
      in->region = r;
      in->stats.lt_min = ~0ULL;
      VG_(HT_add_node)(in_regions, in);
   }
   return &in->stats;
}

const HcStats* hc_sites_in_region(const HcSite* s, UInt r)
{
   const InRegion* in = find_in_region(s, r);
   return in ? &in->stats : NULL;
}

HcSite* hc_site_here(ThreadId tid)
{
   ExeContext* ec;
   HcSite* s;
   if (current_ctx == BG_CTX_OFF)
      return NULL;
   ec = VG_(record_ExeContext)(tid, 0);
   s = VG_(HT_lookup)(sites, (UWord)ec);
   if (s)
      return s;
   s = VG_(calloc)("hc.sites.site", 1, sizeof(HcSite));
   s->key = (UWord)ec;
   s->ec = ec;
   s->id = (UInt)VG_(sizeXA)(site_list);
   s->all.lt_min = ~0ULL;
   VG_(HT_add_node)(sites, s);
   VG_(addToXA)(site_list, &s);
   return s;
}

/* Every counter set block B counts in; returns how many. */
static UInt sets_of(const HcBlock* b, HcStats** sets)
{
   UInt regions[BG_MAX_DEPTH];
   UInt i, n = 0, n_regions = bg_context_path(b->ctx, regions);
   sets[n++] = &total;
   sets[n++] = &b->site->all;
   for (i = 0; i < n_regions && n + 2 <= MAX_SETS; i++) {
      sets[n++] = stats_of_region(regions[i]);
      sets[n++] = stats_of_site_in(b->site, regions[i]);
   }
   return n;
}

/* Before live bytes change: if a peak happened since this set last
   changed, its live values now are its values at that peak. */
static inline void touch(HcStats* s)
{
   if (s->stamp != peak_number) {
      s->gb = s->cb;
      s->gbk = s->cbk;
      s->stamp = peak_number;
   }
}

static inline void raise_own_peak(HcStats* s)
{
   if (s->cb >= s->mb) {
      s->mb = s->cb;
      s->mbk = s->cbk;
   }
}

/* After live bytes grew (or stayed): DHAT's ">=" global peak rule. */
static void check_global_peak(void)
{
   if (total.cb >= peak_bytes) {
      peak_bytes = total.cb;
      peak_number++;
      tgmax = hc_instrs;
   }
}

void hc_sites_alloc(HcBlock* b)
{
   HcStats* sets[MAX_SETS];
   UInt i, n;
   if (b->site == NULL)
      return;
   n = sets_of(b, sets);
   for (i = 0; i < n; i++) {
      HcStats* s = sets[i];
      touch(s);
      s->tb += b->size;
      s->tbk++;
      s->cb += b->size;
      s->cbk++;
      raise_own_peak(s);
   }
   check_global_peak();
}

void hc_sites_resize(HcBlock* b, SizeT new_size)
{
   HcStats* sets[MAX_SETS];
   UInt i, n;
   if (b->site == NULL)
      return;
   n = sets_of(b, sets);
   for (i = 0; i < n; i++) {
      HcStats* s = sets[i];
      touch(s);
      s->tb += new_size;
      s->tbk++;
      s->cb = s->cb - b->size + new_size;
      if (new_size >= b->size)
         raise_own_peak(s);
   }
   if (new_size >= b->size)
      check_global_peak();
}

static void add_lifetime(HcStats* s, ULong lt, const HcBlock* b)
{
   s->lt_n++;
   s->lt_sum += lt;
   if (lt < s->lt_min)
      s->lt_min = lt;
   if (lt > s->lt_max)
      s->lt_max = lt;
   s->rb += b->reads;
   s->wb += b->writes;
   s->never_read += b->reads == 0;
   s->never_written += b->writes == 0;
}

void hc_sites_retire(HcBlock* b, Bool freed)
{
   HcStats* sets[MAX_SETS];
   UInt i, n;
   ULong lt;
   if (b->site == NULL)
      return;
   lt = hc_instrs - b->allocd_at;
   n = sets_of(b, sets);
   for (i = 0; i < n; i++) {
      HcStats* s = sets[i];
      if (freed) {
         touch(s);
         s->cb -= b->size;
         s->cbk--;
      }
      add_lifetime(s, lt, b);
   }
}

static void settle(HcStats* s)
{
   if (s)
      touch(s);
}


typedef struct {
   HcStats* where;
   HcStats  copy;
} Saved;
static XArray* saved;

static void save_one(HcStats* s)
{
   Saved v;
   if (s == NULL)
      return;
   v.where = s;
   v.copy = *s;
   VG_(addToXA)(saved, &v);
}

static void for_every_set(void (*fn)(HcStats*))
{
   UInt i, r, n = (UInt)VG_(sizeXA)(site_list);
   InRegion* in;
   fn(&total);
   for (r = 0; r < (UInt)VG_(sizeXA)(region_stats); r++)
      fn(*(HcStats**)VG_(indexXA)(region_stats, r));
   for (i = 0; i < n; i++) {
      HcSite* s = *(HcSite**)VG_(indexXA)(site_list, i);
      fn(&s->all);
   }
   VG_(HT_ResetIter)(in_regions);
   while ((in = VG_(HT_Next)(in_regions)) != NULL)
      fn(&in->stats);
}

void hc_sites_save(void)
{
   if (saved == NULL)
      saved = VG_(newXA)(VG_(malloc), "hc.sites.saved", VG_(free),
                         sizeof(Saved));
   VG_(deleteXA)(saved);
   saved = VG_(newXA)(VG_(malloc), "hc.sites.saved", VG_(free),
                      sizeof(Saved));
   for_every_set(save_one);
}

void hc_sites_restore(void)
{
   Word i;
   for (i = 0; i < VG_(sizeXA)(saved); i++) {
      Saved* v = VG_(indexXA)(saved, i);
      *v->where = v->copy;
   }
}

void hc_sites_settle(void)
{
   for_every_set(settle);
}

const HcStats* hc_sites_total(void)
{
   return &total;
}

const HcStats* hc_sites_region(UInt region)
{
   return stats_of_region(region);
}

ULong hc_sites_tgmax(void)
{
   return tgmax;
}

HcSite** hc_sites_all(UInt* n)
{
   *n = (UInt)VG_(sizeXA)(site_list);
   return *n ? VG_(indexXA)(site_list, 0) : NULL;
}
