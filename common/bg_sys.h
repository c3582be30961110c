/* bg_sys.h: the system calls that output files need and that the tool
   API lacks, or has only in a form that loses errno (notes §7).  Each
   returns what the system call returns (0, a count or a descriptor) or,
   on failure, minus the errno value. */
#ifndef BG_SYS_H
#define BG_SYS_H

#include "pub_tool_basics.h"

/* Open flags the vki headers of 3.19 do not define (Linux's values on
   x86 and amd64, the only platforms benchgrind builds for). */
#if defined(VGA_amd64) || defined(VGA_x86)
#  define BG_O_NOCTTY    0400
#  define BG_O_NOFOLLOW  0400000
#else
#  error "bg_sys.h: O_NOCTTY and O_NOFOLLOW unknown on this platform"
#endif

/* What a stat call tells us. */
typedef struct {
   UInt  mode;      /* type and permission bits */
   UInt  uid;
   ULong mtime_ns;  /* last modification, ns since the epoch */
} BgStat;

Int bg_sys_stat(const HChar* path, BgStat* st);   /* follows links */
Int bg_sys_lstat(const HChar* path, BgStat* st);  /* does not */
Int bg_sys_fstat(Int fd, BgStat* st);
Int bg_sys_open(const HChar* path, Int flags, Int mode);
Int bg_sys_write_all(Int fd, const void* buf, SizeT len);
Int bg_sys_fsync(Int fd);
Int bg_sys_close(Int fd);
Int bg_sys_fchmod(Int fd, UInt mode);
Int bg_sys_rename(const HChar* from, const HChar* to);
Int bg_sys_link(const HChar* from, const HChar* to);
Int bg_sys_unlink(const HChar* path);
/* Reads the link PATH into BUF (NUL-terminated); -errno on failure,
   -ENAMETOOLONG when it does not fit. */
Int bg_sys_readlink(const HChar* path, HChar* buf, SizeT size);

/* Whether directory DIR is on procfs, where links such as
   /proc/self/fd/1 name open files rather than paths. */
Bool bg_sys_on_procfs(const HChar* dir);

/* N unpredictable bytes (getrandom; the clock and the pid if that
   fails, which only weakens the name, never the O_EXCL creation). */
void bg_sys_random(void* buf, SizeT n);

/* When this process started, in ns since the epoch; exec keeps it. */
ULong bg_sys_process_start_ns(void);

/* The reason for errno value ERR, as strerror gives it. */
const HChar* bg_sys_strerror(Int err);

#endif
