# A region around a loop grows exactly linearly with the trip count.
. "$tests_srcdir/lib.sh"
cd "$work" || exit 1
for n in 1000 2000 3000 11000; do
   vg loop$n --tool=iaicount --iaicount-out-file="$work/loop$n.xml" "$tests_builddir/progs/loop" $n
   validate loop$n.xml
   eval "ir$n=\$(region_metric loop$n.xml loop)"
done
# shellcheck disable=SC2154
note "loop region Ir: 1000:$ir1000 2000:$ir2000 3000:$ir3000 11000:$ir11000"
step=$((ir2000 - ir1000))
[ "$step" -gt 1000 ] || fail "the loop costs $step instructions per 1000 trips"
[ $((ir3000 - ir2000)) -eq "$step" ] || fail "2000 -> 3000 trips: $((ir3000 - ir2000)) != $step"
[ $((ir11000 - ir1000)) -eq $((10 * step)) ] || fail "1000 -> 11000 trips: $((ir11000 - ir1000)) != 10 * $step"
finish
