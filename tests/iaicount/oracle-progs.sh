# iaicount's total and per-function Ir equal cachegrind's (--cache-sim=no)
# on the test programs: side exits, rep movs/stos, recursion, a crash.
. "$tests_srcdir/lib.sh"
cd "$work" || exit 1
p=$tests_builddir/progs
same_as_cachegrind branchy   "$p/branchy"
same_as_cachegrind repmovs0  "$p/repmovs" 0
same_as_cachegrind repmovs1  "$p/repmovs" 1
same_as_cachegrind repmovs   "$p/repmovs" 5000
same_as_cachegrind recursion "$p/recursion"
same_as_cachegrind example   "$p/example_bench"
same_as_cachegrind crash     "$p/crash"
same_as_cachegrind signals   "$p/signals"
h=$(region_metric "$work/signals.ic.xml" handler); m=$(region_metric "$work/signals.ic.xml" main_loop)
note "signals: handler region $h, main_loop region $m"
[ "${h:-0}" -gt 50000 ] && [ "$m" -gt "$h" ] || fail "signal handler regions: handler $h, main_loop $m"
grep -q 'SIGSEGV' "$work/crash.ic.stderr" || fail "crash: the client did not die of SIGSEGV"
finish
