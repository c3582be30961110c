# cachetrace and iaicount --cache-sim=yes instrument the IR cachegrind
# instruments: VEX keeps only the stack pointer exact at memory accesses,
# as cachegrind has it, so a load whose value is never used (the first of
# two pops into %rbp) is gone from both, and every event equals
# cachegrind's, with the branch simulation too.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/cachetrace/common.sh"
cd "$work" || exit 1
EV="Ir I1mr ILmr Dr D1mr DLmr Dw D1mw DLmw"
FIXED="--I1=32768,8,64 --D1=32768,8,64 --LL=8388608,16,64"

run_pair pop "--branch-sim=yes" "$p/unused_pop" 1000
compare_pair pop

vg pop.ic --tool=iaicount --cache-sim=yes --iaicount-out-file="$work/pop.ic.xml" "$p/unused_pop" 1000
vg pop.cgf --tool=cachegrind --cache-sim=yes $FIXED --cachegrind-out-file="$work/pop.cgf.out" "$p/unused_pop" 1000
if validate pop.ic.xml; then
   # shellcheck disable=SC2086
   a=$(xml_summary pop.ic.xml $EV); b=$(cg_summary pop.cgf.out)
   [ "$a" = "$b" ] && note "pop, iaicount --cache-sim=yes: $EV = $b" \
      || fail "pop: iaicount --cache-sim=yes '$a', cachegrind '$b' ($EV)"
fi
finish
