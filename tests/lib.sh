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
work=$tests_builddir/work/$test_name
rm -rf "$work"
mkdir -p "$work"
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
note() { echo "  $*"; }
finish() {
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
# Extra environment: set VG_ENV="VAR=value ..." (word-split).
vg() {
   name=$1; shift
   # shellcheck disable=SC2086
   env -i PATH=/usr/bin:/bin LC_ALL=C VALGRIND_LIB="$VGLIB" ${VG_ENV:-} \
      "$VALGRIND" --command-line-only=yes "$@" \
      >"$work/$name.stdout" 2>"$work/$name.stderr" </dev/null
}

# validate FILE: the profile must match docs/profile.rng.
validate() {
   if ! "$XMLLINT" --noout --relaxng "$SCHEMA" "$1" 2>"$work/xmllint.err"; then
      fail "$1 does not validate: $(head -3 "$work/xmllint.err")"
      return 1
   fi
}

# xpath FILE EXPR: the string value of an XPath expression.
xpath() { "$XMLLINT" --xpath "string($2)" "$1" 2>/dev/null; }
summary_metric() { xpath "$1" "/profile/summary/metric[@name='${2:-Ir}']/@value"; }
region_metric() { xpath "$1" "/profile/region[@name='$2']/metric[@name='${3:-Ir}']/@value"; }

# functions FILE [REGION]: sorted "file<TAB>fn<TAB>Ir" lines.
functions() {
   "$XSLTPROC" --stringparam region "${2:-}" "$top_srcdir/tests/functions.xsl" "$1" | sort
}

# cachegrind's output: total, and per-(file, fn) Ir like cg_annotate's.
# (Tests that run cachegrind say --cache-sim=yes or no: its default
# changed to no in 3.21, and with no its file lost the desc: lines.)
cg_total() { awk '/^summary:/ { print $2 }' "$1"; }
# The total of cachegrind's stderr summary: "I   refs:      1,234" before
# 3.21 and with --cache-sim=yes, "I refs:        1,234" after.
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
