# iaicount --cache-sim=yes uses the same simulator: with explicit
# --I1/--D1/--LL it equals cachegrind with them, and its default geometry
# is iai's fixed one (cachegrind --I1=32768,8,64 --D1=32768,8,64
# --LL=8388608,16,64), whatever the host.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/cachetrace/common.sh"
cd "$work" || exit 1
EV="Ir I1mr ILmr Dr D1mr DLmr Dw D1mw DLmw"
FIXED="--I1=32768,8,64 --D1=32768,8,64 --LL=8388608,16,64"
check() {
   label=$1 icopts=$2 cgopts=$3; shift 3
   # shellcheck disable=SC2086
   vg "$label.ic" --tool=iaicount --cache-sim=yes $icopts --iaicount-out-file="$work/$label.ic.xml" "$@"
   # shellcheck disable=SC2086
   vg "$label.cg" --tool=cachegrind --cache-sim=yes $cgopts --cachegrind-out-file="$work/$label.cg.out" "$@"
   validate "$label.ic.xml" || return
   # shellcheck disable=SC2086
   a=$(xml_summary "$label.ic.xml" $EV); b=$(cg_summary "$label.cg.out")
   [ "$a" = "$b" ] && note "$label: $b" || fail "$label: iaicount '$a', cachegrind '$b'"
   functions "$label.ic.xml" "" D1mr | awk -F'\t' '$3 > 0' >"$label.ic.D1mr"
   cg_functions_all "$label.cg.out" | awk -F'\t' '$7 > 0 { print $1 "\t" $2 "\t" $7 }' | sort >"$label.cg.D1mr"
   cmp -s "$label.cg.D1mr" "$label.ic.D1mr" || fail "$label: per-function D1mr differs"
   [ -n "$(summary_metric "$label.ic.xml" EstimatedCycles)" ] \
      || fail "$label: no EstimatedCycles"
}
check default ""       "$FIXED" "$p/ct_random" 100000
check geo-B   "$GEO_B" "$GEO_B" "$p/ct_transpose"
check regions "$GEO_A" "$GEO_A" "$p/example_bench"
n=$(region_count regions.ic.xml EstimatedCycles)
[ "$n" -ge 2 ] || fail "regions without iai metrics ($n)"
finish
