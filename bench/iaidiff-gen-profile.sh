#!/bin/sh
# iaidiff-gen-profile.sh: write a large synthetic profile (docs/profile.rng,
# format version 2) for measuring iaidiff.
#
#   iaidiff-gen-profile.sh FUNCTIONS REGIONS SCALE_PERCENT [FN_METRICS] > big.xml
#
# FUNCTIONS functions spread evenly over REGIONS regions.  The profile
# lists the six iai metrics, which the summary and every region carry;
# each function carries FN_METRICS of them (default 1: Ir only; 6 for a
# cachetrace-like file, every one nonzero) and the object attribute
# iaicount writes.  SCALE_PERCENT scales every value (100 = as is, 103 =
# 3% more), so two files make a realistic comparison.
#
# Copyright (C) 2026 The benchgrind authors.
# SPDX-License-Identifier: GPL-2.0-or-later

set -eu
nfun=${1:-100000}
nreg=${2:-10}
scale=${3:-100}
fnmetrics=${4:-1}

awk -v nfun="$nfun" -v nreg="$nreg" -v scale="$scale" -v fnm="$fnmetrics" '
function metrics(base, n,    l1, ll, ram) {
   l1 = int(base * scale / 100); ll = int(l1 / 50) + 1; ram = int(l1 / 400) + 1
   printf " Ir=\"%d\"", int(base * 0.8 * scale / 100)
   if (n < 6) return
   printf " L1hits=\"%d\" LLhits=\"%d\" RAMhits=\"%d\"", l1, ll, ram
   printf " TotalRW=\"%d\" EstimatedCycles=\"%d\"", l1 + ll + ram, l1 + 5 * ll + 35 * ram
}
BEGIN {
   per = int(nfun / nreg)
   print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
   print "<profile tool=\"iaicount\" version=\"2\" valgrind=\"3.19.0\" metrics=\"Ir L1hits LLhits RAMhits TotalRW EstimatedCycles\">"
   print "  <command>./big-bench --all</command>"
   printf "  <summary"; metrics(nfun * 1000, 6); print ">"
   print "  </summary>"
   f = 0
   for (r = 0; r < nreg; r++) {
      printf "  <region name=\"bench_%d\"", r
      metrics(per * 1000 + r, 6)
      print ">"
      for (i = 0; i < per; i++) {
         printf "    <function name=\"fn_%d_%d\" file=\"/home/ci/project/src/module%d.c\" line=\"%d\" object=\"/home/ci/project/target/release/big-bench\"", r, i, i % 97, i % 5000 + 1
         metrics(1000 + (f * 7919) % 100000, fnm)
         print "/>"
         f++
      }
      print "  </region>"
   }
   print "</profile>"
}'
