/* bg_sys.c: the system calls of bg_sys.h, made with the core's
   VG_(do_syscall) so that errno survives.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcfile.h"
#include "pub_tool_libcprint.h"
#include "pub_tool_libcproc.h"
#include "pub_tool_vki.h"
#include "pub_tool_vkiscnums.h"
#include "bg_sys.h"

/* In libcoregrind but not in the tool headers (pub_core_syscall.h);
   the prototype is the same from 3.19 to 3.27. */
extern SysRes VG_(do_syscall)(UWord sysno, RegWord, RegWord, RegWord,
                              RegWord, RegWord, RegWord, RegWord, RegWord);
extern const HChar* VG_(strerror)(UWord errnum);

static Int sys(UWord no, UWord a, UWord b, UWord c, UWord d, UWord e)
{
   SysRes r = VG_(do_syscall)(no, a, b, c, d, e, 0, 0, 0);
   return sr_isError(r) ? -(Int)sr_Err(r) : (Int)sr_Res(r);
}

static Int statx_into(Int dirfd, const HChar* path, Int flags, BgStat* st)
{
   struct vki_statx x;
   Int r = sys(__NR_statx, (UWord)dirfd, (UWord)path, (UWord)flags,
               VKI_STATX_ALL, (UWord)&x);
   if (r < 0)
      return r;
   st->mode = x.stx_mode;
   st->uid = x.stx_uid;
   st->mtime_ns = (ULong)x.stx_mtime.tv_sec * 1000000000ULL
                  + x.stx_mtime.tv_nsec;
   return 0;
}

Int bg_sys_stat(const HChar* path, BgStat* st)
{
   return statx_into(VKI_AT_FDCWD, path, 0, st);
}

Int bg_sys_lstat(const HChar* path, BgStat* st)
{
   return statx_into(VKI_AT_FDCWD, path, VKI_AT_SYMLINK_NOFOLLOW, st);
}

Int bg_sys_fstat(Int fd, BgStat* st)
{
   return statx_into(fd, "", VKI_AT_EMPTY_PATH, st);
}

Int bg_sys_open(const HChar* path, Int flags, Int mode)
{
   return sys(__NR_open, (UWord)path, (UWord)flags, (UWord)mode, 0, 0);
}

Int bg_sys_write_all(Int fd, const void* buf, SizeT len)
{
   const HChar* p = buf;
   while (len > 0) {
      Int chunk = len > 0x40000000 ? 0x40000000 : (Int)len;
      Int n = sys(__NR_write, (UWord)fd, (UWord)p, (UWord)chunk, 0, 0);
      if (n == -VKI_EINTR)
         continue;
      if (n < 0)
         return n;
      if (n == 0)
         return -VKI_EIO;
      p += n;
      len -= (SizeT)n;
   }
   return 0;
}

Int bg_sys_fsync(Int fd)
{
   return sys(__NR_fsync, (UWord)fd, 0, 0, 0, 0);
}

Int bg_sys_close(Int fd)
{
   return sys(__NR_close, (UWord)fd, 0, 0, 0, 0);
}

Int bg_sys_fchmod(Int fd, UInt mode)
{
   return sys(__NR_fchmod, (UWord)fd, (UWord)mode, 0, 0, 0);
}

Int bg_sys_rename(const HChar* from, const HChar* to)
{
   return sys(__NR_rename, (UWord)from, (UWord)to, 0, 0, 0);
}

Int bg_sys_link(const HChar* from, const HChar* to)
{
   return sys(__NR_link, (UWord)from, (UWord)to, 0, 0, 0);
}

Int bg_sys_unlink(const HChar* path)
{
   return sys(__NR_unlink, (UWord)path, 0, 0, 0, 0);
}

Int bg_sys_readlink(const HChar* path, HChar* buf, SizeT size)
{
   Int n = sys(__NR_readlink, (UWord)path, (UWord)buf, (UWord)size, 0, 0);
   if (n < 0)
      return n;
   if ((SizeT)n >= size)
      return -36;   /* ENAMETOOLONG */
   buf[n] = '\0';
   return n;
}

Bool bg_sys_on_procfs(const HChar* dir)
{
   struct vki_statfs fs;
   return sys(__NR_statfs, (UWord)dir, (UWord)&fs, 0, 0, 0) == 0
          && fs.f_type == 0x9fa0;   /* PROC_SUPER_MAGIC */
}

void bg_sys_random(void* buf, SizeT n)
{
   UChar* p = buf;
   SizeT got = 0;
   while (got < n) {
      Int r = sys(__NR_getrandom, (UWord)(p + got), n - got,
                  1 /* GRND_NONBLOCK */, 0, 0);
      if (r == -VKI_EINTR)
         continue;
      if (r <= 0)
         break;
      got += (SizeT)r;
   }
   if (got < n) {
      struct vki_timespec ts;
      UInt seed;
      VG_(clock_gettime)(&ts, VKI_CLOCK_REALTIME);
      seed = (UInt)ts.tv_nsec ^ (UInt)ts.tv_sec ^ ((UInt)VG_(getpid)() << 16);
      for (; got < n; got++)
         p[got] = (UChar)(VG_(random)(&seed) >> 8);
   }
}

/* Field 22 of /proc/self/stat: the start, in clock ticks after boot. */
static Bool start_ticks(ULong* ticks)
{
   HChar buf[1024];
   HChar* s;
   Int fd = bg_sys_open("/proc/self/stat", VKI_O_RDONLY, 0), n, field;
   if (fd < 0)
      return False;
   n = VG_(read)(fd, buf, sizeof buf - 1);
   bg_sys_close(fd);
   if (n <= 0)
      return False;
   buf[n] = '\0';
   s = VG_(strrchr)(buf, ')');   /* the command may hold spaces */
   if (s == NULL)
      return False;
   for (field = 2; field < 22 && *s != '\0'; s++)
      if (*s == ' ')
         field++;
   if (field != 22)
      return False;
   *ticks = (ULong)VG_(strtoll10)(s, NULL);
   return True;
}

ULong bg_sys_process_start_ns(void)
{
   struct vki_timespec now, boot;
   ULong ticks, now_ns, boot_ns, since_start;
   VG_(clock_gettime)(&now, VKI_CLOCK_REALTIME);
   now_ns = (ULong)now.tv_sec * 1000000000ULL + now.tv_nsec;
   if (!start_ticks(&ticks))
      return 0;
   VG_(clock_gettime)(&boot, 7 /* CLOCK_BOOTTIME */);
   boot_ns = (ULong)boot.tv_sec * 1000000000ULL + boot.tv_nsec;
   /* /proc counts in USER_HZ, 100 on x86 and amd64 */
   since_start = boot_ns - ticks * 10000000ULL;
   return since_start < now_ns ? now_ns - since_start : 0;
}

const HChar* bg_sys_strerror(Int err)
{
   static HChar unknown[32];
   const HChar* s;
   switch (err) {
   case 36:  return "File name too long";
   case 40:  return "Too many levels of symbolic links";
   case 122: return "Disk quota exceeded";
   }
   s = VG_(strerror)((UWord)err);
   if (VG_(strstr)(s, "unknown error") == NULL)
      return s;
   VG_(snprintf)(unknown, sizeof unknown, "error %d", err);
   return unknown;
}
