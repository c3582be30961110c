# Many regions (issue 17): 300 regions, entered 3 times each in turn.
# The whole-run total and every function's Ir equal cachegrind's; each
# region counts 3 times what it counts when entered once, and the same as
# the regions running the same work; with collection on only inside the
# regions, they sum to the total.  Peak memory grows by at most 1 KiB a
# region.
. "$tests_srcdir/lib.sh"
cd "$work" || exit 1
prog=$tests_builddir/progs/many_regions
same_as_cachegrind rounds "$prog" 300 3 plain
vg once --tool=iaicount --iaicount-out-file="$work/once.xml" "$prog" 300 1 plain
vg gated --tool=iaicount --collect-atstart=no \
   --iaicount-out-file="$work/gated.xml" "$prog" 300 3 gated
validate once.xml && validate gated.xml
n=$(region_count rounds.ic.xml)
[ "$n" = 300 ] || fail "rounds.ic.xml: $n regions, not 300"
check_rounds once.xml rounds.ic.xml 3 Ir
check_same_work rounds.ic.xml Ir
check_region_sum gated.xml Ir
check_region_memory iaicount --tool=iaicount --iaicount-out-file="$work/mem.xml"
finish
