/* baseline.c: named baselines in a directory.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "baseline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "atomic.h"
#include "profile.h"

int baseline_name_ok(const char *name)
{
   if (name[0] == '\0' || name[0] == '.' || strlen(name) > 200)
      return 0;
   for (const char *c = name; *c; c++) {
      if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z')
            || (*c >= '0' && *c <= '9') || *c == '.' || *c == '_'
            || *c == '-'))
         return 0;
   }
   return 1;
}

char *baseline_path(const char *dir, const char *name)
{
   size_t len = strlen(dir) + strlen(name) + sizeof "/.xml";
   char *p = malloc(len);
   if (p)
      snprintf(p, len, "%s/%s.xml", dir, name);
   return p;
}

int baseline_exists(const char *path)
{
   struct stat st;
   return stat(path, &st) == 0;
}

int baseline_save(const char *dir, const char *name, const char *src,
                  char *why, size_t whylen)
{
   struct profile_error err;
   char *buf, *path;
   size_t len;
   int rc;
   if (make_dirs(dir, why, whylen) < 0)
      return -1;
   if (read_file_capped(src, &buf, &len, &err) < 0) {
      snprintf(why, whylen, "%s", err.msg);
      return -1;
   }
   path = baseline_path(dir, name);
   if (!path) {
      snprintf(why, whylen, "out of memory");
      free(buf);
      return -1;
   }
   rc = atomic_write(path, buf, len, why, whylen);
   free(path);
   free(buf);
   return rc;
}
