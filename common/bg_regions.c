/* bg_regions.c: the iai.h client requests (IAI_REGION_BEGIN/END,
   IAI_COLLECT_START/STOP) and the tree of region contexts they walk.
   Regions are process-wide: while one is open, every thread's costs go
   to it.  Names and (parent, region) pairs are found through hash
   tables, so a run with many thousands of regions pays the same per
   request as one with a few.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_aspacemgr.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcprint.h"
#include "pub_tool_hashtable.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_tooliface.h"
#include "pub_tool_vki.h"
#include "pub_tool_xarray.h"
#define IAI_REQUESTS_ONLY
#include "valgrind/iai.h"
#include "bg_pairkey.h"
#include "bg_regions.h"

#define NO_REGION        0xFFFFFFFFu
#define MAX_NAME_LEN     255
#define MAX_DEPTH        BG_MAX_DEPTH

typedef struct {
   UInt parent;
   UInt region;     /* the innermost region of this path */
} Context;

/* A region's name, keyed by its hash. */
typedef struct NameNode {
   struct NameNode* next;
   UWord            key;
   const HChar*     name;
   UInt             region;
} NameNode;

/* A context, keyed by (parent, region). */
typedef struct ChildNode {
   struct ChildNode* next;
   UWord             key;           /* bg_pair_key(parent, region) */
   UInt              parent, region;
   UInt              ctx;
} ChildNode;

static XArray* contexts;          /* of Context, indexed by context id */
static XArray* region_names;      /* of HChar*, indexed by region id */
static VgHashTable* names;        /* of NameNode */
static VgHashTable* children;     /* of ChildNode */
static UInt    stack[MAX_DEPTH];  /* open contexts; stack[0] = ROOT */
static UInt    depth;
static UInt    overflow_depth;    /* BEGINs beyond MAX_DEPTH, ignored */
static Bool    collecting;
static Bool    toggled;           /* bg_toggle: a matching function runs */
static BgContextListener listener;

static ULong n_unbalanced_ends, n_bad_names, n_too_deep;

static UInt add_context(UInt parent, UInt region)
{
   Context c = { parent, region };
   return (UInt)VG_(addToXA)(contexts, &c);
}

static const Context* context_at(UInt ctx)
{
   return VG_(indexXA)(contexts, ctx);
}

void bg_regions_init(Bool collect_atstart, BgContextListener on_switch)
{
   contexts = VG_(newXA)(VG_(malloc), "bg.regions.ctx", VG_(free),
                         sizeof(Context));
   region_names = VG_(newXA)(VG_(malloc), "bg.regions.names", VG_(free),
                             sizeof(HChar*));
   names = VG_(HT_construct)("bg.regions.byname");
   children = VG_(HT_construct)("bg.regions.children");
   tl_assert(add_context(NO_REGION, NO_REGION) == BG_CTX_OFF);
   tl_assert(add_context(NO_REGION, NO_REGION) == BG_CTX_ROOT);
   stack[0] = BG_CTX_ROOT;
   depth = 1;
   collecting = collect_atstart;
   listener = on_switch;
}

UInt bg_regions_current(void)
{
   return collecting || toggled ? stack[depth - 1] : BG_CTX_OFF;
}

UInt bg_regions_n_contexts(void)
{
   return (UInt)VG_(sizeXA)(contexts);
}

UInt bg_regions_n_regions(void)
{
   return (UInt)VG_(sizeXA)(region_names);
}

const HChar* bg_region_name(UInt region)
{
   return *(HChar**)VG_(indexXA)(region_names, region);
}

UInt bg_context_path(UInt ctx, UInt* regions)
{
   UInt n = 0;
   while (ctx != BG_CTX_OFF && ctx != BG_CTX_ROOT) {
      const Context* c = context_at(ctx);
      tl_assert(n < MAX_DEPTH);
      regions[n++] = c->region;
      ctx = c->parent;
   }
   return n;
}

static Bool path_holds(UInt ctx, UInt region)
{
   UInt path[MAX_DEPTH], i, n = bg_context_path(ctx, path);
   for (i = 0; i < n; i++)
      if (path[i] == region)
         return True;
   return False;
}

/* The index of bg_region_contexts: the contexts of region r are
   index_ctx[index_start[r] .. index_start[r + 1]). */
static UInt  index_n_contexts;    /* what it was built for (0: not yet) */
static UInt  index_n_regions;
static UInt* index_start;
static UInt* index_ctx;

static void build_index(void)
{
   UInt n_ctx = bg_regions_n_contexts(), n_reg = bg_regions_n_regions();
   UInt ctx, r, i, n, path[MAX_DEPTH], total = 0;
   UInt* fill;
   VG_(free)(index_start);
   VG_(free)(index_ctx);
   index_start = VG_(calloc)("bg.regions.index", n_reg + 1, sizeof(UInt));
   for (ctx = BG_CTX_ROOT + 1; ctx < n_ctx; ctx++) {
      n = bg_context_path(ctx, path);
      for (i = 0; i < n; i++)
         index_start[path[i] + 1]++;
      total += n;
   }
   for (r = 0; r < n_reg; r++)
      index_start[r + 1] += index_start[r];
   index_ctx = VG_(malloc)("bg.regions.index", (total ? total : 1)
                                               * sizeof(UInt));
   fill = VG_(malloc)("bg.regions.fill", (n_reg ? n_reg : 1) * sizeof(UInt));
   for (r = 0; r < n_reg; r++)
      fill[r] = index_start[r];
   for (ctx = BG_CTX_ROOT + 1; ctx < n_ctx; ctx++) {
      n = bg_context_path(ctx, path);
      for (i = 0; i < n; i++)
         index_ctx[fill[path[i]]++] = ctx;
   }
   VG_(free)(fill);
   index_n_contexts = n_ctx;
   index_n_regions = n_reg;
}

const UInt* bg_region_contexts(UInt region, UInt* n)
{
   tl_assert(region < bg_regions_n_regions());
   if (index_n_contexts != bg_regions_n_contexts()
       || index_n_regions != bg_regions_n_regions())
      build_index();
   *n = index_start[region + 1] - index_start[region];
   return index_ctx + index_start[region];
}

/* Copies a NUL-terminated client string of at most MAX_NAME_LEN bytes;
   False if it is unreadable, empty or too long. */
static Bool copy_client_name(Addr a, HChar* buf)
{
   Int i;
   for (i = 0; i <= MAX_NAME_LEN; i++) {
      if (i == 0 || ((a + i) & 0xFFF) == 0)
         if (!VG_(am_is_valid_for_client)(a + i, 1, VKI_PROT_READ))
            return False;
      buf[i] = *(const HChar*)(a + i);
      if (buf[i] == '\0')
         return i > 0;
   }
   return False;
}

/* FNV-1a of the host's word size */
#if VG_WORDSIZE == 8
#define FNV_BASIS 14695981039346656037UL
#define FNV_PRIME 1099511628211UL
#else
#define FNV_BASIS 2166136261UL
#define FNV_PRIME 16777619UL
#endif

static UWord hash_name(const HChar* name)
{
   UWord h = FNV_BASIS;
   for (; *name; name++)
      h = (h ^ (UChar)*name) * FNV_PRIME;
   return h;
}

static Word same_name(const void* a, const void* b)
{
   return VG_(strcmp)(((const NameNode*)a)->name,
                      ((const NameNode*)b)->name);
}

static UInt intern_region(const HChar* name)
{
   NameNode probe, *node;
   const NameNode* found;
   probe.key = hash_name(name);
   probe.name = name;
   found = VG_(HT_gen_lookup)(names, &probe, same_name);
   if (found != NULL)
      return found->region;
   node = VG_(malloc)("bg.regions.name", sizeof *node);
   node->key = probe.key;
   node->name = VG_(strdup)("bg.regions.name", name);
   node->region = (UInt)VG_(addToXA)(region_names, &node->name);
   VG_(HT_add_node)(names, node);
   return node->region;
}

static Word same_child(const void* a, const void* b)
{
   const ChildNode* x = a;
   const ChildNode* y = b;
   return x->parent != y->parent || x->region != y->region;
}

static UInt child_context(UInt parent, UInt region)
{
   ChildNode probe, *node;
   if (path_holds(parent, region))
      return parent;              /* re-entering an open region */
   probe.key = bg_pair_key(parent, region);
   probe.parent = parent;
   probe.region = region;
   node = VG_(HT_gen_lookup)(children, &probe, same_child);
   if (node != NULL)
      return node->ctx;
   node = VG_(malloc)("bg.regions.child", sizeof *node);
   *node = probe;
   node->ctx = add_context(parent, region);
   VG_(HT_add_node)(children, node);
   return node->ctx;
}

static void switched(UInt before)
{
   UInt now = bg_regions_current();
   if (now != before && listener)
      listener(now);
}

static void region_begin(Addr name_addr)
{
   HChar name[MAX_NAME_LEN + 1];
   UInt before = bg_regions_current();
   if (!copy_client_name(name_addr, name)) {
      n_bad_names++;
      VG_(strcpy)(name, "(bad region name)");
   }
   if (depth == MAX_DEPTH) {
      n_too_deep++;
      overflow_depth++;
      return;
   }
   stack[depth] = child_context(stack[depth - 1], intern_region(name));
   depth++;
   switched(before);
}

static void region_end(void)
{
   UInt before = bg_regions_current();
   if (overflow_depth > 0) {
      overflow_depth--;
      return;
   }
   if (depth == 1) {
      n_unbalanced_ends++;
      return;
   }
   depth--;
   switched(before);
}

static void set_collecting(Bool on)
{
   UInt before = bg_regions_current();
   collecting = on;
   switched(before);
}

void bg_regions_set_toggled(Bool on)
{
   UInt before = bg_regions_current();
   toggled = on;
   switched(before);
}

Bool bg_regions_handle_client_request(ThreadId tid, UWord* arg, UWord* ret)
{
   if (!VG_IS_TOOL_USERREQ('I', 'A', arg[0]))
      return False;
   switch (arg[0]) {
   case IAI_USERREQ__REGION_BEGIN:  region_begin((Addr)arg[1]); break;
   case IAI_USERREQ__REGION_END:    region_end();               break;
   case IAI_USERREQ__COLLECT_START: set_collecting(True);       break;
   case IAI_USERREQ__COLLECT_STOP:  set_collecting(False);      break;
   default:                         return False;
   }
   *ret = 0;
   return True;
}

void bg_regions_report_problems(void)
{
   if (n_unbalanced_ends > 0)
      VG_(umsg)("warning: %llu IAI_REGION_END without a matching BEGIN "
                "(ignored)\n", n_unbalanced_ends);
   if (n_bad_names > 0)
      VG_(umsg)("warning: %llu IAI_REGION_BEGIN with an unreadable, empty "
                "or over-long name\n", n_bad_names);
   if (n_too_deep > 0)
      VG_(umsg)("warning: %llu regions nested deeper than %d (ignored)\n",
                n_too_deep, MAX_DEPTH);
   if (depth > 1)
      VG_(umsg)("note: %u region(s) still open at exit\n", depth - 1);
}
