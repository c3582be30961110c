/* metrics.c: the metric names of docs/profile.rng (iaicount, cachetrace,
   heapcount) and their labels in iai-callgrind's spelling.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "metrics.h"

#include <stdio.h>
#include <string.h>

/* label NULL: reports show the name itself. */
static const struct {
   const char *name, *label;
} metrics[] = {
   { "Ir", "Instructions" },
   { "Dr", NULL }, { "Dw", NULL },
   { "I1mr", NULL }, { "D1mr", NULL }, { "D1mw", NULL },
   { "ILmr", NULL }, { "DLmr", NULL }, { "DLmw", NULL },
   { "Bc", NULL }, { "Bcm", NULL }, { "Bi", NULL }, { "Bim", NULL },
   { "L1hits", "L1 Hits" },
   { "LLhits", "LL Hits" },
   { "RAMhits", "RAM Hits" },
   { "TotalRW", "Total read+write" },
   { "EstimatedCycles", "Estimated Cycles" },
   { "TotalBytes", "Total bytes" },
   { "TotalBlocks", "Total blocks" },
   { "AtGmaxBytes", "At t-gmax bytes" },
   { "AtGmaxBlocks", "At t-gmax blocks" },
   { "MaxBytes", "Max bytes" },
   { "MaxBlocks", "Max blocks" },
   { "EndBytes", "At t-end bytes" },
   { "EndBlocks", "At t-end blocks" },
   { "ReadBytes", "Reads bytes" },
   { "WriteBytes", "Writes bytes" },
   { "LifetimeMin", "Lifetime min" },
   { "LifetimeMean", "Lifetime mean" },
   { "LifetimeMax", "Lifetime max" },
   { "LifetimeTotal", "Lifetime total" },
   { "BlocksNeverRead", NULL }, { "BlocksNeverWritten", NULL },
   { "Instructions", NULL }, { "AtGmaxInstructions", NULL },
   { "BadFrees", NULL }, { "DoubleFrees", NULL }, { "InteriorFrees", NULL },
   { "BadReallocs", NULL }, { "FailedAllocs", NULL },
   { "ZeroSizeAllocs", NULL }, { "BadCustomRequests", NULL },
};
#define NMETRICS (sizeof metrics / sizeof metrics[0])

/* The entry of NAME without its ".incl", or -1; *incl says whether it
   had one. */
static int lookup(const char *name, int *incl)
{
   size_t n = strlen(name);
   *incl = n > 5 && strcmp(name + n - 5, ".incl") == 0;
   size_t base = *incl ? n - 5 : n;
   for (size_t i = 0; i < NMETRICS; i++)
      if (strlen(metrics[i].name) == base
          && strncmp(metrics[i].name, name, base) == 0)
         return (int)i;
   return -1;
}

int metric_known(const char *name)
{
   int incl;
   return lookup(name, &incl) >= 0;
}

const char *metric_label(const char *name, char *buf, size_t len)
{
   int incl, i = lookup(name, &incl);
   if (i >= 0 && metrics[i].label)
      snprintf(buf, len, "%s%s", metrics[i].label, incl ? " (incl)" : "");
   else
      snprintf(buf, len, "%s", name);
   return buf;
}
