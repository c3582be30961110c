# cachetrace equals cachegrind --cache-sim=yes (and --branch-sim=yes) on
# every event, in total and per function, on the test programs, with the
# host's caches and two explicit geometries.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/cachetrace/common.sh"
cd "$work" || exit 1

run_pair seq-auto    ""                  "$p/ct_seqscan"
run_pair random-auto "--branch-sim=yes"  "$p/ct_random"
run_pair transp-auto ""                  "$p/ct_transpose"
run_pair indir-auto  "--branch-sim=yes"  "$p/ct_indirect"
run_pair rep-auto    "--branch-sim=yes"  "$p/repmovs" 5000
run_pair seq-A       "$GEO_A"            "$p/ct_seqscan" 1
run_pair random-A    "$GEO_A"            "$p/ct_random"
run_pair transp-A    "$GEO_A --branch-sim=yes" "$p/ct_transpose"
run_pair indir-A     "$GEO_A"            "$p/ct_indirect"
run_pair random-B    "$GEO_B --branch-sim=yes" "$p/ct_random" 100000
run_pair transp-B    "$GEO_B"            "$p/ct_transpose"
run_pair indir-B     "$GEO_B --branch-sim=yes" "$p/ct_indirect"
run_pair branchy-B   "$GEO_B --branch-sim=yes" "$p/branchy"
run_pair transp-C    "$GEO_C"            "$p/ct_transpose"
run_pair indir-C     "$GEO_C --branch-sim=yes" "$p/ct_indirect"
run_pair random-D    "$GEO_D"            "$p/ct_random" 100000
run_pair rep-D       "$GEO_D"            "$p/repmovs" 5000
for l in seq-auto random-auto transp-auto indir-auto rep-auto seq-A random-A \
         transp-A indir-A random-B transp-B indir-B branchy-B transp-C \
         indir-C random-D rep-D; do
   compare_pair "$l"
done
# The random program's working set (16 MiB) is larger than LL in A and B:
# most of its data misses go to RAM.
dl=$(summary_metric random-A.ct.xml DLmr); d1=$(summary_metric random-A.ct.xml D1mr)
[ "$dl" -gt $((d1 / 2)) ] || fail "random-A: DLmr $dl not most of D1mr $d1"
finish
