/* fuzz_profile.c: libFuzzer target for the profile reader (viewer/lib) and
   what consumes its result: the region diff, the merge, and the writer.
   Beyond "no crash": a failure is one line that says why, and whatever
   the reader accepts it writes back (profile_write) into a file it reads
   again with the same names, regions and metrics (names round-trip).
   Built and run by 'make -C tests fuzz-iaidiff', never by make check.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "diff.h"
#include "merge.h"
#include "profile.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char written[64];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
   (void)argc;
   (void)argv;
   xmlInitParser();
   snprintf(written, sizeof written, "/tmp/fuzz-profile.%d.xml",
            (int)getpid());
   return 0;
}

static void check_one_line(const struct profile_error *err)
{
   if (err->msg[0] == '\0')
      __builtin_trap();      /* a failure must always say why */
   for (const char *c = err->msg; *c; c++)
      if ((unsigned char)*c < 0x20)
         __builtin_trap();   /* ... on one line */
}

/* P written and read back is P: names, regions, metrics, sites. */
static void check_round_trip(const struct profile *p)
{
   char why[512];
   struct profile *q;
   struct profile_error err;
   if (profile_write(written, p, why, sizeof why) < 0)
      return;                /* out of memory, or a full disk */
   if (profile_load_file(written, &q, &err) < 0) {
      fprintf(stderr, "round trip: %s\n", err.msg);
      __builtin_trap();
   }
   if (strcmp(p->command, q->command) != 0 || p->nregions != q->nregions
       || p->nmetrics != q->nmetrics || p->nframes != q->nframes
       || p->summary.nsites != q->summary.nsites
       || p->summary.nfunctions != q->summary.nfunctions)
      __builtin_trap();
   for (size_t i = 0; i < p->nregions; i++)
      if (strcmp(p->regions[i].name, q->regions[i].name) != 0)
         __builtin_trap();
   for (size_t i = 0; i < p->summary.nfunctions; i++)
      if (strcmp(p->summary.functions[i].name, q->summary.functions[i].name)
          || strcmp(p->summary.functions[i].file,
                    q->summary.functions[i].file))
         __builtin_trap();
   for (size_t i = 0; i < p->nframes; i++)
      if (strcmp(p->frames[i]->name, q->frames[i]->name)
          || strcmp(p->frames[i]->file, q->frames[i]->file))
         __builtin_trap();
   profile_free(q);
   unlink(written);
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
      check_one_line(&err);
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
   check_round_trip(p);
   profile_free(p);
   return 0;
}
