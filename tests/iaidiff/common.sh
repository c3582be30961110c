# common.sh: helpers for the iaidiff tests (sourced by each test script).
#
# Tests run from the directory of the hand-made inputs, so file names in
# messages are the short ones; anything written goes to a scratch directory
# removed at exit.  Colour is off unless a test asks for it.

set -u
: "${top_srcdir:?run through make check}" "${top_builddir:?}" "${tests_builddir:?}"
: "${tests_srcdir:=$top_srcdir/tests}" "${XMLLINT:=xmllint}"

IAIDIFF=$top_builddir/viewer/iaidiff/iaidiff
INPUTS=$tests_srcdir/iaidiff
DIFF_SCHEMA=$top_srcdir/docs/iaidiff-diff.rng
PROFILE_SCHEMA=$top_srcdir/docs/profile.rng
JUNIT_SCHEMA=$INPUTS/junit.rng
test_name=$(basename "$0" .sh)
NO_COLOR=1
export NO_COLOR

[ -x "$IAIDIFF" ] || { echo "FAIL: $IAIDIFF not built"; exit 1; }
command -v "$XMLLINT" >/dev/null 2>&1 || { echo "FAIL: xmllint missing"; exit 1; }

scratch=$(mktemp -d "$tests_builddir/iaidiff-$test_name.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT
cd "$INPUTS" || exit 1
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
finish() {
   # As root a tool could replace the real /dev/null; no test may.
   [ -c /dev/null ] || fail "/dev/null is no longer a character device"
   if [ "$failures" -eq 0 ]; then echo "PASS: $test_name"; exit 0; fi
   echo "$failures check(s) failed in $test_name"; exit 1
}

# run CMD...: runs it; stdout in $scratch/out, stderr in $scratch/err,
# exit status in $status.
run() {
   "$@" >"$scratch/out" 2>"$scratch/err"
   status=$?
}

# expect_status N CMD...: run, and check the exit status.
expect_status() {
   want=$1; shift
   run "$@"
   if [ "$status" != "$want" ]; then
      fail "exit status $status, expected $want: $*"
      sed 's/^/  out: /' "$scratch/out"
      sed 's/^/  err: /' "$scratch/err"
   fi
}

# expect_output FILE: stdout of the last run equals FILE.
expect_output() {
   diff -u "$1" "$scratch/out" >"$scratch/diff" \
      || { fail "output differs from $1"; cat "$scratch/diff"; }
}

# expect_line TEXT: stdout of the last run has exactly this line.
expect_line() {
   grep -qxF -- "$1" "$scratch/out" \
      || { fail "missing line: '$1'"; sed 's/^/  out: /' "$scratch/out"; }
}

# expect_no_line TEXT: stdout of the last run lacks this line.
expect_no_line() {
   if grep -qxF -- "$1" "$scratch/out"; then fail "unexpected line: '$1'"; fi
}

# expect_error TEXT: stderr of the last run is exactly this one line.
expect_error() {
   printf '%s\n' "$1" >"$scratch/want-err"
   diff -u "$scratch/want-err" "$scratch/err" >"$scratch/diff" \
      || { fail "stderr differs"; cat "$scratch/diff"; }
}

# expect_bad FILE MESSAGE: iaidiff rejects FILE with exit 2 and MESSAGE,
# alone and as either side of a comparison.
expect_bad() {
   expect_status 2 "$IAIDIFF" --color=never "$1"
   expect_error "iaidiff: $2"
   [ -s "$scratch/out" ] && fail "$1: something printed on stdout"
   expect_status 2 "$IAIDIFF" --color=never "$1" new.xml
   expect_error "iaidiff: $2"
   expect_status 2 "$IAIDIFF" --color=never old.xml "$1"
   expect_error "iaidiff: $2"
}

# validate SCHEMA FILE
validate() {
   "$XMLLINT" --noout --relaxng "$1" "$2" >"$scratch/xmllint.out" 2>&1 \
      || { fail "$2 does not validate against $(basename "$1")"; cat "$scratch/xmllint.out"; }
}

# Reading profiles: xpath, summary_metric, region_metric, sites, ...
. "$tests_srcdir/profile.sh"

# expect_value VALUE HELPER ARGS...: the profile helper (profile.sh) run on
# ARGS prints VALUE.
expect_value() {
   want=$1; shift
   got=$("$@")
   [ "$got" = "$want" ] || fail "$* is '$got', expected '$want'"
}

# expect_xpath FILE EXPR VALUE (for the reports, not for profiles)
expect_xpath() {
   got=$(xpath "$1" "$2")
   [ "$got" = "$3" ] || fail "$2 is '$got', expected '$3'"
}
