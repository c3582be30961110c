/* fuzz_profile.c: libFuzzer target for the profile reader (viewer/profile.c)
   and what consumes its result: the region diff and the merge.
   Built and run by 'make -C tests fuzz-iaidiff', never by make check.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <libxml/parser.h>

#include "diff.h"
#include "merge.h"
#include "profile.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
   (void)argc;
   (void)argv;
   xmlInitParser();
   return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
   struct profile *p, *merged;
   struct profile_error err;
   struct diff d;
   struct limit ir = { (char *)"Ir", 0.0 };
   struct limits limits = { &ir, 1, 1.0, 0 };
   char why[256];

   if (profile_load_memory((const char *)data, size, "fuzz.xml", &p,
                           &err) < 0) {
      /* a failure must always say why */
      if (err.msg[0] == '\0')
         __builtin_trap();
      return 0;
   }
   if (diff_check(p, "a.xml", p, "b.xml", &limits, why, sizeof why) < 0)
      __builtin_trap();      /* one tool, and Ir is a known metric */
   if (diff_profiles(p, p, &limits, &d) == 0) {
      /* a profile never regresses against itself, nor loses a region */
      if (d.regions_regressed != 0 || d.regions_missing != 0)
         __builtin_trap();
      diff_free(&d);
   }
   if (diff_profiles(NULL, p, &limits, &d) == 0)
      diff_free(&d);
   struct profile *both[2] = { p, p };
   const char *names[2] = { "a.xml", "b.xml" };
   if (profile_merge(both, names, 2, 0, &merged, why, sizeof why) == 0)
      profile_free(merged);
   profile_free(p);
   return 0;
}
