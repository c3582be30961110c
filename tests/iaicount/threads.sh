# A multi-threaded program: counts from all threads, within 0.1% of
# cachegrind (thread interleaving moves the stock tools too).
. "$tests_srcdir/lib.sh"
cd "$work" || exit 1
vg ic --tool=iaicount --iaicount-out-file="$work/ic.xml" "$tests_builddir/progs/threads"
vg cg --tool=cachegrind --cache-sim=no --cachegrind-out-file="$work/cg.out" "$tests_builddir/progs/threads"
validate ic.xml
a=$(summary_metric ic.xml); b=$(cg_total cg.out)
note "iaicount $a, cachegrind $b"
awk -v a="$a" -v b="$b" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(b > 1000000 && d * 1000 <= b) }' \
   || fail "threads: iaicount $a vs cachegrind $b differ by more than 0.1%"
w=$(functions ic.xml | awk -F'\t' '$2 == "worker" { print $3 }')
[ "${w:-0}" -gt 1000000 ] || fail "worker threads not counted (worker Ir: ${w:-none})"
finish
