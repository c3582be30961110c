/* bg_cgfn.c: the call graph's functions (symbols: name and object) and
   its record of each code address it has met (bg_cgfn.h).

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_debuginfo.h"
#include "pub_tool_hashtable.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcprint.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_xarray.h"
#include "bg_map.h"
#include "bg_symbols.h"
#include "bg_cgfn.h"

static XArray* fns;          /* of BgCgFn */
static XArray* of_bgfn;      /* of UInt: the BgCgFn of a bg_symbols function */
static VgHashTable* by_name; /* of FnNode */

typedef struct FnNode {
   struct FnNode* next;
   UWord          key;
   const HChar*   name;
   const HChar*   object;
   UInt           id;
} FnNode;

static void init(void)
{
   fns = VG_(newXA)(VG_(malloc), "bg.cgfn.fns", VG_(free), sizeof(BgCgFn));
   of_bgfn = VG_(newXA)(VG_(malloc), "bg.cgfn.ofbg", VG_(free), sizeof(UInt));
   by_name = VG_(HT_construct)("bg.cgfn.byname");
}

UInt bg_cgfn_of_function(UInt bgfn)
{
   const BgCgFn* f;
   UInt id;
   if (of_bgfn == NULL || bgfn >= (UInt)VG_(sizeXA)(of_bgfn))
      return BG_CG_NO_FN;
   id = *(UInt*)VG_(indexXA)(of_bgfn, bgfn);
   if (id == BG_CG_NO_FN)
      return id;
   f = VG_(indexXA)(fns, id);
   return f->home == bgfn ? id : BG_CG_NO_FN;
}

const BgCgFn* bg_cgfn(UInt id)
{
   return VG_(indexXA)(fns, id);
}

UInt bg_cgfn_n(void)
{
   return fns ? (UInt)VG_(sizeXA)(fns) : 0;
}

static Word same_symbol(const void* a, const void* b)
{
   const FnNode* x = a;
   const FnNode* y = b;
   return !(x->name == y->name && x->object == y->object);
}

/* NAME and OBJECT are interned. */
static UInt symbol_id(const HChar* name, const HChar* object, UInt home)
{
   FnNode probe, *node;
   const FnNode* found;
   BgCgFn f;
   probe.key = (UWord)name ^ ((UWord)object * 31);
   probe.name = name;
   probe.object = object;
   found = VG_(HT_gen_lookup)(by_name, &probe, same_symbol);
   if (found != NULL)
      return found->id;
   f.name = name;
   f.object = object;
   f.home = home;
   f.home_is_entry = False;
   f.pop_on_jump = VG_(strncmp)(name, "_dl_runtime_resolve", 19) == 0;
   f.named_by_address = False;
   f.entry = 0;
   node = VG_(malloc)("bg.cgfn.node", sizeof *node);
   *node = probe;
   node->id = (UInt)VG_(addToXA)(fns, &f);
   VG_(HT_add_node)(by_name, node);
   return node->id;
}

UInt bg_cgfn_of_line(UInt line)
{
   UInt bgfn = bg_sym_line(line)->fn, none = BG_CG_NO_FN, *id;
   if (fns == NULL)
      init();
   while ((UInt)VG_(sizeXA)(of_bgfn) <= bgfn)
      VG_(addToXA)(of_bgfn, &none);
   id = VG_(indexXA)(of_bgfn, bgfn);
   if (*id == BG_CG_NO_FN) {
      const BgFunction* f = bg_sym_function(bgfn);
      *id = symbol_id(f->name, f->object, bgfn);
   }
   return *id;
}

/* ---- code addresses ------------------------------------------------ */

#define CACHE_SIZE 4096          /* a power of two */

static BgMap codes;              /* address -> index in 'code_list' */
static XArray* code_list;        /* of BgCgCode* */
static const BgCgCode* recent[CACHE_SIZE];
static Addr lowest = ~(Addr)0, highest;

static BgCgCode* make_code(Addr a)
{
   DiEpoch ep = VG_(current_DiEpoch)();
   const HChar* name;
   UInt line = bg_sym_line_of(a);
   BgCgCode* c = VG_(perm_malloc)(sizeof *c, sizeof(Addr));
   BgCgFn* f;
   c->addr = a;
   c->fn = bg_cgfn_of_line(line);
   c->is_entry = VG_(get_fnname_if_entry)(ep, a, &name);
   c->in_plt = VG_(DebugInfo_sect_kind)(NULL, a) == Vg_SectPLT;
   c->shown = c->fn;
   f = VG_(indexXA)(fns, c->fn);
   if (f->entry == 0 || (c->is_entry && !f->home_is_entry))
      f->entry = a;
   if (VG_(strcmp)(f->name, "???") == 0) {
      const DebugInfo* di = VG_(find_DebugInfo)(ep, a);
      HChar named[40];
      VG_(snprintf)(named, sizeof named, "0x%016lx",
                    (UWord)(a - (di ? VG_(DebugInfo_get_text_bias)(di) : 0)));
      c->shown = symbol_id(bg_intern(named), f->object, f->home);
      f = VG_(indexXA)(fns, c->shown);   /* 'fns' may have moved */
      f->named_by_address = True;
      f->entry = a;
      f = VG_(indexXA)(fns, c->fn);
   }
   if (c->is_entry && !f->home_is_entry) {
      f->home = bg_sym_line(line)->fn;
      f->home_is_entry = True;
   }
   return c;
}

const BgCgCode* bg_cgcode(Addr a)
{
   UInt slot = (UInt)(a ^ (a >> 12)) & (CACHE_SIZE - 1), i;
   const BgCgCode* c = recent[slot];
   if (c != NULL && c->addr == a)
      return c;
   if (code_list == NULL) {
      code_list = VG_(newXA)(VG_(malloc), "bg.cgfn.codes", VG_(free),
                             sizeof(BgCgCode*));
      bg_map_init(&codes, "bg.cgfn.codemap", 4096);
   }
   i = bg_map_get(&codes, a);
   if (i != BG_MAP_NONE) {
      c = *(BgCgCode**)VG_(indexXA)(code_list, i);
   } else {
      BgCgCode* made = make_code(a);
      bg_map_put(&codes, a, (UInt)VG_(addToXA)(code_list, &made));
      c = made;
      if (a < lowest)
         lowest = a;
      if (a > highest)
         highest = a;
   }
   recent[slot] = c;
   return c;
}

void bg_cgfn_forget(Addr a, SizeT len)
{
   if (code_list == NULL || a > highest || a + len <= lowest)
      return;
   bg_map_clear(&codes);
   VG_(deleteXA)(code_list);
   code_list = VG_(newXA)(VG_(malloc), "bg.cgfn.codes", VG_(free),
                          sizeof(BgCgCode*));
   VG_(memset)(recent, 0, sizeof recent);
   lowest = ~(Addr)0;
   highest = 0;
}
