/* bg_exec.c: files written before an execve, and removed again when the
   execve fails (see bg_exec.h); and the other process events that decide
   the output files' names and the exit status (a fork, exit_group).

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcfile.h"
#include "pub_tool_libcproc.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_tooliface.h"
#include "pub_tool_vkiscnums.h"
#include "pub_tool_xarray.h"
#include "bg_exec.h"
#include "bg_outfile.h"

static void (*writer)(void);
static XArray* written;    /* of HChar*: the files of the pending execve */

static Bool is_exec(UInt syscallno)
{
   return syscallno == __NR_execve || syscallno == __NR_execveat;
}

static void forget_written(void)
{
   Word i;
   for (i = 0; i < VG_(sizeXA)(written); i++)
      VG_(free)(*(HChar**)VG_(indexXA)(written, i));
   VG_(dropTailXA)(written, VG_(sizeXA)(written));
}

static void before_syscall(ThreadId tid, UInt syscallno, UWord* args,
                           UInt n_args)
{
   if (syscallno == __NR_exit_group)
      bg_out_exiting((Int)args[0]);
   if (!is_exec(syscallno))
      return;
   forget_written();
   bg_out_record_names(written);
   writer();
   bg_out_record_names(NULL);
}

static void after_syscall(ThreadId tid, UInt syscallno, UWord* args,
                          UInt n_args, SysRes res)
{
   Word i;
   if (!is_exec(syscallno))
      return;
   for (i = 0; i < VG_(sizeXA)(written); i++)
      VG_(unlink)(*(HChar**)VG_(indexXA)(written, i));
   forget_written();
}

static void forked(ThreadId tid)
{
   bg_out_forked();
}

void bg_exec_keep_counts(void (*write_partial)(void))
{
   writer = write_partial;
   written = VG_(newXA)(VG_(malloc), "bg.exec.files", VG_(free),
                        sizeof(HChar*));
   VG_(needs_syscall_wrapper)(before_syscall, after_syscall);
   VG_(atfork)(NULL, NULL, forked);
}
