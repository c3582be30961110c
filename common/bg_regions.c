/* bg_regions.c: the iai.h client requests (IAI_REGION_BEGIN/END,
   IAI_COLLECT_START/STOP) and the tree of region contexts they walk.
   Regions are process-wide: while one is open, every thread's costs go
   to it.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_aspacemgr.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcprint.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_tooliface.h"
#include "pub_tool_vki.h"
#include "pub_tool_xarray.h"
#define IAI_REQUESTS_ONLY
#include "valgrind/iai.h"
#include "bg_regions.h"

#define NO_REGION        0xFFFFFFFFu
#define MAX_NAME_LEN     255
#define MAX_DEPTH        64

typedef struct {
   UInt parent;
   UInt region;     /* the innermost region of this path */
} Context;

static XArray* contexts;          /* of Context, indexed by context id */
static XArray* region_names;      /* of HChar*, indexed by region id */
static UInt    stack[MAX_DEPTH];  /* open contexts; stack[0] = ROOT */
static UInt    depth;
static UInt    overflow_depth;    /* BEGINs beyond MAX_DEPTH, ignored */
static Bool    collecting;
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
   tl_assert(add_context(NO_REGION, NO_REGION) == BG_CTX_OFF);
   tl_assert(add_context(NO_REGION, NO_REGION) == BG_CTX_ROOT);
   stack[0] = BG_CTX_ROOT;
   depth = 1;
   collecting = collect_atstart;
   listener = on_switch;
}

UInt bg_regions_current(void)
{
   return collecting ? stack[depth - 1] : BG_CTX_OFF;
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

Bool bg_context_in_region(UInt ctx, UInt region)
{
   while (ctx != NO_REGION && ctx != BG_CTX_OFF) {
      const Context* c = context_at(ctx);
      if (c->region == region)
         return True;
      ctx = c->parent;
   }
   return False;
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

static UInt intern_region(const HChar* name)
{
   UInt r, n = bg_regions_n_regions();
   HChar* copy;
   for (r = 0; r < n; r++)
      if (VG_(strcmp)(bg_region_name(r), name) == 0)
         return r;
   copy = VG_(strdup)("bg.regions.name", name);
   return (UInt)VG_(addToXA)(region_names, &copy);
}

static UInt child_context(UInt parent, UInt region)
{
   UInt c, n = bg_regions_n_contexts();
   if (bg_context_in_region(parent, region))
      return parent;              /* re-entering an open region */
   for (c = BG_CTX_ROOT + 1; c < n; c++) {
      const Context* ctx = context_at(c);
      if (ctx->parent == parent && ctx->region == region)
         return c;
   }
   return add_context(parent, region);
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
