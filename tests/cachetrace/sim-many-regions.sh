# Many regions (issue 17): 300 regions, entered 3 times each in turn.
# cachetrace --branch-sim=yes equals cachegrind on every event total and
# every function's events; each region's Ir, Dr, Dw and Bc are 3 times
# those of one entry, and these and Bi are the same as in the regions
# running the same work; with collection on only inside the regions, every event of the
# regions sums to the total, under iaicount --cache-sim=yes too.  Peak
# memory grows by at most 1 KiB a region.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/cachetrace/common.sh"
cd "$work" || exit 1
prog=$p/many_regions
run_pair rounds "--branch-sim=yes $GEO_A" "$prog" 300 3 plain
compare_pair rounds
n=$(xpath rounds.ct.xml "count(/profile/region)")
[ "$n" = 300 ] || fail "rounds.ct.xml: $n regions, not 300"
# shellcheck disable=SC2086
vg once --tool=cachetrace --branch-sim=yes $GEO_A \
   --cachetrace-out-file="$work/once.xml" "$prog" 300 1 plain
# shellcheck disable=SC2086
vg gated --tool=cachetrace --branch-sim=yes --collect-atstart=no $GEO_A \
   --cachetrace-out-file="$work/gated.xml" "$prog" 300 3 gated
# shellcheck disable=SC2086
vg ic-gated --tool=iaicount --cache-sim=yes --collect-atstart=no $GEO_A \
   --iaicount-out-file="$work/ic-gated.xml" "$prog" 300 3 gated
validate once.xml && validate gated.xml && validate ic-gated.xml
for e in Ir Dr Dw Bc; do
   check_rounds once.xml rounds.ct.xml 3 $e
done
for e in Ir Dr Dw Bc Bi; do
   check_same_work rounds.ct.xml $e
done
for e in Ir I1mr ILmr Dr D1mr DLmr Dw D1mw DLmw Bc Bcm Bi Bim; do
   check_region_sum gated.xml $e
done
for e in Ir I1mr ILmr Dr D1mr DLmr Dw D1mw DLmw; do
   check_region_sum ic-gated.xml $e
done
check_region_memory cachetrace --tool=cachetrace \
   --cachetrace-out-file="$work/mem.xml"
check_region_memory cachetrace-br --tool=cachetrace --branch-sim=yes \
   --cachetrace-out-file="$work/mem.xml"
check_region_memory iaicount-sim --tool=iaicount --cache-sim=yes \
   --iaicount-out-file="$work/mem.xml"
finish
