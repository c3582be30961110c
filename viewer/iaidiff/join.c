/* join.c: runs of several programs side by side (see join.h): each
   input's regions are renamed RUN::REGION, then the inputs are merged,
   which keeps distinct regions apart and adds up the summaries.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "join.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "merge.h"

const char *command_program(const char *command, size_t *len)
{
   const char *s = command ? command : "";
   while (*s == ' ')
      s++;
   size_t n = strcspn(s, " ");
   for (size_t i = n; i-- > 0;)
      if (s[i] == '/') {
         s += i + 1;
         n -= i + 1;
         break;
      }
   *len = n;
   return s;
}

/* Each input's RUN, malloc'd in RUNS.  Returns 0, or -1 with WHY set. */
static int run_names(struct profile **in, const char *const *names,
                     size_t n, char **runs, char *why, size_t whylen)
{
   for (size_t i = 0; i < n; i++) {
      size_t len, tlen;
      const char *s = command_program(in[i]->command, &len);
      int shared = 0;
      for (size_t k = 0; k < n && !shared; k++) {
         const char *t = command_program(in[k]->command, &tlen);
         shared = k != i && len == tlen && memcmp(s, t, len) == 0;
      }
      if (len == 0) {
         snprintf(why, whylen, "%s: no command to name its run by",
                  names[i]);
         return -1;
      }
      runs[i] = shared ? strdup(s) : strndup(s, len);
      if (!runs[i]) {
         snprintf(why, whylen, "out of memory");
         return -1;
      }
      for (size_t k = 0; k < i; k++)
         if (strcmp(runs[k], runs[i]) == 0) {
            snprintf(why, whylen,
                     "%s and %s profile the same command: join each run once",
                     names[k], names[i]);
            return -1;
         }
   }
   return 0;
}

/* Rename the regions of P to RUN::REGION. */
static int rename_regions(struct profile *p, const char *run)
{
   for (size_t i = 0; i < p->nregions; i++) {
      size_t len = strlen(run) + strlen(p->regions[i].name) + 3;
      char *name = malloc(len);
      if (!name)
         return -1;
      snprintf(name, len, "%s::%s", run, p->regions[i].name);
      free(p->regions[i].name);
      p->regions[i].name = name;
   }
   return 0;
}

static int check_inputs(struct profile **in, const char *const *names,
                        size_t n, char *why, size_t whylen)
{
   for (size_t i = 0; i < n; i++) {
      if (strcmp(in[i]->tool, in[0]->tool) != 0) {
         snprintf(why, whylen,
                  "%s and %s come from different tools (%s, %s): join runs of one tool",
                  names[0], names[i], in[0]->tool, in[i]->tool);
         return -1;
      }
      if (in[i]->nregions == 0) {
         snprintf(why, whylen,
                  "%s: no regions: the program marks no benchmark with IAI_BENCH or IAI_REGION_BEGIN",
                  names[i]);
         return -1;
      }
   }
   return 0;
}

int profile_join(struct profile **in, const char *const *names, size_t n,
                 struct profile **out, char *why, size_t whylen)
{
   char **runs = NULL;
   int rc = -1;
   *out = NULL;
   if (n == 0) {
      snprintf(why, whylen, "nothing to join");
      return -1;
   }
   if (check_inputs(in, names, n, why, whylen) < 0)
      return -1;
   if (n > 1) {
      runs = calloc(n, sizeof *runs);
      if (!runs) {
         snprintf(why, whylen, "out of memory");
         return -1;
      }
      if (run_names(in, names, n, runs, why, whylen) < 0)
         goto done;
      for (size_t i = 0; i < n; i++)
         if (rename_regions(in[i], runs[i]) < 0) {
            snprintf(why, whylen, "out of memory");
            goto done;
         }
   }
   /* the tools are one; the commands differ, which merge checks */
   if (profile_merge(in, names, n, 1, out, why, whylen) < 0)
      goto done;
   if (n > 1 && (*out)->command)
      (*out)->command[0] = '\0';
   rc = 0;
done:
   for (size_t i = 0; runs && i < n; i++)
      free(runs[i]);
   free(runs);
   return rc;
}
