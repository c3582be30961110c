#!/bin/sh
# iaidiff-gen-profile.sh: write a large synthetic profile (docs/profile.rng)
# for measuring iaidiff.
#
#   iaidiff-gen-profile.sh FUNCTIONS REGIONS SCALE_PERCENT [FN_METRICS] > big.xml
#
# FUNCTIONS functions spread evenly over REGIONS regions.  Regions carry the
# six iai metrics; each function carries FN_METRICS of them (default 1: Ir
# only, as iaicount writes; 6 for a cachetrace-like file) and the object
# attribute iaicount writes.  SCALE_PERCENT scales every value (100 = as
# is, 103 = 3% more), so two files make a realistic comparison.
#
# Copyright (C) 2026 The benchgrind authors.
# SPDX-License-Identifier: GPL-2.0-or-later

set -eu
nfun=${1:-100000}
nreg=${2:-10}
scale=${3:-100}
fnmetrics=${4:-1}

awk -v nfun="$nfun" -v nreg="$nreg" -v scale="$scale" -v fnm="$fnmetrics" '
function metrics(ind, base, n,    l1, ll, ram) {
   l1 = int(base * scale / 100); ll = int(l1 / 50); ram = int(l1 / 400)
   printf "%s<metric name=\"Ir\" value=\"%d\"/>\n", ind, int(base * 0.8 * scale / 100)
   if (n < 6) return
   printf "%s<metric name=\"L1hits\" value=\"%d\"/>\n", ind, l1
   printf "%s<metric name=\"LLhits\" value=\"%d\"/>\n", ind, ll
   printf "%s<metric name=\"RAMhits\" value=\"%d\"/>\n", ind, ram
   printf "%s<metric name=\"TotalRW\" value=\"%d\"/>\n", ind, l1 + ll + ram
   printf "%s<metric name=\"EstimatedCycles\" value=\"%d\"/>\n", ind, l1 + 5 * ll + 35 * ram
}
BEGIN {
   per = int(nfun / nreg)
   print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
   print "<profile tool=\"iaicount\" version=\"1\">"
   print "  <command>./big-bench --all</command>"
   print "  <summary>"
   metrics("    ", nfun * 1000, 6)
   print "  </summary>"
   f = 0
   for (r = 0; r < nreg; r++) {
      printf "  <region name=\"bench_%d\">\n", r
      metrics("    ", per * 1000 + r, 6)
      for (i = 0; i < per; i++) {
         printf "    <function name=\"fn_%d_%d\" file=\"/home/ci/project/src/module%d.c\" line=\"%d\" object=\"/home/ci/project/target/release/big-bench\">\n", r, i, i % 97, i % 5000 + 1
         metrics("      ", 1000 + (f * 7919) % 100000, fnm)
         print "    </function>"
         f++
      }
      print "  </region>"
   }
   print "</profile>"
}'
