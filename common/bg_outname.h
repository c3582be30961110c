/* bg_outname.h: output file names: the pattern fixed at start-up,
   expanded when a file is written, and the parts added to it (see
   bg_outfile.h for when). */
#ifndef BG_OUTNAME_H
#define BG_OUTNAME_H

#include "pub_tool_basics.h"

/* PATTERN with each %q{VAR} replaced by the variable's value (a '%' in
   it doubled, so it stays literal) and, when relative, prefixed with the
   start-up directory.  %p, %n and %% are kept.  Stops the run if the
   start-up directory is gone and the name is relative. */
HChar* bg_outname_fix(const HChar* option, const HChar* pattern);

/* The fixed PATTERN with %p (the pid now), %n (a per-process sequence
   number, as Valgrind's) and %% expanded.  *HAS_PID tells whether it
   held %p. */
HChar* bg_outname_expand(const HChar* pattern, Bool* has_pid);

/* NAME with PART inserted before a final ".xml", else at the end. */
HChar* bg_outname_insert(const HChar* name, const HChar* part);

/* The directory part of the absolute PATH ("/" for "/x"), and the last
   component. */
HChar* bg_outname_dir(const HChar* path);
const HChar* bg_outname_base(const HChar* path);

#endif
