/* bg_toggle.h: --toggle-collect=GLOB, shared by the tools: costs are
   collected only while a function whose name matches one of the
   patterns (* and ?, as the names appear in the output) is running or
   on the stack below, in the thread it runs in (inclusive: its callees
   count).  Giving a pattern makes collection start off
   (--collect-atstart=no) unless that option is given; IAI_COLLECT_START
   still switches collection on for every thread.

   How it works, with no work per instruction while collection is off:
   the first instruction of each matching function calls a helper that
   switches collection on for the thread and remembers the stack pointer
   there; collection goes off when the stack pointer rises above it,
   which an inline compare checks after each return and each computed
   jump (so a longjmp or an exception that leaves the function ends it
   too).  Recursion and nested matches keep the outermost entry.  A
   signal handler is not part of the function it interrupts: collection
   is off in it unless it matches itself (callgrind collects nothing in
   a handler, which it enters without a call). */
#ifndef BG_TOGGLE_H
#define BG_TOGGLE_H

#include "pub_tool_basics.h"
#include "pub_tool_tooliface.h"
#include "bg_xml.h"

/* The option, as given (stops with Valgrind's bad-option message on an
   empty or excessive pattern). */
void bg_toggle_add_pattern(const HChar* pattern);
Int          bg_toggle_n_patterns(void);
const HChar* bg_toggle_pattern(Int i);

/* Instrumentation: whether A is the first instruction of a matching
   function; then the tool ends what it counts so far (the context may
   change at the helper) and calls bg_toggle_emit_enter.  SLOT_OFFSET,
   SLOT_SIZE: guest state the tool keeps its counter pointer in, which
   the helper may change (-1, 0: none). */
Bool bg_toggle_is_start(Addr a);
void bg_toggle_emit_enter(IRSB* out, const VexGuestLayout* layout,
                          IRType guest_word, Int slot_offset, Int slot_size);
/* At the end of superblock IN: the check after a return or a computed
   jump. */
void bg_toggle_emit_end(IRSB* out, const IRSB* in,
                        const VexGuestLayout* layout, IRType guest_word);

/* <option name="toggle-collect" value="PATTERN"/> per pattern. */
void bg_toggle_xml_options(BgXml* x);

/* Tool callbacks. */
void bg_toggle_thread_runs(ThreadId tid);
void bg_toggle_thread_starts(ThreadId child);
void bg_toggle_pre_signal(ThreadId tid);      /* pre_deliver_signal */
void bg_toggle_post_signal(ThreadId tid);     /* post_deliver_signal */

#endif
