/* bg_outfile.h: output files written atomically (temporary name, then
   rename), so a reader never sees half a file. */
#ifndef BG_OUTFILE_H
#define BG_OUTFILE_H

#include "pub_tool_basics.h"
#include "pub_tool_xarray.h"

typedef struct BgOut BgOut;

/* Expands PATTERN (as given to OPTION) and opens a temporary file beside
   the final name.  Returns NULL (after telling the user) on failure.
   SUFFIX, if not NULL, goes before a final ".xml" (or at the end). */
BgOut* bg_out_open(const HChar* option, const HChar* pattern,
                   const HChar* suffix);
void   bg_out_printf(BgOut* out, const HChar* format, ...)
   PRINTF_CHECK(2, 3);
/* Writes the string S as it is (the profile writer's buffered output). */
void   bg_out_puts(BgOut* out, const HChar* s);
/* Closes the file and moves it to its final name; frees OUT. */
Bool   bg_out_commit(BgOut* out);
const HChar* bg_out_name(const BgOut* out);
/* While NAMES (an XArray of HChar*) is set, the name of every file
   committed is added to it (a copy, VG_(malloc)'d); NULL stops. */
void bg_out_record_names(XArray* names);

#endif
