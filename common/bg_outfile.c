/* bg_outfile.c: the tools' output files (bg_outfile.h): which file a
   name reaches, how it is written and replaced, and what the user is
   told.  Names themselves are bg_outname.c's; system calls bg_sys.c's.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcprint.h"
#include "pub_tool_libcproc.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_options.h"
#include "pub_tool_vki.h"
#include "bg_outfile.h"
#include "bg_outname.h"
#include "bg_sys.h"

/* Not in the tool headers (pub_core_options.h), exported by the core. */
extern Bool VG_(clo_trace_children);

#define MAX_LINKS     40      /* as the kernel's limit */
#define MAX_EXEC_SEQ  10000
#define BUF_SIZE      65536

typedef enum {
   TARGET_NEW,        /* nothing there yet: create it */
   TARGET_REGULAR,    /* a regular file: replace it */
   TARGET_IN_PLACE    /* a device, FIFO or /proc fd link: write into it */
} TargetKind;

struct BgOut {
   const HChar* option;
   HChar* name;       /* the name asked for: messages use it */
   HChar* target;     /* NAME with its links followed */
   HChar* temp;       /* the temporary, NULL when written in place */
   Bool   partial;    /* written before an execve */
   Bool   replaces;   /* TARGET existed */
   Int    fd;
   Int    err;        /* the first errno, 0 while none */
   UInt   used;
   HChar  buf[BUF_SIZE];
};

/* The outcome of a file written at exit, told by bg_out_finish. */
typedef struct {
   const HChar* option;
   HChar*       name;
   const HChar* why;     /* NULL: written */
   const HChar* after;   /* what became of the old file, after WHY */
} Outcome;

static XArray* outcomes;        /* of Outcome */
static XArray* recorded_names;  /* see bg_out_record_names */
static Bool    forked_child;
static Bool    pid_note_given;
static Bool    exit_known;
static Int     exit_status;

HChar* bg_out_fix_pattern(const HChar* option, const HChar* pattern)
{
   return bg_outname_fix(option, pattern);
}

/* ---- Where a name leads ------------------------------------------- */

/* A link LINK (LST its lstat) is not followed inside a sticky
   world-writable directory unless we or the directory's owner own it:
   the kernel's protected_symlinks rule, which our own following of
   links would otherwise bypass. */
static const HChar* link_owner_problem(const HChar* link, const BgStat* lst)
{
   HChar* dir = bg_outname_dir(link);
   BgStat d;
   Int r = bg_sys_stat(dir, &d);
   VG_(free)(dir);
   if (r < 0)
      return bg_sys_strerror(-r);
   if ((d.mode & VKI_S_ISVTX) && (d.mode & VKI_S_IWOTH)
       && lst->uid != (UInt)VG_(geteuid)() && lst->uid != d.uid)
      return "a symlink owned by another user in a sticky "
             "world-writable directory (not followed)";
   return NULL;
}

/* The path LINK points to, absolute; NULL with *WHY on failure. */
static HChar* link_target(const HChar* link, const HChar** why)
{
   HChar buf[VKI_PATH_MAX];
   HChar *dir, *path;
   Int r = bg_sys_readlink(link, buf, sizeof buf);
   if (r < 0) {
      *why = bg_sys_strerror(-r);
      return NULL;
   }
   if (buf[0] == '/')
      return VG_(strdup)("bg.outfile.link", buf);
   dir = bg_outname_dir(link);
   path = VG_(malloc)("bg.outfile.link",
                      VG_(strlen)(dir) + VG_(strlen)(buf) + 2);
   VG_(sprintf)(path, "%s/%s", dir, buf);
   VG_(free)(dir);
   return path;
}

/* Follows NAME's links to what it names.  Returns NULL with *TARGET
   (VG_(malloc)'d), *KIND and *ST (for an existing file), or the reason
   it cannot be written. */
static const HChar* resolve(const HChar* name, HChar** target,
                            TargetKind* kind, BgStat* st)
{
   HChar* path = VG_(strdup)("bg.outfile.path", name);
   const HChar* why = NULL;
   Int hops;
   for (hops = 0;; hops++) {
      HChar* dir;
      HChar* next;
      Bool fd_link;
      Int r = bg_sys_lstat(path, st);
      if (r == -VKI_ENOENT) {
         *kind = TARGET_NEW;
         *target = path;
         return NULL;
      }
      if (r < 0) {
         why = bg_sys_strerror(-r);
         break;
      }
      if (!VKI_S_ISLNK(st->mode))
         break;
      dir = bg_outname_dir(path);
      fd_link = bg_sys_on_procfs(dir);
      VG_(free)(dir);
      if (fd_link) {   /* /dev/stdout and the like: the kernel opens it */
         *kind = TARGET_IN_PLACE;
         *target = path;
         return NULL;
      }
      if (hops == MAX_LINKS) {
         why = bg_sys_strerror(40);   /* ELOOP */
         break;
      }
      why = link_owner_problem(path, st);
      if (why != NULL)
         break;
      next = link_target(path, &why);
      if (next == NULL)
         break;
      VG_(free)(path);
      path = next;
   }
   if (why == NULL) {
      if (VKI_S_ISREG(st->mode))
         *kind = TARGET_REGULAR;
      else if (VKI_S_ISCHR(st->mode) || VKI_S_ISFIFO(st->mode))
         *kind = TARGET_IN_PLACE;
      else if (VKI_S_ISDIR(st->mode))
         why = bg_sys_strerror(VKI_EISDIR);
      else
         why = "not a regular file, character device or FIFO";
   }
   if (why != NULL) {
      VG_(free)(path);
      return why;
   }
   *target = path;
   return NULL;
}

/* ---- Which name a process writes ----------------------------------- */

/* Says once per process (unless -q) that the pid goes into its file
   names. */
static void note_pid_added(const HChar* option, const HChar* name)
{
   if (pid_note_given || VG_(clo_verbosity) == 0)
      return;
   pid_note_given = True;
   VG_(umsg)("note: %s has no %%p, so this process adds its pid: %s\n",
             option, name);
}

/* The name a file written before an execve takes: the first of NAME
   ".exec", ".2.exec", ... that is free or older than this process (an
   exec chain keeps its pid and its start time, so a newer one is an
   earlier image's). */
static HChar* exec_name(const HChar* name)
{
   ULong start = bg_sys_process_start_ns();
   Int seq;
   for (seq = 1; seq < MAX_EXEC_SEQ; seq++) {
      HChar part[24];
      HChar* cand;
      BgStat st;
      if (seq == 1)
         VG_(strcpy)(part, ".exec");
      else
         VG_(sprintf)(part, ".%d.exec", seq);
      cand = bg_outname_insert(name, part);
      if (bg_sys_stat(cand, &st) < 0 || !VKI_S_ISREG(st.mode)
          || st.mtime_ns < start)
         return cand;
      VG_(free)(cand);
   }
   return bg_outname_insert(name, ".exec");
}

/* The name to write, from NAME (the pattern expanded; HAS_PID if it
   held %p): with the pid where the pattern cannot tell processes apart,
   and the exec part.  Takes NAME. */
static HChar* name_to_write(const HChar* option, HChar* name, Bool has_pid,
                            Bool partial)
{
   if (!has_pid && (partial || forked_child || VG_(clo_trace_children))) {
      HChar part[16];
      HChar* with_pid;
      VG_(sprintf)(part, ".%d", VG_(getpid)());
      with_pid = bg_outname_insert(name, part);
      VG_(free)(name);
      name = with_pid;
      if (!partial)
         note_pid_added(option, name);
   }
   if (partial) {
      HChar* e = exec_name(name);
      VG_(free)(name);
      name = e;
   }
   return name;
}

/* ---- Outcomes ------------------------------------------------------- */

static void print_failure(const HChar* name, const HChar* why,
                          const HChar* after)
{
   VG_(umsg)("error: cannot write %s: %s%s\n", name, why, after);
}

static const HChar* what_is_written(const HChar* option)
{
   return VG_(strcmp)(option, "--cachegrind-out-file") == 0
          ? "Cachegrind-format file" : "Profile";
}

/* Takes NAME.  A file written before an execve is told now, and only
   when it failed; one written at exit is told by bg_out_finish. */
static void record(const HChar* option, HChar* name, Bool partial,
                   const HChar* why, const HChar* after)
{
   Outcome o;
   if (partial) {
      if (why != NULL)
         print_failure(name, why, after);
      VG_(free)(name);
      return;
   }
   if (outcomes == NULL)
      outcomes = VG_(newXA)(VG_(malloc), "bg.outfile.outcomes", VG_(free),
                            sizeof(Outcome));
   o.option = option;
   o.name = name;
   o.why = why;
   o.after = after;
   VG_(addToXA)(outcomes, &o);
}

/* ---- Opening -------------------------------------------------------- */

/* Creates a temporary beside TARGET: exclusively, never through a
   link, under a name nobody can guess.  Returns the descriptor or
   -errno. */
static Int create_temp(BgOut* out)
{
   HChar* dir = bg_outname_dir(out->target);
   const HChar* base = bg_outname_base(out->target);
   SizeT dir_len = VG_(strlen)(dir), base_len = VG_(strlen)(base);
   Int tries, fd = -VKI_EEXIST;
   HChar* suffix;
   if (base_len > 200)      /* leave room for the suffix in NAME_MAX */
      base_len = 200;
   out->temp = VG_(malloc)("bg.outfile.tmp", dir_len + base_len + 32);
   VG_(memcpy)(out->temp, dir, dir_len);
   out->temp[dir_len] = '/';
   VG_(memcpy)(out->temp + dir_len + 1, base, base_len);
   suffix = out->temp + dir_len + 1 + base_len;
   for (tries = 0; tries < 100 && fd == -VKI_EEXIST; tries++) {
      UChar rnd[8];
      bg_sys_random(rnd, sizeof rnd);
      VG_(sprintf)(suffix, ".tmp.%02x%02x%02x%02x%02x%02x%02x%02x",
                   rnd[0], rnd[1], rnd[2], rnd[3], rnd[4], rnd[5], rnd[6],
                   rnd[7]);
      fd = bg_sys_open(out->temp, VKI_O_WRONLY | VKI_O_CREAT | VKI_O_EXCL
                       | BG_O_NOFOLLOW | BG_O_NOCTTY,
                       VKI_S_IRUSR | VKI_S_IWUSR | VKI_S_IRGRP | VKI_S_IROTH);
   }
   VG_(free)(dir);
   if (fd < 0) {
      VG_(free)(out->temp);
      out->temp = NULL;
   }
   return fd;
}

/* Opens the device, FIFO or fd link TARGET for writing where it is. */
static Int open_in_place(const BgOut* out, const HChar** why)
{
   BgStat st;
   Int r, fd = bg_sys_open(out->target,
                           VKI_O_WRONLY | VKI_O_APPEND | BG_O_NOCTTY, 0);
   if (fd < 0) {
      *why = bg_sys_strerror(-fd);
      return -1;
   }
   r = bg_sys_fstat(fd, &st);
   if (r < 0 || VKI_S_ISDIR(st.mode)) {
      *why = bg_sys_strerror(r < 0 ? -r : VKI_EISDIR);
      bg_sys_close(fd);
      return -1;
   }
   return fd;
}

BgOut* bg_out_open(const HChar* option, const HChar* pattern,
                   const HChar* suffix)
{
   Bool partial = suffix != NULL, has_pid;
   HChar* name;
   HChar* target;
   const HChar* why;
   TargetKind kind;
   BgStat st;
   BgOut* out;

   name = bg_outname_expand(pattern, &has_pid);
   why = resolve(name, &target, &kind, &st);
   /* A name that cannot be written is refused as given; a device or
      FIFO takes every file in place.  Otherwise the name may grow. */
   if (why == NULL && kind != TARGET_IN_PLACE) {
      VG_(free)(target);
      name = name_to_write(option, name, has_pid, partial);
      why = resolve(name, &target, &kind, &st);
   }
   if (why != NULL) {
      record(option, name, partial, why, "");
      return NULL;
   }

   out = VG_(malloc)("bg.outfile", sizeof *out);
   out->option = option;
   out->name = name;
   out->target = target;
   out->temp = NULL;
   out->partial = partial;
   out->replaces = kind == TARGET_REGULAR;
   out->err = 0;
   out->used = 0;
   if (kind == TARGET_IN_PLACE) {
      out->fd = open_in_place(out, &why);
   } else {
      out->fd = create_temp(out);
      if (out->fd < 0)
         why = bg_sys_strerror(-out->fd);
      else if (out->replaces)
         bg_sys_fchmod(out->fd, st.mode & 0777);
   }
   if (why != NULL) {
      record(option, name, partial, why,
             out->replaces ? "; the old file is kept" : "");
      VG_(free)(out->target);
      VG_(free)(out);
      return NULL;
   }
   return out;
}

/* ---- Writing -------------------------------------------------------- */

static void flush(BgOut* out)
{
   if (out->used > 0 && out->err == 0) {
      Int r = bg_sys_write_all(out->fd, out->buf, out->used);
      if (r < 0)
         out->err = -r;
   }
   out->used = 0;
}

static void add_char(HChar c, void* opaque)
{
   BgOut* out = opaque;
   out->buf[out->used++] = c;
   if (out->used == BUF_SIZE)
      flush(out);
}

void bg_out_printf(BgOut* out, const HChar* format, ...)
{
   va_list vargs;
   va_start(vargs, format);
   VG_(vcbprintf)(add_char, out, format, vargs);
   va_end(vargs);
}

/* The profile writer's buffered output: LEN bytes at BUF, as they are. */
void bg_out_write(BgOut* out, const HChar* buf, SizeT len)
{
   while (len > 0) {
      SizeT k = BUF_SIZE - out->used;
      if (k > len)
         k = len;
      VG_(memcpy)(out->buf + out->used, buf, k);
      out->used += (UInt)k;
      buf += k;
      len -= k;
      if (out->used == BUF_SIZE)
         flush(out);
   }
}

/* ---- Finishing ------------------------------------------------------ */

/* Syncs, closes and renames; returns the first errno, or 0. */
static Int finish_file(BgOut* out)
{
   Int r;
   flush(out);
   if (out->temp != NULL && out->err == 0) {
      r = bg_sys_fsync(out->fd);
      if (r < 0 && r != -VKI_EINVAL)
         out->err = -r;
   }
   r = bg_sys_close(out->fd);
   if (r < 0 && out->err == 0)
      out->err = -r;
   if (out->temp == NULL)
      return out->err;
   if (out->err == 0) {
      r = bg_sys_rename(out->temp, out->target);
      if (r < 0)
         out->err = -r;
   }
   if (out->err != 0)
      bg_sys_unlink(out->temp);
   return out->err;
}

Bool bg_out_commit(BgOut* out)
{
   Int err = finish_file(out);
   const HChar* after = "";
   if (err != 0 && out->temp != NULL)
      after = out->replaces ? "; the old file is kept" : "; no file written";
   if (err == 0 && out->temp != NULL && recorded_names != NULL) {
      HChar* copy = VG_(strdup)("bg.outfile.recorded", out->target);
      VG_(addToXA)(recorded_names, &copy);
   }
   record(out->option, out->name, out->partial,
          err ? bg_sys_strerror(err) : NULL, after);
   VG_(free)(out->temp);
   VG_(free)(out->target);
   VG_(free)(out);
   return err == 0;
}

void bg_out_record_names(XArray* names)
{
   recorded_names = names;
}

void bg_out_forked(void)
{
   forked_child = True;
   pid_note_given = False;
   if (outcomes != NULL)
      VG_(deleteXA)(outcomes);
   outcomes = NULL;
}

void bg_out_exiting(Int status)
{
   exit_known = True;
   exit_status = status & 0xff;
}

void bg_out_finish(void)
{
   Bool failed = False;
   Word i;
   if (outcomes == NULL)
      return;
   for (i = 0; i < VG_(sizeXA)(outcomes); i++) {
      Outcome* o = VG_(indexXA)(outcomes, i);
      if (o->why != NULL) {
         print_failure(o->name, o->why, o->after);
         failed = True;
      } else if (VG_(clo_verbosity) > 0) {
         VG_(umsg)("%s written to %s\n", what_is_written(o->option),
                   o->name);
      }
      VG_(free)(o->name);
   }
   VG_(deleteXA)(outcomes);
   outcomes = NULL;
   if (failed && exit_known)
      VG_(exit)(exit_status != 0 ? exit_status : 1);
}
