#!/bin/sh
# iaidiff-speed.sh: time iaidiff on two profiles of 100,000 functions each
# (10 regions of 10,000 functions, the second 3% bigger) and report the
# elapsed time and the peak memory (needs /usr/bin/time, package "time").
# The goal: under 0.5 s and under 100 MB.
#
#   bench/iaidiff-speed.sh [BUILDDIR]        (default: the source tree)
#
# Copyright (C) 2026 The benchgrind authors.
# SPDX-License-Identifier: GPL-2.0-or-later

set -eu
here=$(cd "$(dirname "$0")" && pwd)
builddir=${1:-$here/..}
iaidiff=$builddir/viewer/iaidiff/iaidiff
[ -x "$iaidiff" ] || { echo "iaidiff-speed: build $iaidiff first" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "iaidiff-speed: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/iaidiff-speed.XXXXXX")
trap 'rm -rf "$work"' EXIT

measure() {
   label=$1; shift
   /usr/bin/time -v "$@" >"$work/out" 2>"$work/time" || true
   elapsed=$(sed -n 's/.*Elapsed (wall clock) time.*: //p' "$work/time")
   rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time")
   user=$(sed -n 's/.*User time (seconds): //p' "$work/time")
   sys=$(sed -n 's/.*System time (seconds): //p' "$work/time")
   printf '  %-26s elapsed %s (user %s, sys %s)  max RSS %d kB (%.1f MB)\n' \
      "$label" "$elapsed" "$user" "$sys" "$rss" \
      "$(echo "$rss" | awk '{ print $1 / 1024 }')"
}
for fnm in 1 6; do
sh "$here/iaidiff-gen-profile.sh" 100000 10 100 $fnm >"$work/old.xml"
sh "$here/iaidiff-gen-profile.sh" 100000 10 103 $fnm >"$work/new.xml"
echo "inputs: $(wc -c <"$work/old.xml") + $(wc -c <"$work/new.xml") bytes, 100,000 functions each with $fnm metric(s)"
measure "diff OLD NEW:" "$iaidiff" --color=never --regression=Ir=2 "$work/old.xml" "$work/new.xml"
measure "diff + --xml + --junit:" "$iaidiff" --color=never --regression=Ir=2 \
   --xml="$work/d.xml" --junit="$work/j.xml" "$work/old.xml" "$work/new.xml"
measure "--merge OLD NEW:" "$iaidiff" --merge -o "$work/m.xml" "$work/old.xml" "$work/new.xml"
done
