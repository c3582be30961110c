/* fuzz_replay.c: runs a libFuzzer target's LLVMFuzzerTestOneInput on
   every file of a corpus, without libFuzzer or sanitizers, so that the
   corpus can be replayed under Valgrind's memcheck (which sees into
   libxml2's own buffers, where AddressSanitizer does not look).  Part of
   'make -C tests fuzz-iaidiff' and 'fuzz-heapview', never of make check.

     fuzz-replay FILE-OR-DIRECTORY...

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run_file(const char *path)
{
   FILE *f = fopen(path, "rb");
   if (!f) {
      perror(path);
      return -1;
   }
   size_t cap = 1 << 16, n = 0;
   uint8_t *buf = malloc(cap);
   for (size_t got; buf && (got = fread(buf + n, 1, cap - n, f)) > 0;) {
      n += got;
      if (n == cap) {
         uint8_t *nb = realloc(buf, cap *= 2);
         if (!nb)
            free(buf);
         buf = nb;
      }
   }
   fclose(f);
   if (!buf)
      return -1;
   LLVMFuzzerTestOneInput(buf, n);
   free(buf);
   return 0;
}

int main(int argc, char **argv)
{
   size_t files = 0;
   LLVMFuzzerInitialize(&argc, &argv);
   for (int i = 1; i < argc; i++) {
      struct stat st;
      if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode)) {
         DIR *d = opendir(argv[i]);
         for (struct dirent *e; d && (e = readdir(d));) {
            if (e->d_name[0] == '.')
               continue;
            char path[4096];
            snprintf(path, sizeof path, "%s/%s", argv[i], e->d_name);
            files += run_file(path) == 0;
         }
         if (d)
            closedir(d);
      } else
         files += run_file(argv[i]) == 0;
   }
   fprintf(stderr, "fuzz-replay: %zu inputs\n", files);
   return 0;
}
