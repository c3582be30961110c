/* bg_cachesim.c: the cache geometry (--I1/--D1/--LL parsing and
   validation, host auto-detection, cachegrind's defaults and its
   adjustment of an LL whose set count is not a power of two) and the
   allocation of the simulated caches.  The lookups themselves are the
   inline functions of bg_cachesim.h.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_aspacemgr.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcprint.h"
#include "pub_tool_libcproc.h"
#include "pub_tool_machine.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_options.h"
#include "bg_cachesim.h"

#define MIN_LINE_SIZE 16

BgCache bg_I1, bg_D1, bg_LL;

static const BgCacheConfig unset = { -1, -1, -1 };

static Bool is_set(const BgCacheConfig* c)
{
   return c->size != -1 || c->assoc != -1 || c->line_size != -1;
}

/* NULL if the simulator can model C, else why not (cachegrind's rules
   and messages). */
static const HChar* check_geometry(const BgCacheConfig* c)
{
   Long way_bytes = (Long)c->line_size * c->assoc;
   if (c->line_size <= 0 || c->assoc <= 0 || c->size <= 0
       || c->size % way_bytes != 0
       || VG_(log2)((UInt)(c->size / way_bytes)) == -1)
      return "Cache set count is not a power of two.\n";
   if (VG_(log2)(c->line_size) == -1)
      return "Cache line size is not a power of two.\n";
   if (c->line_size < MIN_LINE_SIZE)
      return "Cache line size is too small.\n";
   if (c->size <= c->line_size)
      return "Cache size <= line size.\n";
   if (c->assoc > c->size / c->line_size)
      return "Cache associativity > (size / line size).\n";
   return NULL;
}

/* ---- options ----------------------------------------------------- */

void bg_cache_options_init(BgCacheOptions* o)
{
   o->I1 = o->D1 = o->LL = unset;
}

/* Reads "N,N,N"; False if VALUE is not three decimal numbers. */
static Bool parse_triple(const HChar* value, Long n[3])
{
   HChar* end = NULL;
   Int i;
   for (i = 0; i < 3; i++) {
      const HChar* start = i == 0 ? value : end + 1;
      n[i] = VG_(strtoll10)(start, &end);
      if (end == start || *end != (i < 2 ? ',' : '\0'))
         return False;
   }
   return True;
}

static void parse_cache_option(BgCacheConfig* c, const HChar* arg,
                               const HChar* value)
{
   Long n[3];
   const HChar* why;
   if (!parse_triple(value, n))
      VG_(fmsg_bad_option)(arg, "Bad argument '%s'\n", value);
   c->size = (Int)n[0];
   c->assoc = (Int)n[1];
   c->line_size = (Int)n[2];
   if (c->size != n[0] || c->assoc != n[1] || c->line_size != n[2])
      VG_(fmsg_bad_option)(arg, "One of the cache parameters was too large "
                           "and overflowed.\n");
   why = check_geometry(c);
   if (why != NULL) {
      VG_(fmsg)("%s", why);
      VG_(fmsg_bad_option)(arg, "Bad argument '%s'\n", value);
   }
}

Bool bg_cache_process_option(BgCacheOptions* o, const HChar* arg)
{
   const HChar* v;
   if VG_STR_CLO(arg, "--I1", v)
      parse_cache_option(&o->I1, arg, v);
   else if VG_STR_CLO(arg, "--D1", v)
      parse_cache_option(&o->D1, arg, v);
   else if (VG_STR_CLO(arg, "--LL", v) || VG_STR_CLO(arg, "--L2", v))
      parse_cache_option(&o->LL, arg, v);
   else
      return False;
   return True;
}

void bg_cache_print_usage(void)
{
   VG_(printf)(
"    --I1=<size>,<assoc>,<line_size>  set I1 cache manually\n"
"    --D1=<size>,<assoc>,<line_size>  set D1 cache manually\n"
"    --LL=<size>,<assoc>,<line_size>  set LL cache manually\n");
}

/* ---- the host's caches ------------------------------------------- */

static const VexCache* find_cache(const VexCacheInfo* ci, VexCacheKind kind,
                                  UInt level)
{
   UInt i;
   for (i = 0; i < ci->num_caches; i++)
      if (ci->caches[i].level == level && ci->caches[i].kind == kind)
         return &ci->caches[i];
   return NULL;
}

static BgCacheConfig from_vex(const VexCache* c)
{
   BgCacheConfig r = { (Int)c->sizeB, (Int)c->assoc, (Int)c->line_sizeB };
   return r;
}

/* A Pentium 4 trace cache holds micro-ops: guess a byte size as
   cachegrind does. */
static BgCacheConfig from_trace_cache(const VexCache* c)
{
   BgCacheConfig r;
   r.size = (c->sizeB == 12 * 1024 || c->sizeB == 16 * 1024) ? 16 * 1024
                                                             : 32 * 1024;
   r.assoc = (Int)c->assoc;
   r.line_size = 32;
   VG_(dmsg)("warning: Pentium 4 with %u KB micro-op instruction trace "
             "cache\n", c->sizeB / 1024);
   VG_(dmsg)("         Simulating a %d KB I-cache with %d B lines\n",
             r.size / 1024, r.line_size);
   return r;
}

/* Fills I1, D1, LL from the core's detection, or cachegrind's amd64
   defaults. */
static void detect(BgCacheOptions* d, Bool all_given)
{
   VexArchInfo vai;
   const VexCacheInfo* ci;
   const VexCache *i1, *d1, *ll;
   static const BgCacheConfig l1_default = { 65536, 2, 64 };
   static const BgCacheConfig ll_default = { 262144, 8, 64 };

   VG_(machine_get_VexArchInfo)(NULL, &vai);
   ci = &vai.hwcache_info;
   i1 = find_cache(ci, INSN_CACHE, 1);
   d1 = find_cache(ci, DATA_CACHE, 1);
   ll = find_cache(ci, UNIFIED_CACHE, ci->num_levels);
   if (ci->num_caches > 0 && ll == NULL)
      VG_(dmsg)("warning: L2 cache not installed, ignore LL results.\n");
   if (ll != NULL && ci->num_levels > 2)
      VG_(dmsg)("warning: L%u cache found, using its data for the "
                "LL simulation.\n", ci->num_levels);
   if (i1 && d1 && ll) {
      d->I1 = i1->is_trace_cache ? from_trace_cache(i1) : from_vex(i1);
      d->D1 = from_vex(d1);
      d->LL = from_vex(ll);
      return;
   }
   d->I1 = d->D1 = l1_default;
   d->LL = ll_default;
   if (!all_given)
      VG_(dmsg)("Warning: Cannot auto-detect cache config, using "
                "defaults.\n         Run with -v to see.\n");
}

static UInt floor_power_of_two(UInt x)
{
   UInt p = 1;
   while (p <= x / 2)
      p *= 2;
   return p;
}

/* cachegrind's treatment of a detected LL whose set count is not a power
   of two: fewer sets (the power of two below), proportionally more ways,
   the size recomputed from them. */
static void adjust_LL(BgCacheConfig* c)
{
   UInt size, assoc, line, sets, new_sets, new_assoc, new_size;
   if (c->size <= 0 || c->assoc <= 0 || c->line_size <= 0)
      return;
   size = (UInt)c->size;
   assoc = (UInt)c->assoc;
   line = (UInt)c->line_size;
   sets = size / (assoc * line);
   if (sets == 0)
      return;
   new_assoc = assoc;
   if (VG_(log2)(sets) != -1) {
      new_size = line * assoc * sets;
   } else {
      Double factor;
      new_sets = floor_power_of_two(sets);
      factor = (Double)sets / (Double)new_sets;
      new_assoc = (UInt)(0.5 + factor * (Double)assoc);
      new_size = line * new_assoc * new_sets;
   }
   if (new_size == size && new_assoc == assoc)
      return;
   VG_(dmsg)("warning: specified LL cache: line_size %u  assoc %u  "
             "total_size %'u\n", line, assoc, size);
   VG_(dmsg)("warning: simulated LL cache: line_size %u  assoc %u  "
             "total_size %'u\n", line, new_assoc, new_size);
   c->size = (Int)new_size;
   c->assoc = (Int)new_assoc;
}

/* An unusable detected cache is fatal unless the user replaced it. */
static void check_detected(const HChar* name, const BgCacheConfig* c,
                           Bool given)
{
   const HChar* why = check_geometry(c);
   if (why == NULL)
      return;
   VG_(umsg)("Auto-detected %s cache configuration not supported: %s",
             name, why);
   VG_(umsg)("  %s: %'d B, %d-way, %d B lines\n", name, c->size, c->assoc,
             c->line_size);
   if (!given) {
      VG_(umsg)("Bypass this message by using option --%s=...\n", name);
      VG_(exit)(1);
   }
}

/* ---- the simulated caches ----------------------------------------- */

/* Room after each table for the vector lookup's reads (bg_cachesim.h):
   three entries after the last set (and the table starts on 16 bytes). */
#define PAD_BEFORE 4
#define PAD_AFTER  4

/* The L1 tags live in the tool's own data when they fit: its addresses
   fit in 32 bits, so the instrumented code reaches a tag with one
   register-relative load instead of building a 64-bit address. */
#define STATIC_TAGS 65536
static UInt i1_tags[PAD_BEFORE + STATIC_TAGS + PAD_AFTER];
static UInt d1_tags[PAD_BEFORE + STATIC_TAGS + PAD_AFTER];
#define STATIC_SETS 8192
static UWord i1_mru[STATIC_SETS], d1_mru[STATIC_SETS];

/* BYTES of fresh anonymous memory, or NULL (VG_(am_shadow_alloc) returns
   a SysRes since about 3.24, a pointer before). */
static UInt* shadow_alloc(SizeT bytes)
{
#if defined(BG_SHADOW_ALLOC_SYSRES)
   SysRes r = VG_(am_shadow_alloc)(bytes);
   return sr_isError(r) ? NULL : (UInt*)sr_Res(r);
#else
   return VG_(am_shadow_alloc)(bytes);
#endif
}

/* N zeroed entries (and the padding).  A large table (LL's) comes from
   fresh anonymous memory, whose pages read as zero and take no memory
   until a set in them is first used: an empty cache costs nothing to
   set up, however large. */
static UInt* tag_storage(const BgCache* c, UWord n)
{
   SizeT bytes = (PAD_BEFORE + n + PAD_AFTER) * sizeof(UInt);
   UInt* t;
   if (n <= STATIC_TAGS && c == &bg_I1)
      return i1_tags + PAD_BEFORE;
   if (n <= STATIC_TAGS && c == &bg_D1)
      return d1_tags + PAD_BEFORE;
   t = shadow_alloc(bytes);
   if (t == NULL) {
      t = VG_(malloc)("bg.cachesim.tags", bytes);
      VG_(memset)(t, 0, bytes);
   }
   return t + PAD_BEFORE;
}

/* I1's and D1's MRU blocks, in the tool's data when they fit (as the
   tags); all zero. */
static UWord* mru_storage(const BgCache* c, UWord sets)
{
   if (sets <= STATIC_SETS && c == &bg_I1)
      return i1_mru;
   if (sets <= STATIC_SETS && c == &bg_D1)
      return d1_mru;
   return VG_(calloc)("bg.cachesim.mru", sets, sizeof(UWord));
}

static void init_cache(BgCache* c, const BgCacheConfig* cfg, Bool is_LL)
{
   UWord sets = cfg->size / (cfg->line_size * cfg->assoc), i;
   UInt  bits;
   c->cfg = *cfg;
   c->line_bits = (UInt)VG_(log2)(cfg->line_size);
   c->set_mask = sets - 1;
   c->assoc = (UInt)cfg->assoc;
   c->set_bits = (UInt)VG_(log2)((UInt)sets);
   c->tag_shift = is_LL ? c->set_bits : 0;
   c->tags = tag_storage(c, sets * c->assoc);
   c->wide = NULL;
   c->mru = is_LL ? NULL : mru_storage(c, sets);
   if (c->mru != NULL)
      c->mru[0] = 1;              /* block 0 */
   /* (block >> tag_shift) + 1 must fit in 32 bits; a block is below
      2^(bits of a word - line_bits), so with few enough bits left, all
      fit */
   bits = 32 + c->tag_shift;
   c->fit_limit = bits > 8 * sizeof(UWord) - c->line_bits
                  ? ~(UWord)0 : ((UWord)0xFFFFFFFF << c->tag_shift);
   for (i = 0; i < c->assoc; i++)
      c->tags[i] = 1;             /* block 0, in set 0 */
   if (cfg->assoc == 1)
      VG_(snprintf)(c->desc, sizeof c->desc, "%d B, %d B, direct-mapped",
                    cfg->size, cfg->line_size);
   else
      VG_(snprintf)(c->desc, sizeof c->desc, "%d B, %d B, %d-way associative",
                    cfg->size, cfg->line_size, cfg->assoc);
}

/* ---- the wide fallback ---------------------------------------------- */

#define WIDE_NONE (~(UWord)0)        /* no block has this number */

static UWord set_base(const BgCache* c, UWord block)
{
   return (block & c->set_mask) * c->assoc;
}

/* C's ways as whole block numbers, from their encodings. */
static void go_wide(BgCache* c)
{
   UWord n = (c->set_mask + 1) * c->assoc, i;
   c->wide = VG_(malloc)("bg.cachesim.wide", n * sizeof(UWord));
   for (i = 0; i < n; i++) {
      UWord set_no = i / c->assoc;
      c->wide[i] = c->tags[i] == BG_TAG_NONE ? WIDE_NONE
         : (((UWord)c->tags[i] - 1) << c->tag_shift)
           | (c->tag_shift ? set_no : 0);
   }
   c->fit_limit = 0;
}

Bool bg_cache_wide_ref_is_miss(BgCache* c, UWord block)
{
   UWord base = set_base(c, block), prev, cur, i;
   UWord* set;
   Bool miss = True;
   if (c->wide == NULL)
      go_wide(c);
   set = c->wide + base;
   prev = set[0];
   set[0] = block;
   if (prev == block) {
      miss = False;
   } else {
      for (i = 1; i < c->assoc; i++) {
         cur = set[i];
         set[i] = prev;
         if (cur == block) {
            miss = False;
            break;
         }
         prev = cur;
      }
   }
   return miss;
}

Bool bg_cache_straddle_is_miss(BgCache* c, UWord b1, UWord b2)
{
   Bool miss = bg_cache_set_ref_is_miss(c, b1);
   if (bg_cache_set_ref_is_miss(c, b2))
      miss = True;
   return miss;
}

void bg_cache_doref_slow(BgCache* l1, Addr a, UWord size, UWord slot)
{
   if (bg_cache_ref_is_miss(l1, a, size)) {
      (*bg_ll_queue.counts)[slot]++;
      bg_cache_ll_ref_later(a, size, slot + 1);
   }
}

/* ---- the LL queue ---------------------------------------------------- */

BgLLQueue bg_ll_queue;

void bg_cache_ll_init(ULong** counts)
{
   bg_ll_queue.counts = counts;
   bg_ll_queue.head = bg_ll_queue.n = 0;
}

void bg_cache_ll_drain(void)
{
   BgLLQueue* q = &bg_ll_queue;
   for (; q->n > 0; q->n--) {
      bg_cache_ll_lookup(&q->ref[q->head]);
      q->head = (q->head + 1) & (BG_LL_QUEUE - 1);
   }
}

static Int min_line_size;

Int bg_cache_min_line_size(void)
{
   return min_line_size;
}

static void check_min_line(const HChar* tool)
{
   Int largest = VG_(machine_get_size_of_largest_guest_register)();
   min_line_size = bg_I1.cfg.line_size;
   if (bg_D1.cfg.line_size < min_line_size)
      min_line_size = bg_D1.cfg.line_size;
   if (bg_LL.cfg.line_size < min_line_size)
      min_line_size = bg_LL.cfg.line_size;
   if (min_line_size >= largest)
      return;
   VG_(umsg)("%s: cannot continue: the minimum line size (%d)\n", tool,
             min_line_size);
   VG_(umsg)("  must be equal to or larger than the maximum register size "
             "(%d)\n", largest);
   VG_(umsg)("  but it is not.  Exiting now.\n");
   VG_(exit)(1);
}

void bg_cache_configure(const BgCacheOptions* o, const BgCacheOptions* fixed,
                        const HChar* tool)
{
   BgCacheOptions c;
   if (fixed != NULL) {
      c = *fixed;
   } else {
      detect(&c, is_set(&o->I1) && is_set(&o->D1) && is_set(&o->LL));
      adjust_LL(&c.LL);
      check_detected("I1", &c.I1, is_set(&o->I1));
      check_detected("D1", &c.D1, is_set(&o->D1));
      check_detected("LL", &c.LL, is_set(&o->LL));
   }
   if (is_set(&o->I1)) c.I1 = o->I1;
   if (is_set(&o->D1)) c.D1 = o->D1;
   if (is_set(&o->LL)) c.LL = o->LL;
   init_cache(&bg_I1, &c.I1, False);
   init_cache(&bg_D1, &c.D1, False);
   init_cache(&bg_LL, &c.LL, True);
   if (VG_(clo_verbosity) >= 2)
      VG_(umsg)("Cache configuration used:\n  I1: %s\n  D1: %s\n  LL: %s\n",
                bg_I1.desc, bg_D1.desc, bg_LL.desc);
   check_min_line(tool);
}
