/* bg_cgfn.h: the functions of the call graph and what it must know about
   a code address (internal to the bg_cg* files).

   A call-graph function is a symbol: its name and ELF object.  The flat
   profile keys its functions by (object, file, name) as cachegrind does,
   so the lines of one function inlined from several files are several
   flat functions but one call-graph function; its "home" is the flat
   function of its first instruction, where its inclusive costs are
   reported.  Code without symbols is one flat function per object
   ("???"), but a call into it starts a frame of a function named by the
   call's target, so that a stripped program's call graph keeps its
   functions apart.

   A code address leads to a BgCgCode, made once and kept for the whole
   run, so that instrumented code can pass a pointer to it. */
#ifndef BG_CGFN_H
#define BG_CGFN_H

#include "pub_tool_basics.h"

#define BG_CG_NO_FN 0xFFFFFFFFu

typedef struct {
   const HChar* name;      /* interned */
   const HChar* object;    /* interned, or NULL */
   UInt         home;      /* bg_symbols function of its entry */
   Bool         home_is_entry;
   Bool         pop_on_jump; /* the lazy-binding resolver: jumps on to
                                the function it resolved */
   Bool         named_by_address; /* code without symbols, named by its
                                     offset: no flat function of its own */
   Addr         entry;     /* its first instruction (or the first seen) */
} BgCgFn;

typedef struct {
   Addr addr;
   UInt fn;               /* BgCgFn id of the code here */
   UInt shown;            /* the function a frame that starts here shows:
                             FN, or for code without a symbol one named
                             by its offset in its object, "0x%016lx", as
                             callgrind names it */
   Bool is_entry;         /* the first instruction of a symbol */
   Bool in_plt;           /* in a PLT section */
} BgCgCode;

/* The call-graph function of bg_symbols line LINE (instrumentation). */
UInt bg_cgfn_of_line(UInt line);

/* What is known of code address A, made on first use (instrumentation
   time or run time: a call's target). */
const BgCgCode* bg_cgcode(Addr a);

/* The call-graph function whose home is bg_symbols function BGFN, if
   any, else BG_CG_NO_FN. */
UInt bg_cgfn_of_function(UInt bgfn);

const BgCgFn* bg_cgfn(UInt id);
UInt          bg_cgfn_n(void);

/* Forgets the codes of addresses in [A, A+LEN) (code unmapped): later
   lookups make new ones.  Codes handed out stay valid. */
void bg_cgfn_forget(Addr a, SizeT len);

#endif
