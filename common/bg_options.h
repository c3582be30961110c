/* bg_options.h: option helpers shared by the benchgrind tools. */
#ifndef BG_OPTIONS_H
#define BG_OPTIONS_H

#include "pub_tool_basics.h"

/* Checks an output-file pattern (%p, %n, %q{VAR}, %%) while the options are parsed,
   so a bad pattern is refused before the run rather than after it.  Stops with
   Valgrind's usual bad-option message. */
void bg_check_out_file_pattern(const HChar* option, const HChar* pattern);

/* Makes VEX keep only the stack pointer up to date at memory accesses, as
   cachegrind does at start-up (--px-default=sp-at-mem-access and
   --px-file-backed=sp-at-mem-access; the user's own --px-* still win).
   Under Valgrind's default, VEX keeps loads whose value is never used
   (a "pop %rbp" that a later write overwrites) that cachegrind's IR does
   not have, so Dr would differ.  Call from pre_clo_init. */
void bg_use_cachegrinds_register_updates(void);

#endif
