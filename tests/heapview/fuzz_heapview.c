/* fuzz_heapview.c: libFuzzer target for heapview on any input the profile
   reader accepts: the model, the terminal report flat and as a tree, the
   diff against itself, and both exports.  Built and run by
   'make -C tests fuzz-heapview', never by make check.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#define _GNU_SOURCE   /* open_memstream */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <libxml/parser.h>

#include "heapview.h"

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
   struct profile *p;
   struct profile_error err;
   struct hv_profile hp;
   if (profile_load_memory((const char *)data, size, "fuzz.xml", &p,
                           &err) < 0) {
      for (const char *c = err.msg; *c; c++)
         if ((unsigned char)*c < 0x20)
            __builtin_trap();   /* a message is one line */
      return 0;
   }
   if (hv_take(p, "fuzz.xml", &hp, &err) < 0) {
      if (err.msg[0] == '\0')
         __builtin_trap();   /* a failure must say why */
      return 0;
   }
   char *buf = NULL;
   size_t len = 0, n;
   FILE *out = open_memstream(&buf, &len);
   if (!out)
      return 0;
   struct hv_text_options o = { HV_TB, 0, NULL, 0 };
   hv_print(out, &hp, &o);
   o.tree = 1;
   o.sort = HV_LTMEAN;
   o.filter = "a";
   hv_print(out, &hp, &o);
   hv_print_diff(out, &hp, &hp, &o);
   struct hv_site **v = hv_select(&hp, NULL, HV_TB, 0, &n);
   if (v) {
      hv_write_dhat(out, &hp, v, n);
      free(v);
   }
   o.sort = HV_GB;
   o.top = 3;
   hv_write_html(out, &hp, &o);
   fclose(out);
   free(buf);
   hv_free(&hp);
   return 0;
}
