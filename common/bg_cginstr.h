/* bg_cginstr.h: what the instrumentation passes add for call graphs
   (--call-graph=yes): running totals of the costs, and the events that
   move the shadow call stack (bg_callgraph.h).  Both passes, iaicount's
   counting one and bg_sim's simulating one, call these as they walk a
   superblock.

   VEX chases direct calls and jumps into the superblock that contains
   them, so a call does not always end a superblock: a chased call is an
   instruction that stores its own return address and is followed by
   another instruction of the superblock; its event is emitted between
   the two.  Returns always end a superblock (their target is computed).
   Where the code passes from one function to another without a call
   (at the start of each superblock, and inside one after a chased
   jump), an inline check compares the function with the one on top of
   the running thread's stack, and calls bg_cg_resync only when they
   differ. */
#ifndef BG_CGINSTR_H
#define BG_CGINSTR_H

#include "pub_tool_basics.h"
#include "pub_tool_tooliface.h"

typedef struct {
   IRSB*  out;
   IRType word;          /* the guest word */
   Int    sp_offset;
   UInt   fn;            /* the call-graph function of the code so far */
   Bool   started;
   Addr   next_addr;     /* the address after the current instruction */
   Bool   stores_ret;    /* the current instruction stores next_addr */
   const VexGuestExtents* vge;   /* the blocks VEX joined */
   ULong  pending[3];    /* Ir, Dr, Dw not yet added to bg_cg_run */
} BgCgInstr;

void bg_cgi_start(BgCgInstr* b, IRSB* out, const VexGuestLayout* layout,
                  const VexGuestExtents* vge, IRType guest_word);
/* Before the IMark of the instruction at ADDR, LEN bytes long, of
   bg_symbols line LINE, is added to OUT. */
void bg_cgi_instr(BgCgInstr* b, Addr addr, UInt len, UInt line);
/* Each statement of the instruction, as it is added. */
void bg_cgi_stmt(BgCgInstr* b, const IRStmt* st);
/* A data read (IS_WRITE False) or write counted statically. */
void bg_cgi_data(BgCgInstr* b, Bool is_write);
/* Before a side exit: the costs so far go to the running totals. */
void bg_cgi_flush(BgCgInstr* b);
/* The end of superblock IN (after its last exit). */
void bg_cgi_end(BgCgInstr* b, const IRSB* in);

#endif
