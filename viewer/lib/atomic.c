/* atomic.c: atomic file replacement and directory creation.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "atomic.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int atomic_write(const char *path, const void *data, size_t len, char *why,
                 size_t whylen)
{
   size_t plen = strlen(path);
   char *tmp = malloc(plen + sizeof ".tmp.XXXXXX");
   if (!tmp) {
      snprintf(why, whylen, "%s: out of memory", path);
      return -1;
   }
   memcpy(tmp, path, plen);
   memcpy(tmp + plen, ".tmp.XXXXXX", sizeof ".tmp.XXXXXX");
   int fd = mkstemp(tmp);
   if (fd < 0) {
      snprintf(why, whylen, "%s: %s", path, strerror(errno));
      free(tmp);
      return -1;
   }
   mode_t mask = umask(0);
   umask(mask);
   fchmod(fd, 0666 & ~mask);
   const char *p = data;
   size_t left = len;
   while (left > 0) {
      ssize_t n = write(fd, p, left);
      if (n < 0 && errno == EINTR)
         continue;
      if (n < 0)
         goto bad;
      p += n;
      left -= (size_t)n;
   }
   if (fsync(fd) < 0 && errno != EINVAL)
      goto bad;
   if (close(fd) < 0) {
      fd = -1;
      goto bad;
   }
   fd = -1;
   if (rename(tmp, path) < 0)
      goto bad;
   free(tmp);
   return 0;
bad:
   snprintf(why, whylen, "%s: %s", path, strerror(errno));
   if (fd >= 0)
      close(fd);
   unlink(tmp);
   free(tmp);
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
