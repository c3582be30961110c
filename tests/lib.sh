# lib.sh: helpers for the tool tests (sourced by each test script).
#
# Every Valgrind run goes through the in-place tree (VALGRIND_LIB), with a
# fixed, minimal environment, stdin from /dev/null and stdout/stderr to
# files, so our tools and the stock ones see exactly the same process
# (notes: the environment and the kind of each std fd move counts).

set -u
: "${top_srcdir:?run through make check}" "${top_builddir:?}" "${tests_builddir:?}"
: "${VALGRIND:=valgrind}" "${XMLLINT:=xmllint}" "${XSLTPROC:=xsltproc}"

VGLIB=$top_builddir/.in_place
SCHEMA=$top_srcdir/docs/profile.rng
test_name=$(basename "$0" .sh)
# one directory per test, under its part of the suite: iaicount/ and
# cachetrace/ both have an interface.sh, and make -j runs them at once
work=$tests_builddir/work/$(basename "$(dirname "$0")")/$test_name
rm -rf "$work"
mkdir -p "$work"
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
note() { echo "  $*"; }
finish() {
   # As root a tool could replace the real /dev/null; no test may.
   [ -c /dev/null ] || fail "/dev/null is no longer a character device"
   if [ "$failures" -eq 0 ]; then echo "PASS: $test_name"; exit 0; fi
   echo "$failures check(s) failed in $test_name"; exit 1
}
skip() { echo "SKIP: $*"; exit 77; }

[ -x "$VGLIB/iaicount-$VG_PLATFORM" ] || skip "in-place iaicount not built"
for t in "$XMLLINT" "$XSLTPROC"; do
   command -v "$t" >/dev/null 2>&1 || { echo "FAIL: $t missing"; exit 1; }
done

# vg NAME VALGRIND-ARGS... : runs valgrind in the fixed environment, from the
# current directory; stdout/stderr go to $work/NAME.stdout/.stderr.
# Extra environment: set VG_ENV="VAR=value ..." (word-split); a command
# to run valgrind through: VG_WRAP="COMMAND ARGS..." (word-split).
vg() {
   name=$1; shift
   # shellcheck disable=SC2086
   env -i PATH=/usr/bin:/bin LC_ALL=C VALGRIND_LIB="$VGLIB" ${VG_ENV:-} \
      ${VG_WRAP:-} "$VALGRIND" --command-line-only=yes "$@" \
      >"$work/$name.stdout" 2>"$work/$name.stderr" </dev/null
}

# validate FILE: the profile must match docs/profile.rng.
validate() {
   if ! "$XMLLINT" --noout --relaxng "$SCHEMA" "$1" 2>"$work/xmllint.err"; then
      fail "$1 does not validate: $(head -3 "$work/xmllint.err")"
      return 1
   fi
}

# Reading profiles: xpath, summary_metric, region_metric, functions,
# sites, ... (the format's layout is known there alone).
. "$tests_srcdir/profile.sh"

# repeatable LABEL FIGURES1 FIGURES2: whether a stock tool gave the same
# figures on two runs of one program.  If not, the program is no oracle
# (the stock tool itself varies), which is noted as a skip.
repeatable() {
   [ "$2" = "$3" ] && return 0
   note "$1: SKIPPED, the stock tool itself varies from run to run ($2 / $3)"
   return 1
}

# cachegrind's output: total, and per-(file, fn) Ir like cg_annotate's.
# (Tests that run cachegrind say --cache-sim=yes or no: its default
# changed to no in 3.21, and with no its file lost the desc: lines.)
cg_total() { awk '/^summary:/ { print $2 }' "$1"; }
# The total of a stderr summary in cachegrind's layout (cachegrind's, and
# ours, which follow the version): "I   refs:      1,234" before 3.21,
# "I refs:        1,234" since.
cg_stderr_total() { sed -n 's/^==[0-9]*== I *refs: *//p' "$1" | tr -d ,; }
cg_functions() {
   awk '/^fl=/ { fl = substr($0, 4) } /^fn=/ { fn = substr($0, 4) }
        /^[0-9]/ { ir[fl "\t" fn] += $2 }
        END { for (k in ir) if (ir[k] > 0) print k "\t" ir[k] }' "$1" | sort
}

# same_as_cachegrind LABEL PROG ARGS...: iaicount's total and per-function
# Ir equal cachegrind --cache-sim=no's on the same run.
same_as_cachegrind() {
   label=$1; shift
   vg "$label.ic" --tool=iaicount --iaicount-out-file="$work/$label.ic.xml" "$@"
   vg "$label.cg" --tool=cachegrind --cache-sim=no \
      --cachegrind-out-file="$work/$label.cg.out" "$@"
   compare_files "$label" "$work/$label.ic.xml" "$work/$label.cg.out"
   a=$(cg_total "$work/$label.cg.out"); b=$(cg_stderr_total "$work/$label.cg.stderr")
   [ -n "$b" ] && [ "$a" = "$b" ] || fail "$label: cachegrind's file says $a, its stderr '$b'"
}

compare_files() {
   label=$1 ic=$2 cg=$3
   [ -s "$ic" ] || { fail "$label: no iaicount output"; return; }
   [ -s "$cg" ] || { fail "$label: no cachegrind output"; return; }
   validate "$ic" || return
   a=$(summary_metric "$ic"); b=$(cg_total "$cg")
   if [ "$a" = "$b" ]; then note "$label: Ir $a == cachegrind"
   else fail "$label: iaicount Ir $a, cachegrind $b"; fi
   functions "$ic" >"$work/$label.ic.fns"
   cg_functions "$cg" >"$work/$label.cg.fns"
   if ! diff "$work/$label.cg.fns" "$work/$label.ic.fns" >"$work/$label.fns.diff"; then
      fail "$label: per-function Ir differs from cachegrind:"
      head -10 "$work/$label.fns.diff"
   fi
}

# cg_functions_all FILE: like cg_functions, every event column of a
# cachegrind-format file ("file<TAB>fn<TAB>col1<TAB>col2...").
cg_functions_all() {
   awk '/^events:/ { ne = NF - 1 }
        /^fl=/ { fl = substr($0, 4) } /^fn=/ { fn = substr($0, 4) }
        /^[0-9]/ { k = fl "\t" fn; seen[k] = 1
                   for (i = 2; i <= NF; i++) c[k, i] += $i }
        END { for (k in seen) { s = k; any = 0
                 for (i = 2; i <= ne + 1; i++) { s = s "\t" (c[k, i] + 0); if (c[k, i] > 0) any = 1 }
                 if (any) print s } }' "$1" | sort
}

# region_metrics FILE [METRIC]: "name<TAB>value" for every region.
region_metrics() {
   "$XSLTPROC" --stringparam metric "${2:-Ir}" "$top_srcdir/tests/regions.xsl" "$1"
}

# ---- progs/many_regions (region i is "r%05d", runs work(i % 7)) --------

# check_rounds ONCE.xml MANY.xml K METRIC: the same regions in both, each
# with K times in MANY (its regions entered K times) its value in ONCE,
# and not 0.
check_rounds() {
   region_metrics "$1" "$4" >"$work/rounds.once"
   region_metrics "$2" "$4" >"$work/rounds.many"
   bad=$(awk -F'\t' -v k="$3" 'NR == FNR { v[$1] = $2; n++; next }
            { m++ }
            !($1 in v) || $2 == "" || $2 == 0 || $2 != k * v[$1] { print $1; bad = 1; exit }
            END { if (!bad && m != n) print "(" m " regions, " n " entered once)" }' \
            "$work/rounds.once" "$work/rounds.many")
   [ -z "$bad" ] || fail "$2: $4 of region $bad is not $3 times that of $1"
}

# check_same_work FILE METRIC: regions running the same work (i % 7)
# have the same value.
check_same_work() {
   bad=$(region_metrics "$1" "$2" | awk -F'\t' '/^r[0-9]/ {
            k = substr($1, 2) % 7
            if (k in v && v[k] != $2) { print $1; exit }
            v[k] = $2 }')
   [ -z "$bad" ] || fail "$1: $2 of region $bad differs from that of the regions doing the same work"
}

# check_region_sum FILE METRIC: (mode gated) the regions r* sum to the
# total, and so does region "all".
check_region_sum() {
   sum=$(region_metrics "$1" "$2" | awk -F'\t' '/^r[0-9]/ { s += $2 } END { printf "%d", s }')
   total=$(summary_metric "$1" "$2"); all=$(region_metric "$1" all "$2")
   if [ "$sum" = "$total" ] && [ "$all" = "$total" ]; then
      note "$1: $2 of the regions sums to the total, $total"
   else
      fail "$1: $2: regions sum to $sum, region all $all, total $total"
   fi
}

# check_region_memory LABEL VALGRIND-ARGS...: runs progs/many_regions with
# 500 and then 4000 regions (each entered once) and fails when the peak
# RSS grows by more than 1 KiB a region between the two.  (Each region
# cost 23-290 KiB while every context kept counters for all the code
# translated so far.)
check_region_memory() {
   label=$1; shift
   [ -x /usr/bin/time ] || { fail "$label: GNU time (/usr/bin/time) missing"; return; }
   for n in 500 4000; do
      if ! env -i PATH=/usr/bin:/bin LC_ALL=C VALGRIND_LIB="$VGLIB" \
           /usr/bin/time -f %M -o "$work/$label.$n.rss" \
           "$VALGRIND" --command-line-only=yes "$@" \
           "$tests_builddir/progs/many_regions" $n 1 plain \
           >"$work/$label.$n.stdout" 2>"$work/$label.$n.stderr" </dev/null; then
         fail "$label: the run with $n regions failed"; return
      fi
   done
   a=$(cat "$work/$label.500.rss"); b=$(cat "$work/$label.4000.rss")
   note "$label: peak RSS $a KiB with 500 regions, $b KiB with 4000"
   [ $((b - a)) -le 3500 ] || fail "$label: peak RSS grew by $((b - a)) KiB for 3500 more regions (bound: 1 KiB a region)"
}

# ---- call graphs ----------------------------------------------------------

# cg_graph FILE [EVENT]: a callgrind-format file (ours or callgrind's)
# read by callgrind-graph.awk: "F<TAB>name<TAB>self<TAB>incl" (of EVENT,
# the file's first by default) and "E<TAB>caller<TAB>callee<TAB>calls"
# lines, sorted.
cg_graph() {
   awk -v event="${2:-}" -f "$top_srcdir/tests/callgrind-graph.awk" "$1" | LC_ALL=C sort
}

# cg_inclusive FILE EVENT: "function<TAB>inclusive EVENT" per function
# as the file names it (recursion levels apart), as callgrind_annotate
# --inclusive=yes computes it.
cg_inclusive() {
   cg_graph "$1" "$2" | awk -F'\t' -v OFS='\t' '$1 == "F" { print $2, $4 }'
}

# cg_edges FILE: "caller<TAB>callee<TAB>calls", recursion levels merged.
cg_edges() { cg_graph "$1" | awk -F'\t' -v OFS='\t' '$1 == "E" { print $2, $3, $4 }'; }

# cga_inclusive FILE: "function<TAB>inclusive Ir" as callgrind_annotate
# --inclusive=yes prints them for a callgrind-format FILE (every
# function, levels apart: fib, fib'2).
cga_inclusive() {
   callgrind_annotate --inclusive=yes --threshold=100 "$1" 2>/dev/null | awk -v OFS='\t' '
      /^-- Auto-annotated/ { exit }
      /^ *[0-9][0-9,]* \( *[0-9.]+%\)  / {
         v = $1; gsub(/,/, "", v)
         f = $0; sub(/^ *[0-9,]+ \( *[0-9.]+%\)  /, "", f)
         sub(/ \[[^]]*\]$/, "", f); sub(/^[^:]*:/, "", f)
         print f, v }' | LC_ALL=C sort -u
}

# cga_inclusive_in FILE OBJECT: cga_inclusive's lines of the functions
# whose object ends in OBJECT.
cga_inclusive_in() {
   callgrind_annotate --inclusive=yes --threshold=100 "$1" 2>/dev/null | awk -v OFS='\t' -v obj="$2" '
      /^-- Auto-annotated/ { exit }
      /^ *[0-9][0-9,]* \( *[0-9.]+%\)  .* \[[^]]*\]$/ {
         o = $0; sub(/^.* \[/, "", o); sub(/\]$/, "", o)
         if (substr(o, length(o) - length(obj) + 1) != obj) next
         v = $1; gsub(/,/, "", v)
         f = $0; sub(/^ *[0-9,]+ \( *[0-9.]+%\)  /, "", f)
         sub(/ \[[^]]*\]$/, "", f); sub(/^[^:]*:/, "", f)
         print f, v }' | LC_ALL=C sort -u
}

# cga_total FILE: callgrind_annotate's PROGRAM TOTALS (first event).
cga_total() {
   callgrind_annotate "$1" 2>/dev/null | awk '/PROGRAM TOTALS/ { v = $1; gsub(/,/, "", v); print v; exit }'
}

# call_graph_runs LABEL PROG ARGS...: PROG under iaicount --call-graph=yes
# (LABEL.xml, LABEL.icg in callgrind's format, LABEL.folded), callgrind
# (LABEL.clg) and cachegrind without simulation (LABEL.cgo), in $work.
call_graph_runs() {
   label=$1; shift
   vg "$label.ic" --tool=iaicount --call-graph=yes \
      --iaicount-out-file="$work/$label.xml" \
      --callgrind-out-file="$work/$label.icg" \
      --folded-out-file="$work/$label.folded" "$@"
   vg "$label.cl" --tool=callgrind --callgrind-out-file="$work/$label.clg" "$@"
   vg "$label.cg" --tool=cachegrind --cache-sim=no \
      --cachegrind-out-file="$work/$label.cgo" "$@"
}

# folded_total FILE: the sum of a folded-stacks file's counts.
folded_total() { awk '{ s += $NF } END { printf "%d\n", s }' "$1"; }

# own_functions CACHEGRIND.OUT SOURCE: the functions of SOURCE (a file
# name) that ran, one a line.
own_functions() {
   cg_functions "$1" | awk -F'\t' -v src="$2" '$1 ~ ("(^|/)" src "$") { print $2 }' | LC_ALL=C sort -u
}

# within LIMIT_PERCENT A B: |A - B| <= LIMIT% of B.
within() { awk -v l="$1" -v a="$2" -v b="$3" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d * 100 <= l * b) }'; }
