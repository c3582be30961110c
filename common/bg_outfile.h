/* bg_outfile.h: the tools' output files.

   - The name is fixed at start-up (bg_out_fix_pattern): %q{VAR} is
     expanded from the environment before the client can change it; %p
     and %n are expanded when the file is written, so that a forked child
     gets its own pid.
   - Every process's file survives: where the pattern has no %p, a forked
     child, every process under --trace-children=yes, and every file
     written before an execve get ".<pid>" before a final ".xml" (or at
     the end); a later image of an exec chain (same pid) numbers its
     pre-exec file ".2", ".3", ...  The first such name of a process is
     announced once on stderr.
   - A symlink is followed to its target (except inside a sticky
     world-writable directory, when someone else owns it).  A regular
     file is replaced atomically: written to a temporary created with
     O_EXCL|O_NOFOLLOW under an unpredictable name in the target's
     directory, synced, then renamed.  A character device or FIFO (or a
     /proc/self/fd link) is written in place.  Anything else is refused.
   - On any error the old file stays (or none is left), the temporary is
     removed, and one line names the file and the reason. */
#ifndef BG_OUTFILE_H
#define BG_OUTFILE_H

#include "pub_tool_basics.h"
#include "pub_tool_xarray.h"

typedef struct BgOut BgOut;

/* In post_clo_init: PATTERN (already accepted by
   bg_check_out_file_pattern) with %q{VAR} expanded and made absolute
   against the start-up directory.  Returns a new string that is the
   pattern from then on. */
HChar* bg_out_fix_pattern(const HChar* option, const HChar* pattern);

/* Opens the file that PATTERN (fixed) names for OPTION.  SUFFIX is NULL
   for the file written at exit, or ".exec" for the file written before
   an execve.  Returns NULL after recording the error. */
BgOut* bg_out_open(const HChar* option, const HChar* pattern,
                   const HChar* suffix);
void   bg_out_printf(BgOut* out, const HChar* format, ...)
   PRINTF_CHECK(2, 3);
/* Writes LEN bytes at BUF as they are (the profile writer's buffer). */
void   bg_out_write(BgOut* out, const HChar* buf, SizeT len);
/* Finishes the file (rename or close), records the outcome, frees OUT.
   Returns whether the file was written whole. */
Bool   bg_out_commit(BgOut* out);

/* While NAMES (an XArray of HChar*) is set, the name of every regular
   file committed is added to it (a copy, VG_(malloc)'d); NULL stops. */
void bg_out_record_names(XArray* names);

/* Process events, from bg_exec.c: this process is a forked child; the
   client called exit_group(STATUS). */
void bg_out_forked(void);
void bg_out_exiting(Int status);

/* At the very end of fini: one line per file written at exit (its name,
   or why it could not be written); then, if one failed and the client
   exited by itself, exits with the client's status or 1 if that was 0.
   After a fatal signal the status is the signal's, and the failure line
   is the last line of the output. */
void bg_out_finish(void);

#endif
