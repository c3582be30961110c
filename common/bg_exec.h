/* bg_exec.h: keeping what a process measured when it calls execve.

   Valgrind discards the tool's state at an exec without calling fini, so
   a tool registers a writer here: it runs just before every execve and
   writes the tool's files marked partial (by convention with ".exec"
   before a final ".xml").  An execve that returns has failed and the
   process goes on; the files it wrote are removed again, since the
   process's final files will say everything. */
#ifndef BG_EXEC_H
#define BG_EXEC_H

#include "pub_tool_basics.h"

/* Registers the tool's syscall wrappers and fork handler (which also
   tell bg_outfile about forks and exit_group): call in pre_clo_init. */
void bg_exec_keep_counts(void (*write_partial)(void));

#endif
