# Region counts do not depend on the environment, argv[0] or the working
# directory; the whole-run total does.
. "$tests_srcdir/lib.sh"
mkdir -p "$work/a" "$work/somewhere/much/deeper/than/the/other/one"
cp "$tests_builddir/progs/example_bench" "$work/a/b"
cp "$tests_builddir/progs/example_bench" "$work/somewhere/much/deeper/than/the/other/one/example_bench_copy"
(cd "$work/a" && vg short --tool=iaicount --iaicount-out-file="$work/short.xml" ./b)
big=$(head -c 3000 /dev/zero | tr '\0' x)
(cd "$work/somewhere/much/deeper/than/the/other/one" &&
   VG_ENV="HOME=/nonexistent LANG=C.UTF-8 BIG=$big TERM=dumb" \
   vg long --tool=iaicount --iaicount-out-file="$work/long.xml" ./example_bench_copy)
cd "$work" || exit 1
validate short.xml; validate long.xml
for r in qsort_1000 fib_20 strlen_4k; do
   s=$(region_metric short.xml $r); l=$(region_metric long.xml $r)
   [ -n "$s" ] && [ "$s" -gt 0 ] || fail "region $r missing"
   [ "$s" = "$l" ] && note "$r: $s in both" || fail "region $r: $s vs $l"
   functions short.xml $r >short.$r; functions long.xml $r >long.$r
   cmp -s short.$r long.$r || fail "region $r: function tables differ"
done
[ "$(summary_metric short.xml)" != "$(summary_metric long.xml)" ] \
   || fail "the totals should differ (environment size moves start-up)"
finish
