/* bg_cgstack.h: the call-graph events instrumented code reports
   (internal to bg_cgstack.c and bg_cginstr.c).  SP is the stack pointer
   after the instruction that caused the event. */
#ifndef BG_CGSTACK_H
#define BG_CGSTACK_H

#include "pub_tool_basics.h"
#include "bg_cgfn.h"

/* The function of the frame on top of the running thread's stack
   (BG_CG_NO_FN if none): code checks it as it enters a function. */
extern UInt bg_cg_top;

/* A call to TO (known when instrumented), or to a computed target. */
VG_REGPARM(2) void bg_cg_call(const BgCgCode* to, UWord sp);
VG_REGPARM(2) void bg_cg_call_to(UWord to, UWord sp);
VG_REGPARM(1) void bg_cg_ret(UWord sp);
/* Code of AT's function starts to run while bg_cg_top is another. */
VG_REGPARM(2) void bg_cg_resync(const BgCgCode* at, UWord sp);
/* Code of AT's function starts to run right after the last instruction
   of another function (no jump: glibc's __memcpy_chk runs on into
   memcpy): it runs in the frame on top, as callgrind sees it. */
VG_REGPARM(2) void bg_cg_fall_into(const BgCgCode* at, UWord sp);
/* A jump to the first instruction of the function running. */
VG_REGPARM(2) void bg_cg_jump_entry(const BgCgCode* to, UWord sp);

#endif
