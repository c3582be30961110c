# hv-lib.sh: helpers for the heapview tests (sourced after tests/lib.sh).
#
# The profiles are real heapcount output of tests/heapview/hv_prog (and
# hv_cxx), made at test time; the hand-made inputs sit beside this file.
# Lines that depend on the compiler or the environment (paths, instruction
# counts) are masked before outputs are compared line by line.

HEAPVIEW=$top_builddir/viewer/heapview/heapview
HV_INPUTS=$tests_srcdir/heapview
HV_PROG=$tests_builddir/heapview/hv_prog
[ -x "$HEAPVIEW" ] || { echo "FAIL: $HEAPVIEW not built"; exit 1; }
[ -x "$VGLIB/heapcount-$VG_PLATFORM" ] || skip "in-place heapcount not built"

# profile NAME PROG ARGS...: heapcount's profile of PROG in $work/NAME.xml,
# checked against docs/profile.rng.
profile() {
   name=$1; shift
   (cd "$work" && vg "$name" --tool=heapcount \
      --heapcount-out-file="$work/$name.xml" "$@")
   [ -s "$work/$name.xml" ] || { fail "heapcount wrote no $name.xml"; cat "$work/$name.stderr"; finish; }
   validate "$work/$name.xml"
}

# hv OUT ARGS...: run heapview from $work; stdout in $work/OUT, stderr in
# $work/OUT.err, exit status in $status.
hv() {
   out=$1; shift
   (cd "$work" && "$HEAPVIEW" "$@") >"$work/$out" 2>"$work/$out.err"
   status=$?
}

# mask FILE: the output without what varies between machines: paths,
# instruction counts and lifetimes (in instructions).
mask() {
   sed -e 's/^\(Heap profile\( diff\)\{0,1\}: \).*/\1.../' \
       -e 's/^\(\(Old c\|C\)ommand: *\).*/\1.../' \
       -e 's/^Run: .*/Run: .../' \
       -e 's/^\( *lifetime (instrs): \).*/\1.../' "$1"
}

# expect_same EXPECTED OUT: OUT, masked, equals the file EXPECTED line by
# line.
expect_same() {
   mask "$work/$2" >"$work/$2.masked"
   if ! diff -u "$HV_INPUTS/$1" "$work/$2.masked" >"$work/$2.diff"; then
      fail "$2 differs from $1"
      cat "$work/$2.diff"
   fi
}

expect_status() {
   [ "$status" = "$1" ] || { fail "exit status $status, expected $1 ($2)"; sed 's/^/  err: /' "$work/$2.err"; }
}
