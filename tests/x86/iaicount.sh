# iaicount for x86-linux: total and per-function Ir equal the stock x86
# cachegrind's (--cache-sim=no) on -m32 programs.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/x86/x86-lib.sh"
cd "$work" || exit 1
same_as_cachegrind branchy   "$p/branchy_m32"
same_as_cachegrind repmovs   "$p/repmovs_m32" 5000
same_as_cachegrind recursion "$p/recursion_m32"
same_as_cachegrind example   "$p/example_bench_m32"
r=$(region_metric example.ic.xml fib_20)
[ "${r:-0}" -gt 1000 ] || fail "example: region fib_20 counts '$r'"
finish
