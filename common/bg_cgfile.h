/* bg_cgfile.h: the call graph written in callgrind's format
   (--callgrind-out-file), for callgrind_annotate and KCachegrind, and
   as folded stacks (--folded-out-file), for flame-graph tools. */
#ifndef BG_CGFILE_H
#define BG_CGFILE_H

#include "pub_tool_basics.h"
#include "bg_cgresults.h"

/* What a file shows: N_COLUMNS events, column c being event COLUMNS[c]
   of the results' events and of PER_LINE's rows (the exclusive costs
   of each bg_symbols line, STRIDE counters a line), named NAMES[c]. */
typedef struct {
   const HChar*        creator;     /* "iaicount" */
   UInt                n_columns;
   const UInt*         columns;
   const HChar* const* names;
   const ULong*        per_line;
   UInt                stride;
   UInt                n_lines;
   const BgCgResults*  results;     /* of the whole run */
} BgCgFileSpec;

/* The callgrind-format file; False (after telling the user) if it could
   not be written. */
Bool bg_cgfile_write(const HChar* option, const HChar* pattern,
                     const HChar* suffix, const BgCgFileSpec* s);

/* One "f1;f2;...;fn count" line per distinct stack, count being
   column 0's self cost of the stack's last frame. */
Bool bg_cgfolded_write(const HChar* option, const HChar* pattern,
                       const HChar* suffix, const BgCgFileSpec* s);

/* Both files, each whose pattern (--callgrind-out-file's,
   --folded-out-file's) is not NULL. */
void bg_cgfiles_write(const HChar* callgrind_pattern,
                      const HChar* folded_pattern, const HChar* suffix,
                      const BgCgFileSpec* s);

#endif
