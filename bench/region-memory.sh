#!/bin/bash
# bench/region-memory.sh: peak memory of each tool against the number of
# iai.h regions (bench/regions.c: N regions, each running a small
# function), next to --tool=none's.  A region should cost memory in
# proportion to the code it ran, not to all the code translated so far.
#
#   bench/region-memory.sh                     # N = 1000 5000 20000, every tool
#   bench/region-memory.sh -n 1000,4000 -c none,iaicount
#   bench/region-memory.sh --top=DIR           # another build tree
#
# Peak RSS (GNU /usr/bin/time's %M) is of Valgrind and the guest together;
# "over none" subtracts --tool=none's peak for the same N.  Seconds are
# wall and user CPU of one run: on a shared machine they say little.
#
# Part of benchgrind.  SPDX-License-Identifier: GPL-2.0-or-later

set -u

CONFIG_TABLE='
none:             --tool=none
iaicount:         --tool=iaicount
iaicount-sim:     --tool=iaicount --cache-sim=yes
cachetrace:       --tool=cachetrace
cachetrace-br:    --tool=cachetrace --branch-sim=yes
cachetrace-nosim: --tool=cachetrace --cache-sim=no
heapcount:        --tool=heapcount
'
DEFAULT_CONFIGS=none,iaicount,iaicount-sim,cachetrace,cachetrace-br,heapcount

prog=${0##*/}
script_dir=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$script_dir/.." && pwd)
counts=1000,5000,20000
configs=$DEFAULT_CONFIGS

die() { echo "$prog: $*" >&2; exit 2; }
usage() {
    cat <<EOF
Usage: $prog [--top=DIR] [-n N1,N2,...] [-c CONFIG,...]
Peak RSS of each tool on bench/regions.c with N regions, against --tool=none.
  --top=DIR   build tree holding vg-in-place (default: $top)
  -n LIST     region counts (default: $counts)
  -c LIST     configurations (default: $DEFAULT_CONFIGS); known:
$(echo "$CONFIG_TABLE" | sed -n 's/^\([a-z-]*\):  *\(.*\)/              \1: \2/p')
EOF
}

while [ $# -gt 0 ]; do
    case $1 in
        --top=*) top=${1#--top=} ;;
        -n) [ $# -ge 2 ] || die "-n needs a list"; counts=$2; shift ;;
        -n*) counts=${1#-n} ;;
        -c) [ $# -ge 2 ] || die "-c needs a list"; configs=$2; shift ;;
        -c*) configs=${1#-c} ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown argument '$1'" ;;
    esac
    shift
done

vg=$top/vg-in-place
[ -x "$vg" ] || die "no $vg: build the tree first (or give --top=DIR)"
[ -x /usr/bin/time ] || die "GNU time is needed (apt-get install time)"
case $counts in ''|*[!0-9,]*) die "bad region counts '$counts'" ;; esac

config_options() {
    echo "$CONFIG_TABLE" | sed -n "s/^$1:  *//p"
}
IFS=, read -r -a cfg_list <<<"$configs"
for c in "${cfg_list[@]}"; do
    [ -n "$(config_options "$c")" ] || die "unknown configuration '$c'"
done
IFS=, read -r -a n_list <<<"$counts"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/region-memory.XXXXXX") || exit 2
trap 'rm -rf "$scratch"' EXIT
${CC:-cc} -O2 -g -I"$script_dir/../include" -o "$scratch/regions" \
    "$script_dir/regions.c" || die "cannot build regions.c"

printf '%-17s %6s %10s %10s %9s %8s %8s\n' config regions maxrss_MiB \
    over_none KiB/region wall_s user_s
for n in "${n_list[@]}"; do
    expected=$("$scratch/regions" "$n")
    none_kib=
    for c in "${cfg_list[@]}"; do
        opts=$(config_options "$c")
        tool=${opts#--tool=}; tool=${tool%% *}
        out=
        [ "$tool" = none ] || out=--$tool-out-file=$scratch/out.xml
        # shellcheck disable=SC2086
        env -i PATH=/usr/bin:/bin LC_ALL=C /usr/bin/time \
            -f '%M %e %U' -o "$scratch/time" \
            "$vg" $opts $out --log-file="$scratch/log" \
            "$scratch/regions" "$n" >"$scratch/stdout" 2>&1 </dev/null
        status=$?
        got=$(cat "$scratch/stdout")
        if [ $status -ne 0 ] || [ "$got" != "$expected" ]; then
            echo "$prog: $c with $n regions failed (status $status):" >&2
            tail -5 "$scratch/log" "$scratch/stdout" >&2
            continue
        fi
        read -r kib wall user <"$scratch/time"
        [ "$c" = none ] && none_kib=$kib
        if [ -n "$none_kib" ]; then
            over=$(( (kib - none_kib) / 1024 ))
            per=$(awk -v a="$kib" -v b="$none_kib" -v n="$n" \
                      'BEGIN { printf "%.1f", (a - b) / n }')
        else
            over=- per=-
        fi
        printf '%-17s %6s %10s %10s %9s %8s %8s\n' "$c" "$n" \
            $((kib / 1024)) "$over" "$per" "$wall" "$user"
        rm -f "$scratch/out.xml"
    done
done
