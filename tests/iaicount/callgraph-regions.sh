# A call tree per region (iaicount --call-graph=yes on the bundled
# example benchmark, three IAI_BENCH regions), with and without
# --cache-sim:
# - a region's top nodes add up to the region's Ir;
# - the bench function's inclusive Ir is the region's Ir less the
#   harness's own instructions inside the region (those around the call:
#   fewer than 20, and the same in every region, since the same loop of
#   iai.h's harness runs around each bench), and equals its node's and
#   its Ir.incl;
# - each region's tree holds its bench's work only (fib in fib_20, qsort
#   in qsort_1000, strlen in strlen_4k);
# - the summary's tree holds every region's nodes.
. "$tests_srcdir/lib.sh"
cd "$work" || exit 1
p=$tests_builddir/progs

harnesses=
for mode in plain sim; do
   opts=--call-graph=yes
   [ $mode = sim ] && opts="--call-graph=yes --cache-sim=yes"
   # shellcheck disable=SC2086
   vg $mode --tool=iaicount $opts --iaicount-out-file="$work/$mode.xml" "$p/example_bench"
   validate $mode.xml || continue
   for r in qsort_1000 fib_20 strlen_4k; do
      ir=$(region_metric $mode.xml $r)
      tree_nodes $mode.xml $r >$mode.$r.nodes
      top=$(awk -F'\t' '$2 == 0 { s += $6 } END { printf "%d", s }' $mode.$r.nodes)
      [ -n "$ir" ] && [ "$top" = "$ir" ] || fail "$mode $r: top nodes add up to $top, region Ir $ir"
      bench=$(awk -F'\t' -v f="iai_bench_fn_$r" '$3 == f { print $6 }' $mode.$r.nodes)
      incl=$(functions $mode.xml $r Ir.incl | awk -F'\t' -v f="iai_bench_fn_$r" '$2 == f { print $3 }')
      harness=$(( ir - ${bench:-0} ))
      if [ -n "$bench" ] && [ "$bench" = "$incl" ] && [ "$harness" -ge 0 ] && [ "$harness" -lt 20 ]; then
         note "$mode $r: region Ir $ir, bench function $bench inclusive, harness $harness"
         harnesses="$harnesses $harness"
      else
         fail "$mode $r: region Ir $ir, bench node $bench, Ir.incl $incl"
      fi
   done
   grep -q '	fib	' $mode.fib_20.nodes || fail "$mode: no fib in fib_20's tree"
   grep -q '	fib	' $mode.strlen_4k.nodes && fail "$mode: fib in strlen_4k's tree"
   grep -q '	qsort	\|	msort' $mode.qsort_1000.nodes || fail "$mode: no qsort in qsort_1000's tree"
   tree_nodes $mode.xml >$mode.summary.nodes
   for f in fib cmp_int iai_bench_fn_strlen_4k; do
      grep -q "	$f	" $mode.summary.nodes || fail "$mode: $f missing from the summary's tree"
   done
done
[ "$(echo $harnesses | tr ' ' '\n' | sort -u | wc -l)" = 1 ] \
   || fail "the harness's instructions differ between regions:$harnesses"
# the cache events too: a region's top nodes add up to its D1mr
for r in qsort_1000 fib_20; do
   d=$(region_metric sim.xml $r D1mr)
   top=$(tree_nodes sim.xml $r D1mr | awk -F'\t' '$2 == 0 { s += $6 } END { printf "%d", s }')
   [ "$top" = "$d" ] || fail "sim $r: D1mr of the top nodes $top, region $d"
done
finish
