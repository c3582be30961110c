/* atomic.c: output files (atomic.h) and directory creation.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "atomic.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <time.h>
#include <unistd.h>

#define MAX_LINKS 40               /* the kernel's limit */
#define PROC_SUPER_MAGIC 0x9fa0    /* statfs f_type of /proc */

enum target_kind {
   TARGET_NEW,       /* nothing there yet */
   TARGET_REGULAR,   /* a regular file, to be replaced */
   TARGET_IN_PLACE   /* a device, FIFO or /proc fd link, written into */
};

/* The directory part of PATH (malloc'd): "." when it has no slash. */
static char *dir_of(const char *path)
{
   const char *slash = strrchr(path, '/');
   if (!slash)
      return strdup(".");
   if (slash == path)
      return strdup("/");
   return strndup(path, (size_t)(slash - path));
}

/* Why the link LINK (LST its lstat) is not followed, or NULL. */
static const char *link_owner_problem(const char *link,
                                      const struct stat *lst)
{
   char *dir = dir_of(link);
   struct stat d;
   if (!dir)
      return strerror(ENOMEM);
   int r = stat(dir, &d);
   free(dir);
   if (r < 0)
      return strerror(errno);
   if ((d.st_mode & S_ISVTX) && (d.st_mode & S_IWOTH)
       && lst->st_uid != geteuid() && lst->st_uid != d.st_uid)
      return "a symlink owned by another user in a sticky "
             "world-writable directory (not followed)";
   return NULL;
}

/* Whether LINK lives on procfs, where links name open files. */
static int is_fd_link(const char *link)
{
   char *dir = dir_of(link);
   struct statfs fs;
   int r = dir && statfs(dir, &fs) == 0 && fs.f_type == PROC_SUPER_MAGIC;
   free(dir);
   return r;
}

/* What LINK points to, as a path from here (malloc'd), or NULL with
   *WHY. */
static char *link_target(const char *link, const char **why)
{
   char buf[PATH_MAX];
   ssize_t n = readlink(link, buf, sizeof buf);
   if (n < 0 || (size_t)n >= sizeof buf) {
      *why = strerror(n < 0 ? errno : ENAMETOOLONG);
      return NULL;
   }
   buf[n] = '\0';
   if (buf[0] == '/')
      return strdup(buf);
   char *dir = dir_of(link), *path = NULL;
   if (dir) {
      size_t size = strlen(dir) + strlen(buf) + 2;
      if ((path = malloc(size)))
         snprintf(path, size, "%s/%s", dir, buf);
   }
   free(dir);
   if (!path)
      *why = strerror(ENOMEM);
   return path;
}

/* Follows PATH's links.  Returns NULL with *TARGET (malloc'd), *KIND and
   *ST (for an existing file), or why PATH cannot be written. */
static const char *resolve(const char *path, char **target,
                           enum target_kind *kind, struct stat *st)
{
   const char *why = NULL;
   char *p = strdup(path);
   if (!p)
      return strerror(ENOMEM);
   for (int hops = 0;; hops++) {
      if (lstat(p, st) < 0) {
         if (errno != ENOENT) {
            why = strerror(errno);
            break;
         }
         *kind = TARGET_NEW;
         *target = p;
         return NULL;
      }
      if (!S_ISLNK(st->st_mode))
         break;
      if (is_fd_link(p)) {   /* /dev/stdout and the like */
         *kind = TARGET_IN_PLACE;
         *target = p;
         return NULL;
      }
      if (hops == MAX_LINKS) {
         why = strerror(ELOOP);
         break;
      }
      if ((why = link_owner_problem(p, st)))
         break;
      char *next = link_target(p, &why);
      if (!next)
         break;
      free(p);
      p = next;
   }
   if (!why) {
      if (S_ISREG(st->st_mode))
         *kind = TARGET_REGULAR;
      else if (S_ISCHR(st->st_mode) || S_ISFIFO(st->st_mode))
         *kind = TARGET_IN_PLACE;
      else if (S_ISDIR(st->st_mode))
         why = strerror(EISDIR);
      else
         why = "not a regular file, character device or FIFO";
   }
   if (why) {
      free(p);
      return why;
   }
   *target = p;
   return NULL;
}

static int write_all(int fd, const void *data, size_t len)
{
   const char *p = data;
   while (len > 0) {
      ssize_t n = write(fd, p, len);
      if (n < 0 && errno == EINTR)
         continue;
      if (n < 0)
         return -1;
      p += n;
      len -= (size_t)n;
   }
   return 0;
}

/* Writes into the device, FIFO or fd link TARGET where it is. */
static const char *write_in_place(const char *target, const void *data,
                                  size_t len)
{
   struct stat st;
   int fd = open(target, O_WRONLY | O_APPEND | O_NOCTTY | O_CLOEXEC);
   if (fd < 0)
      return strerror(errno);
   int e = fstat(fd, &st) < 0 ? errno : S_ISDIR(st.st_mode) ? EISDIR : 0;
   if (e) {
      close(fd);
      return strerror(e);
   }
   if (write_all(fd, data, len) < 0) {
      e = errno;
      close(fd);
      return strerror(e);
   }
   return close(fd) < 0 ? strerror(errno) : NULL;
}

/* Creates a temporary beside TARGET: exclusively, never through a link,
   under a name nobody can guess.  Returns the descriptor (*TMP
   malloc'd), or -1 with errno set. */
static int create_temp(const char *target, char **tmp)
{
   char *dir = dir_of(target);
   const char *slash = strrchr(target, '/');
   const char *base = slash ? slash + 1 : target;
   int base_len = strlen(base) > 200 ? 200 : (int)strlen(base);
   int fd = -1;
   if (!dir)
      return -1;
   *tmp = malloc(strlen(dir) + 240);
   for (int tries = 0; *tmp && tries < 100; tries++) {
      unsigned char r[8];
      if (getrandom(r, sizeof r, 0) != (ssize_t)sizeof r) {
         /* only the name gets weaker: O_EXCL still guards */
         unsigned long long t = (unsigned long long)time(NULL) ^ getpid();
         memcpy(r, &t, sizeof r);
      }
      sprintf(*tmp, "%s/%.*s.tmp.%02x%02x%02x%02x%02x%02x%02x%02x", dir,
              base_len, base, r[0], r[1], r[2], r[3], r[4], r[5], r[6],
              r[7]);
      fd = open(*tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_NOCTTY
                | O_CLOEXEC, 0666);
      if (fd >= 0 || errno != EEXIST)
         break;
   }
   free(dir);
   if (fd < 0) {
      int e = *tmp ? errno : ENOMEM;
      free(*tmp);
      *tmp = NULL;
      errno = e;
   }
   return fd;
}

/* Replaces (or creates) the regular file TARGET; OLD is its stat when
   it exists. */
static const char *replace(const char *target, const struct stat *old,
                           const void *data, size_t len)
{
   char *tmp;
   int fd = create_temp(target, &tmp);
   if (fd < 0)
      return strerror(errno);
   if (old)
      fchmod(fd, old->st_mode & 0777);
   int failed = write_all(fd, data, len) < 0
                || (fsync(fd) < 0 && errno != EINVAL);
   int e = errno;
   if (close(fd) < 0 && !failed) {
      failed = 1;
      e = errno;
   }
   if (!failed && rename(tmp, target) < 0) {
      failed = 1;
      e = errno;
   }
   if (failed)
      unlink(tmp);
   free(tmp);
   return failed ? strerror(e) : NULL;
}

int atomic_write(const char *path, const void *data, size_t len, char *why,
                 size_t whylen)
{
   char *target = NULL;
   enum target_kind kind = TARGET_NEW;
   struct stat st;
   const char *problem = resolve(path, &target, &kind, &st);
   if (!problem) {
      if (kind == TARGET_IN_PLACE)
         problem = write_in_place(target, data, len);
      else
         problem = replace(target, kind == TARGET_REGULAR ? &st : NULL,
                           data, len);
      free(target);
   }
   if (!problem)
      return 0;
   snprintf(why, whylen, "%s: %s", path, problem);
   return -1;
}

int make_dirs(const char *dir, char *why, size_t whylen)
{
   if (dir[0] == '\0') {
      snprintf(why, whylen, "empty directory name");
      return -1;
   }
   char *d = strdup(dir);
   if (!d) {
      snprintf(why, whylen, "%s: out of memory", dir);
      return -1;
   }
   for (char *s = d + 1;; s++) {
      if (*s == '/' || *s == '\0') {
         char c = *s;
         *s = '\0';
         if (mkdir(d, 0777) < 0 && errno != EEXIST) {
            snprintf(why, whylen, "%s: %s", d, strerror(errno));
            free(d);
            return -1;
         }
         *s = c;
         if (c == '\0')
            break;
      }
   }
   struct stat st;
   if (stat(dir, &st) < 0 || !S_ISDIR(st.st_mode)) {
      snprintf(why, whylen, "%s: not a directory", dir);
      free(d);
      return -1;
   }
   free(d);
   return 0;
}
