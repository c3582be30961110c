#!/bin/sh
# heapview-speed.sh: heapview's top 20 of a generated heapcount profile of
# a million sites (format version 2; bench/gen-heap-profile.c: 12-frame
# stacks drawn from 200,000 frames, every metric nonzero, the worst case
# for size; then 2-frame stacks), against the floor: libxml2's bare SAX
# parse of the same file (bench/sax-floor.c).  heapview reads a file this
# big on two cores; BENCHGRIND_ONE_PASS=1 makes it read on one, which is
# measured too.  Each command runs ROUNDS times (default 3); medians of
# wall time, user + system CPU time and peak RSS are printed, and the
# ratios to the floor.
#
#   bench/heapview-speed.sh [SITES [ROUNDS [BUILDDIR]]]
#
# Copyright (C) 2026 The benchgrind authors.
# SPDX-License-Identifier: GPL-2.0-or-later

set -eu
here=$(cd "$(dirname "$0")" && pwd)
n=${1:-1000000}
rounds=${2:-3}
builddir=${3:-$here/..}
heapview=$builddir/viewer/heapview/heapview
[ -x "$heapview" ] || { echo "heapview-speed: build $heapview first" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "heapview-speed: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
dir=$(mktemp -d "${TMPDIR:-/tmp}/heapview-speed.XXXXXX")
trap 'rm -rf "$dir"' EXIT
cc -O2 -o "$dir/gen" "$here/gen-heap-profile.c" -lm
cc -O2 -o "$dir/sax-floor" "$here/sax-floor.c" $(pkg-config --cflags --libs libxml-2.0)

# median of the numbers on stdin
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# measure LABEL CMD...: ROUNDS runs; prints the medians and sets $cpu and
# $wall (seconds) for the ratios.
measure() {
   label=$1; shift
   : >"$dir/runs"
   i=0
   while [ $i -lt "$rounds" ]; do
      /usr/bin/time -f "%e %U %S %M" -o "$dir/t" "$@" >"$dir/out" 2>"$dir/err" \
         || { echo "$label: failed: $(head -3 "$dir/err")"; exit 1; }
      cat "$dir/t" >>"$dir/runs"
      i=$((i + 1))
   done
   wall=$(awk '{ print $1 }' "$dir/runs" | median)
   cpu=$(awk '{ print $2 + $3 }' "$dir/runs" | median)
   rss=$(awk '{ print $4 }' "$dir/runs" | median)
   printf '  %-34s wall %6.2f s   user+sys %6.2f s   peak RSS %5.0f MB\n' \
      "$label" "$wall" "$cpu" "$(echo "$rss" | awk '{ print $1 / 1024 }')"
}

for depth in 12 2; do
   "$dir/gen" "$n" "$depth" 200000 >"$dir/big.xml"
   size=$(wc -c <"$dir/big.xml")
   echo "profile: $n sites, $depth-frame stacks, $(grep -c '<frame ' "$dir/big.xml") frames," \
        "$(echo "$size $n" | awk '{ printf "%.1f MB, %.3f KB (1000 B) a site", $1 / 1e6, $1 / $2 / 1000 }')"
   measure "libxml2 SAX alone (sax-floor)" "$dir/sax-floor" "$dir/big.xml"
   floor_wall=$wall floor_cpu=$cpu
   measure "heapview --top=20 (two cores)" "$heapview" --top=20 "$dir/big.xml"
   two_wall=$wall two_cpu=$cpu
   measure "heapview --top=20 (one core)" env BENCHGRIND_ONE_PASS=1 "$heapview" --top=20 "$dir/big.xml"
   echo "  ratios to the floor: two cores wall $(echo "$two_wall $floor_wall" | awk '{ printf "%.2f", $1 / $2 }')," \
        "one core wall $(echo "$wall $floor_wall" | awk '{ printf "%.2f", $1 / $2 }'), one core CPU" \
        "$(echo "$cpu $floor_cpu" | awk '{ printf "%.2f", $1 / $2 }')"
   head -3 "$dir/out" | sed 's/^/  | /'
done
echo "(wall times mean something only on a quiet machine: $(uptime | sed 's/.*load/load/'))"
