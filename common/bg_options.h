/* bg_options.h: option helpers shared by the benchgrind tools. */
#ifndef BG_OPTIONS_H
#define BG_OPTIONS_H

#include "pub_tool_basics.h"

/* Checks an output-file pattern (%p, %n, %q{VAR}, %%) while the options are parsed,
   so a bad pattern is refused before the run rather than after it.  Stops with
   Valgrind's usual bad-option message. */
void bg_check_out_file_pattern(const HChar* option, const HChar* pattern);

#endif
