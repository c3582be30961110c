#!/bin/bash
# bench/run.sh: overhead of benchgrind's tools against the stock Valgrind
# tools, on the C workloads of bench/workloads/.
#
# Every workload is run under every selected configuration, round-robin,
# for R rounds; the table gives median wall-clock seconds and ratios of
# medians (to --tool=none, the floor of any Valgrind tool, and to native),
# then, for pairs of configurations, the ratio of their medians and the
# ratio of the cost each adds above a floor configuration.
# See bench/README.md.
#
# Part of benchgrind.  SPDX-License-Identifier: GPL-2.0-or-later

set -u
set -f      # no globbing: tool options may hold '*' (--toggle-collect=...)

# ---------------------------------------------------------------------------
# Configurations: one per line, "NAME: COMMAND".  COMMAND is "native" (the
# workload alone) or "valgrind OPTIONS..."; "valgrind" is replaced by
# $TOP/vg-in-place, so stock tools and ours run from the same in-place tree
# and in the same environment; "valgrind=DIR OPTIONS..." runs DIR/vg-in-place
# instead (another build tree: the branch point, say).  A tool that writes an
# output file gets --TOOL-out-file=<scratch file> unless OPTIONS already name
# an out-file.  @TOGGLE@ in OPTIONS stands for the workload's toggle function
# (the "bench-toggle:" line of its source); a workload without one skips the
# configuration.  To benchmark a new tool, add one line here (and to
# DEFAULT_CONFIGS if it should run by default).
CONFIG_TABLE='
native:          native
none:            valgrind --tool=none
none-inline:     valgrind --tool=none --read-inline-info=yes
iaicount:        valgrind --tool=iaicount
cg-nosim:        valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null
callgrind:       valgrind --tool=callgrind --callgrind-out-file=/dev/null
iaicount-cg:     valgrind --tool=iaicount --call-graph=yes
iaicount-tog:    valgrind --tool=iaicount --toggle-collect=@TOGGLE@
cachetrace:      valgrind --tool=cachetrace
cachetrace-br:   valgrind --tool=cachetrace --branch-sim=yes
cg-sim:          valgrind --tool=cachegrind --cache-sim=yes --cachegrind-out-file=/dev/null
cg-sim-br:       valgrind --tool=cachegrind --cache-sim=yes --branch-sim=yes --cachegrind-out-file=/dev/null
dhat:            valgrind --tool=dhat
heapcount:       valgrind --tool=heapcount
heapcount-noacc: valgrind --tool=heapcount --track-accesses=no
'
DEFAULT_CONFIGS='native,none,none-inline,iaicount,cachetrace,cachetrace-br,cg-sim,cg-sim-br,dhat,heapcount,heapcount-noacc'

# Workloads: bench/workloads/NAME.c, one self-contained C file each, and
# "startup", which runs /bin/true (what a tool costs before any work).
ALL_WORKLOADS='startup,cpu,mem,alloc,calls,mt,heapwalk,transpose'
DEFAULT_WORKLOADS=$ALL_WORKLOADS

# Ratios of medians printed at the end ("A/B,...").
DEFAULT_COMPARE='iaicount/none,cachetrace/cg-sim,cachetrace-br/cg-sim-br,heapcount/dhat,heapcount-noacc/dhat'
# Added-cost ratios ("A/B@FLOOR,..."): (A - FLOOR) / (B - FLOOR) from the
# medians, the cost A adds above the floor it cannot avoid against what B
# adds.  heapcount reads inline info (as DHAT does, to match its stacks),
# so its floor is none-inline.
DEFAULT_ADDED='cachetrace/cg-sim@none,cachetrace-br/cg-sim-br@none,heapcount/dhat@none-inline,heapcount-noacc/dhat@none-inline'
# Ratios of median peak RSS ("A/B,...").
DEFAULT_RSS='heapcount/dhat,heapcount-noacc/dhat'

# ---------------------------------------------------------------------------
prog=${0##*/}
script_dir=$(cd "$(dirname "$0")" && pwd)

usage() {
    cat <<EOF
Usage: $prog [OPTION]...
Time the workloads of bench/workloads/ natively and under Valgrind tools.

  --top=DIR          build tree holding vg-in-place and .in_place/
                     (default: the directory above this script)
  -r N, --rounds=N   rounds of each configuration (default 5)
  -w LIST            workloads, comma-separated, or 'all'
                     (default: $DEFAULT_WORKLOADS)
  -c LIST            configurations, comma-separated, or 'all'
                     (default: $DEFAULT_CONFIGS)
  --config='NAME: valgrind OPTIONS'
                     add (and select) a configuration; may be repeated;
                     'valgrind=DIR OPTIONS' runs DIR/vg-in-place (another
                     build), @TOGGLE@ in OPTIONS is the workload's
                     'bench-toggle:' function
  --compare=A/B,...  ratios of medians to print per workload
                     (default: $DEFAULT_COMPARE)
  --added=A/B@F,...  added-cost ratios (A - F) / (B - F) of medians
                     (default: $DEFAULT_ADDED)
  --rss=A/B,...      ratios of median peak RSS (needs GNU time)
                     (default: $DEFAULT_RSS)
  -o FILE            also write every timing to FILE (tab-separated)
  --keep             keep the scratch directory
  --list             print the configurations and workloads, and exit
  -h, --help         this help

Environment: CC (default cc), CFLAGS (default -O2 -g), BENCH_BUILD_DIR
(scratch directory to use instead of a fresh mktemp -d; kept afterwards).

With no options (or '-r 5 -o FILE') it prints, from one interleaved run,
every figure of the speed targets: total and added-cost ratios, peak RSS
of heapcount against DHAT's, and the start-up line.  See bench/README.md.

Call graphs against callgrind, the tree before them (built in /tmp/base)
and a flat count (bench/README.md, "Call graphs"):
  $prog -c native,none,iaicount,callgrind,iaicount-cg,iaicount-tog \\
    --config='iaicount-base: valgrind=/tmp/base --tool=iaicount' \\
    --compare=iaicount-cg/callgrind,iaicount/iaicount-base,iaicount-tog/iaicount
EOF
}

die() { echo "$prog: $*" >&2; exit 2; }
note() { echo "$prog: $*" >&2; }

top=$(cd "$script_dir/.." && pwd)
rounds=5
workloads=$DEFAULT_WORKLOADS
configs=
compare=$DEFAULT_COMPARE
added=$DEFAULT_ADDED
rss_pairs_arg=$DEFAULT_RSS
raw_out=
keep=no
list_only=no
extra_configs=

while [ $# -gt 0 ]; do
    case $1 in
        --top=*) top=${1#--top=} ;;
        --top) [ $# -ge 2 ] || die "--top needs a directory"; top=$2; shift ;;
        -r) [ $# -ge 2 ] || die "-r needs a number"; rounds=$2; shift ;;
        -r*) rounds=${1#-r} ;;
        --rounds=*) rounds=${1#--rounds=} ;;
        -w) [ $# -ge 2 ] || die "-w needs a list"; workloads=$2; shift ;;
        -w*) workloads=${1#-w} ;;
        --workloads=*) workloads=${1#--workloads=} ;;
        -c) [ $# -ge 2 ] || die "-c needs a list"; configs=$2; shift ;;
        -c*) configs=${1#-c} ;;
        --configs=*) configs=${1#--configs=} ;;
        --config=*) extra_configs="$extra_configs${1#--config=}
" ;;
        --compare=*) compare=${1#--compare=} ;;
        --added=*) added=${1#--added=} ;;
        --rss=*) rss_pairs_arg=${1#--rss=} ;;
        -o) [ $# -ge 2 ] || die "-o needs a file"; raw_out=$2; shift ;;
        --keep) keep=yes ;;
        --list) list_only=yes ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown argument '$1'" ;;
    esac
    shift
done

case $rounds in
    ''|*[!0-9]*|0) die "rounds must be a positive integer, not '$rounds'" ;;
esac

# ---- the configuration table ---------------------------------------------
# cfg_names: selected names in order; cfg_cmd[NAME]: the command part.
declare -A cfg_cmd=()
table_names=()
add_config_line() {
    local line=$1 name cmd
    line=${line%%#*}
    case $line in *:*) ;; *) return 1 ;; esac
    name=${line%%:*}
    name=${name//[[:space:]]/}
    cmd=${line#*:}
    read -r -a words <<<"$cmd"      # trim and squeeze blanks
    cmd="${words[*]:-}"
    [ -n "$name" ] || return 1
    case $name in *[!A-Za-z0-9_.+-]*) die "bad configuration name '$name'" ;; esac
    [ -n "$cmd" ] || cmd=native
    case $cmd in
        native) ;;
        valgrind|valgrind\ *|valgrind=?*) ;;
        *) die "configuration '$name': command must be 'native' or 'valgrind ...', not '$cmd'" ;;
    esac
    [ -n "${cfg_cmd[$name]+set}" ] || table_names+=("$name")
    cfg_cmd[$name]=$cmd
    added_name=$name
}
while IFS= read -r line; do
    add_config_line "$line" || true
done <<EOF
$CONFIG_TABLE
EOF
extra_names=
while IFS= read -r line; do
    [ -n "$line" ] || continue
    add_config_line "$line" || die "bad --config '$line' (want 'NAME: valgrind OPTIONS')"
    extra_names="$extra_names,$added_name"
done <<EOF
$extra_configs
EOF

if [ -z "$configs" ]; then
    configs=$DEFAULT_CONFIGS
    # --config entries alone (no -c) run with the defaults.
fi
[ "$configs" = all ] && configs=$(IFS=,; echo "${table_names[*]}")
configs="$configs$extra_names"
[ "$workloads" = all ] && workloads=$ALL_WORKLOADS

cfg_names=()
IFS=, read -r -a _sel <<<"$configs"
for c in "${_sel[@]}"; do
    [ -n "$c" ] || continue
    [ -n "${cfg_cmd[$c]+set}" ] ||
        die "unknown configuration '$c' (known: $(IFS=,; echo "${table_names[*]}"))"
    dup=no
    for d in "${cfg_names[@]:+${cfg_names[@]}}"; do [ "$d" = "$c" ] && dup=yes; done
    [ $dup = yes ] || cfg_names+=("$c")
done
[ ${#cfg_names[@]} -gt 0 ] || die "no configuration selected"

wl_names=()
IFS=, read -r -a _sel <<<"$workloads"
for w in "${_sel[@]}"; do
    [ -n "$w" ] || continue
    [ "$w" = startup ] || [ -f "$script_dir/workloads/$w.c" ] ||
        die "unknown workload '$w' (no $script_dir/workloads/$w.c)"
    wl_names+=("$w")
done
[ ${#wl_names[@]} -gt 0 ] || die "no workload selected"

if [ $list_only = yes ]; then
    echo "Configurations (* = default):"
    for c in "${table_names[@]}"; do
        mark=' '
        case ",$DEFAULT_CONFIGS," in *",$c,"*) mark='*' ;; esac
        printf '  %s %-18s %s\n' "$mark" "$c" "${cfg_cmd[$c]}"
    done
    echo "Workloads: $ALL_WORKLOADS"
    exit 0
fi

# ---- environment ------------------------------------------------------------
vg=$top/vg-in-place
declare -A cfg_vg=()        # NAME -> the vg-in-place it runs
for c in "${cfg_names[@]}"; do
    cmd=${cfg_cmd[$c]}
    case $cmd in
        native) continue ;;
        valgrind=*) d=${cmd%% *}; cfg_vg[$c]=${d#valgrind=}/vg-in-place ;;
        *) cfg_vg[$c]=$vg ;;
    esac
    [ -x "${cfg_vg[$c]}" ] ||
        die "configuration '$c': no ${cfg_vg[$c]}: configure and build first (make), or point --top at a build tree"
done

# GNU time gives max RSS; install it if missing and we may.
gnu_time=
if /usr/bin/time --version 2>&1 | grep -q GNU; then
    gnu_time=/usr/bin/time
elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    note "installing GNU time for max-RSS figures"
    if apt-get install -y -q time >/dev/null 2>&1 ||
       { apt-get update -q >/dev/null 2>&1 &&
         apt-get install -y -q time >/dev/null 2>&1; }; then
        /usr/bin/time --version 2>&1 | grep -q GNU && gnu_time=/usr/bin/time
    fi
fi
[ -n "$gnu_time" ] || note "GNU time not available: no max-RSS figures"

if [ -n "${BENCH_BUILD_DIR:-}" ]; then
    scratch=$BENCH_BUILD_DIR
    mkdir -p "$scratch" || die "cannot create $scratch"
    keep=yes
else
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/benchgrind-bench.XXXXXX") ||
        die "mktemp failed"
fi
# shellcheck disable=SC2317  # (called from the trap)
cleanup() {
    if [ "$keep" = yes ]; then
        rm -rf "$scratch/out"
        note "scratch directory kept: $scratch"
    else
        rm -rf "$scratch"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$scratch/bin" "$scratch/out" "$scratch/log" || die "cannot populate $scratch"
clear_out() { rm -rf "$scratch/out" && mkdir "$scratch/out"; }
results=$scratch/results.tsv
: >"$results"

# Every run sees the same small environment (instruction counts depend on
# it; timings hardly do, but there is no reason to vary it).
run_env=(env -i "PATH=$PATH" LC_ALL=C)

now() {
    if [ -n "${EPOCHREALTIME:-}" ]; then
        echo "${EPOCHREALTIME/,/.}"
    else
        date +%s.%N
    fi
}

# ---- build the workloads ----------------------------------------------------
cc=${CC:-cc}
cflags=${CFLAGS:--O2 -g}
for w in "${wl_names[@]}"; do
    if [ "$w" = startup ]; then
        ln -s /bin/true "$scratch/bin/startup" ||
            die "cannot link $scratch/bin/startup to /bin/true"
        : >"$scratch/log/$w.expected"
        continue
    fi
    libs=
    [ "$w" = mt ] && libs=-pthread
    # shellcheck disable=SC2086
    $cc $cflags $libs -o "$scratch/bin/$w" "$script_dir/workloads/$w.c" $libs ||
        die "cannot build workload '$w'"
    # Reference output (and a warm-up): every run must print the same.
    "${run_env[@]}" "$scratch/bin/$w" >"$scratch/log/$w.expected" ||
        die "workload '$w' failed natively"
done

# The function a workload names for @TOGGLE@ ("bench-toggle: NAME" in its
# source), or nothing.
declare -A toggle_fn=()
for w in "${wl_names[@]}"; do
    toggle_fn[$w]=
    [ "$w" = startup ] && continue      # /bin/true: no source
    toggle_fn[$w]=$(sed -n 's/.*bench-toggle: *\([^ ]*\).*/\1/p' \
        "$script_dir/workloads/$w.c" | head -n 1)
done

# ---- turn each configuration into an argument vector ------------------------
declare -A cfg_argv=()      # NAME -> options for vg-in-place, one string
tool_of() {
    local t=memcheck a
    for a in $1; do
        case $a in --tool=*) t=${a#--tool=} ;; esac
    done
    echo "$t"
}
for c in "${cfg_names[@]}"; do
    cmd=${cfg_cmd[$c]}
    [ "$cmd" = native ] && continue
    read -r -a words <<<"${cmd#valgrind}"
    case $cmd in valgrind=*) words=("${words[@]:1}") ;; esac
    opts="${words[*]:-}"
    tool=$(tool_of "$opts")
    case " $opts " in
        *-out-file=*) ;;
        *)
            case $tool in
                none|memcheck|helgrind|drd|lackey) ;;
                exp-bbv) opts="$opts --bb-out-file=$scratch/out/$c.%p.out" ;;
                iaicount) opts="$opts --$tool-out-file=$scratch/out/$c.%p.xml" ;;
                *) opts="$opts --$tool-out-file=$scratch/out/$c.%p.out" ;;
            esac
            ;;
    esac
    cfg_argv[$c]=$opts
done

# Drop the configurations whose tool cannot start (not built yet, say).
usable=()
for c in "${cfg_names[@]}"; do
    if [ "${cfg_cmd[$c]}" != native ]; then
        # shellcheck disable=SC2086
        if ! "${run_env[@]}" "${cfg_vg[$c]}" ${cfg_argv[$c]//@TOGGLE@/main} /bin/true \
                >"$scratch/log/$c.check" 2>&1; then
            note "configuration '$c' cannot run; skipped.  Valgrind said:"
            tail -n 3 "$scratch/log/$c.check" | sed 's/^/    /' >&2
            clear_out
            continue
        fi
        clear_out
    fi
    usable+=("$c")
done
[ ${#usable[@]} -gt 0 ] || die "no configuration can run"
cfg_names=("${usable[@]}")

# ---- the runs ---------------------------------------------------------------
# One run: prints "SECONDS RSS_KIB STATUS" (RSS '-' without GNU time).
run_one() {
    local w=$1 c=$2 t0 t1 rc rss=- status=ok
    local out=$scratch/log/run.out err=$scratch/log/run.err tf=$scratch/log/run.time
    local -a cmd
    if [ "${cfg_cmd[$c]}" = native ]; then
        cmd=("$scratch/bin/$w")
    else
        # shellcheck disable=SC2206
        cmd=("${cfg_vg[$c]}" ${cfg_argv[$c]//@TOGGLE@/${toggle_fn[$w]}} "$scratch/bin/$w")
    fi
    [ -n "$gnu_time" ] && cmd=("$gnu_time" -f %M -o "$tf" "${cmd[@]}")
    t0=$(now)
    "${run_env[@]}" "${cmd[@]}" >"$out" 2>"$err"
    rc=$?
    t1=$(now)
    if [ $rc -ne 0 ]; then
        status=exit$rc
    elif ! cmp -s "$out" "$scratch/log/$w.expected"; then
        status=wrong-output
    fi
    if [ -n "$gnu_time" ] && [ -s "$tf" ]; then
        rss=$(tail -n 1 "$tf")
        case $rss in ''|*[!0-9]*) rss=- ;; esac
    fi
    if [ $status != ok ]; then
        cp "$err" "$scratch/log/$w.$c.failed.err"
        cp "$out" "$scratch/log/$w.$c.failed.out"
    fi
    clear_out
    awk -v a="$t0" -v b="$t1" -v r="$rss" -v s="$status" \
        'BEGIN { printf "%.3f %s %s\n", b - a, r, s }'
}

failed=0
declare -A broken=() skipped=()
for w in "${wl_names[@]}"; do
    for c in "${cfg_names[@]}"; do
        case "${cfg_argv[$c]:-}" in *@TOGGLE@*) ;; *) continue ;; esac
        [ -n "${toggle_fn[$w]}" ] && continue
        skipped[$w.$c]=1
        note "$w names no function for @TOGGLE@ (no 'bench-toggle:' line): '$c' skipped there"
    done
done
nc=${#cfg_names[@]}
total_runs=$(( (${#wl_names[@]} * nc - ${#skipped[@]}) * rounds ))
note "$total_runs runs: workloads ${wl_names[*]}; configurations ${cfg_names[*]}; $rounds rounds"
start_all=$(now)
for w in "${wl_names[@]}"; do
    for ((r = 0; r < rounds; r++)); do
        # Round-robin, starting one configuration later each round so no
        # configuration always runs first (or right after the same one).
        for ((i = 0; i < nc; i++)); do
            c=${cfg_names[$(( (i + r) % nc ))]}
            [ -n "${broken[$w.$c]+set}${skipped[$w.$c]+set}" ] && continue
            read -r secs rss status < <(run_one "$w" "$c")
            printf '%s\t%s\t%d\t%s\t%s\t%s\n' \
                "$w" "$c" $((r + 1)) "$secs" "$rss" "$status" >>"$results"
            printf '%s: %-6s round %d/%d %-16s %7ss %s\n' "$prog" "$w" \
                $((r + 1)) "$rounds" "$c" "$secs" \
                "$([ "$status" = ok ] || echo "FAILED ($status)")" >&2
            if [ "$status" != ok ]; then
                broken[$w.$c]=1
                failed=1
                if [ "$status" = wrong-output ]; then
                    note "$w under $c printed, instead of $(head -n 1 "$scratch/log/$w.expected"):"
                    head -n 3 "$scratch/log/$w.$c.failed.out" | sed 's/^/    /' >&2
                else
                    note "$w under $c failed ($status); its stderr ends:"
                    tail -n 5 "$scratch/log/$w.$c.failed.err" | sed 's/^/    /' >&2
                fi
            fi
        done
    done
done
end_all=$(now)

[ -n "$raw_out" ] && { printf 'workload\tconfig\tround\tseconds\tmaxrss_kib\tstatus\n'; cat "$results"; } >"$raw_out"

# ---- the report -------------------------------------------------------------
# median W C [FIELD]: median of the successful runs' FIELD (4 = seconds,
# 5 = max RSS), or empty.
median() {
    awk -F'\t' -v w="$1" -v c="$2" -v f="${3:-4}" \
        '$1 == w && $2 == c && $6 == "ok" && $f != "-" { print $f }' "$results" |
    sort -g |
    awk '{ v[NR] = $1 }
         END { if (NR == 0) exit
               if (NR % 2) m = v[(NR + 1) / 2]
               else m = (v[NR / 2] + v[NR / 2 + 1]) / 2
               print m }'
}
ratio() {   # ratio A B: A/B to 2 decimals, or '-'
    awk -v a="$1" -v b="$2" 'BEGIN {
        if (a == "" || b == "" || b + 0 == 0) print "-"
        else printf "%.2f\n", a / b }'
}
fastest() { # fastest W C: the smallest successful time
    awk -F'\t' -v w="$1" -v c="$2" '
        $1 == w && $2 == c && $6 == "ok" { if (n++ == 0 || $4 < lo) lo = $4 }
        END { if (n) printf "%.3f\n", lo; else print "-" }' "$results"
}
spread() {  # spread W C: (max - min) / median of the successful runs, in %
    awk -F'\t' -v w="$1" -v c="$2" -v m="$3" '
        $1 == w && $2 == c && $6 == "ok" {
            if (n == 0 || $4 < lo) lo = $4
            if (n == 0 || $4 > hi) hi = $4
            n++ }
        END { if (n == 0 || m + 0 == 0) print "-"
              else printf "%.0f%%\n", 100 * (hi - lo) / m }' "$results"
}

declare -A med=()
for w in "${wl_names[@]}"; do
    for c in "${cfg_names[@]}"; do
        med[$w.$c]=$(median "$w" "$c")
    done
done

echo
echo "benchgrind overhead: $rounds rounds, round-robin; medians of wall-clock seconds"
vgs=$(for v in "${cfg_vg[@]}"; do echo "$v"; done | sort -u | paste -sd ' ')
echo "(valgrind = ${vgs:-$vg}; $(uname -m), $(nproc 2>/dev/null || echo '?') CPUs)"
echo
printf '%-9s %-18s %9s %8s %8s %8s %7s %6s %9s\n' \
    workload config median_s x_none x_native min_s spread runs maxrss_MiB
for w in "${wl_names[@]}"; do
    base_none=${med[$w.none]:-}
    base_native=${med[$w.native]:-}
    for c in "${cfg_names[@]}"; do
        m=${med[$w.$c]}
        nok=$(awk -F'\t' -v w="$w" -v c="$c" \
            '$1 == w && $2 == c && $6 == "ok"' "$results" | wc -l)
        rss=$(median "$w" "$c" 5)
        if [ -n "$rss" ]; then
            rss=$(awk -v k="$rss" 'BEGIN { printf "%.0f", k / 1024 }')
        else
            rss=-
        fi
        if [ -z "$m" ]; then
            what=FAILED
            [ -n "${skipped[$w.$c]+set}" ] && what=skipped
            printf '%-9s %-18s %9s %8s %8s %8s %7s %6s %9s\n' \
                "$w" "$c" "$what" - - - - "$nok/$rounds" -
            continue
        fi
        printf '%-9s %-18s %9.3f %8s %8s %8s %7s %6s %9s\n' \
            "$w" "$c" "$m" "$(ratio "$m" "$base_none")" \
            "$(ratio "$m" "$base_native")" "$(fastest "$w" "$c")" \
            "$(spread "$w" "$c" "$m")" "$nok/$rounds" "$rss"
    done
done

# The same figures as a matrix: ratio to --tool=none per workload.
have_none=no
for c in "${cfg_names[@]}"; do [ "$c" = none ] && have_none=yes; done
if [ $have_none = yes ]; then
    echo
    echo "Ratio to --tool=none (medians):"
    printf '%-18s' config
    for w in "${wl_names[@]}"; do printf ' %9s' "$w"; done
    echo
    for c in "${cfg_names[@]}"; do
        [ "$c" = native ] && continue
        if [ "$c" = none ]; then
            label='none (x native)'
        else
            label=$c
        fi
        printf '%-18s' "$label"
        for w in "${wl_names[@]}"; do
            if [ "$c" = none ]; then
                printf ' %9s' "$(ratio "${med[$w.none]:-}" "${med[$w.native]:-}")"
            else
                printf ' %9s' "$(ratio "${med[$w.$c]:-}" "${med[$w.none]:-}")"
            fi
        done
        echo
    done
fi

# The requested pairs: one row per pair, one column per workload.
pairs=()
IFS=, read -r -a _sel <<<"$compare"
for p in "${_sel[@]}"; do
    case $p in
        */*) ;;
        '') continue ;;
        *) note "ignoring --compare entry '$p' (want A/B)"; continue ;;
    esac
    pairs+=("$p")
done
added_pairs=()
IFS=, read -r -a _sel <<<"$added"
for p in "${_sel[@]}"; do
    case $p in
        */*@*) ;;
        '') continue ;;
        *) note "ignoring --added entry '$p' (want A/B@FLOOR)"; continue ;;
    esac
    added_pairs+=("$p")
done
rss_pairs=()
IFS=, read -r -a _sel <<<"$rss_pairs_arg"
for p in "${_sel[@]}"; do
    case $p in
        */*) ;;
        '') continue ;;
        *) note "ignoring --rss entry '$p' (want A/B)"; continue ;;
    esac
    rss_pairs+=("$p")
done
# added_ratio A B F: (A - F) / (B - F) to 2 decimals, or '-'
added_ratio() {
    awk -v a="$1" -v b="$2" -v f="$3" 'BEGIN {
        if (a == "" || b == "" || f == "" || b - f <= 0) print "-"
        else printf "%.2f\n", (a - f) / (b - f) }'
}
if [ ${#pairs[@]} -gt 0 ] || [ ${#added_pairs[@]} -gt 0 ] ||
        [ ${#rss_pairs[@]} -gt 0 ]; then
    echo
    echo "Total: A/B, ratio of the medians.  Added: (A - F)/(B - F), the cost A adds"
    echo "above the floor configuration F against the cost B adds above it."
    echo "RSS: ratio of the median peak resident sizes."
    printf '%-48s' pair
    for w in "${wl_names[@]}"; do printf ' %9s' "$w"; done
    echo
    for p in "${pairs[@]:+${pairs[@]}}"; do
        a=${p%%/*}
        b=${p#*/}
        printf '%-48s' "total $p"
        for w in "${wl_names[@]}"; do
            printf ' %9s' "$(ratio "${med[$w.$a]:-}" "${med[$w.$b]:-}")"
        done
        echo
    done
    for p in "${added_pairs[@]:+${added_pairs[@]}}"; do
        f=${p#*@}
        ab=${p%@*}
        a=${ab%%/*}
        b=${ab#*/}
        printf '%-48s' "added $ab (floor $f)"
        for w in "${wl_names[@]}"; do
            printf ' %9s' "$(added_ratio "${med[$w.$a]:-}" "${med[$w.$b]:-}" \
                                           "${med[$w.$f]:-}")"
        done
        echo
    done
    for p in "${rss_pairs[@]:+${rss_pairs[@]}}"; do
        a=${p%%/*}
        b=${p#*/}
        printf '%-48s' "rss $p"
        for w in "${wl_names[@]}"; do
            printf ' %9s' "$(ratio "$(median "$w" "$a" 5)" "$(median "$w" "$b" 5)")"
        done
        echo
    done
fi

# Start-up: each tool on /bin/true against --tool=none.
if [ -n "${med[startup.none]:-}" ]; then
    echo
    line="Start-up (/bin/true): none $(printf '%.3f' "${med[startup.none]}") s"
    for c in "${cfg_names[@]}"; do
        case $c in none|native) continue ;; esac
        line="$line; $c $(ratio "${med[startup.$c]:-}" "${med[startup.none]}")x"
    done
    echo "$line"
fi
echo
awk -v a="$start_all" -v b="$end_all" -v n="$total_runs" \
    'BEGIN { printf "%d runs in %.0f s\n", n, b - a }'
if [ $failed -ne 0 ]; then
    note "some runs failed (see above)"
    exit 1
fi
exit 0
