#!/bin/sh
# heapcount-write.sh: how long heapcount takes to write a profile of N
# sites, for N = 125,000 .. 1,000,000 (bench/workloads/sites.c: one
# allocation from each of N distinct stacks).  The program prints the CPU
# time its process used before exit; the rest of the process's CPU time
# (user + system, from /usr/bin/time) is what heapcount spent after main:
# settling the counters and writing the file.  It should grow no faster
# than N.
#
#   bench/heapcount-write.sh [BUILDDIR]
#
# Copyright (C) 2026 The benchgrind authors.
# SPDX-License-Identifier: GPL-2.0-or-later

set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=${1:-$here/..}
[ -x "$top/vg-in-place" ] || { echo "heapcount-write: build the tree first ($top/vg-in-place)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "heapcount-write: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
dir=$(mktemp -d "${TMPDIR:-/tmp}/heapcount-write.XXXXXX")
trap 'rm -rf "$dir"' EXIT
cc -O2 -g -o "$dir/sites" "$here/workloads/sites.c"
printf '  %9s %10s %11s %10s %12s %10s\n' sites "file MB" "before exit" "writing" "per site" "peak RSS"
for n in 125000 250000 500000 1000000; do
   /usr/bin/time -f "%U %S %e %M" -o "$dir/t" env -i PATH=/usr/bin:/bin \
      "$top/vg-in-place" --tool=heapcount --heapcount-out-file="$dir/p.xml" \
      "$dir/sites" "$n" >"$dir/out" 2>"$dir/err" || { cat "$dir/err"; exit 1; }
   before=$(sed -n 's/.*cpu before exit \([0-9.]*\) s/\1/p' "$dir/out")
   set -- $(cat "$dir/t")
   awk -v n="$n" -v u="$1" -v s="$2" -v b="$before" -v rss="$4" -v size="$(wc -c <"$dir/p.xml")" \
      'BEGIN { w = u + s - b; printf "  %9d %10.1f %9.2f s %8.2f s %9.2f us %7.0f MB\n", n, size / 1e6, b, w, w / n * 1e6, rss / 1024 }'
   rm -f "$dir/p.xml"
done
echo "(CPU times, user + system; the machine: $(uptime | sed 's/.*load/load/'))"
