/* ic_settings.h: iaicount's options, as the outputs need them. */
#ifndef IC_SETTINGS_H
#define IC_SETTINGS_H

#include "pub_tool_basics.h"

typedef struct {
   const HChar* out_file;            /* --iaicount-out-file */
   Bool         collect_atstart;
   Bool         cache_sim;
   Bool         call_graph;
   const HChar* callgrind_out_file;  /* NULL: not written */
   const HChar* folded_out_file;     /* NULL: not written */
} IcSettings;

#endif
