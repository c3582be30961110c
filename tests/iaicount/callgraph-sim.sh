# iaicount --cache-sim=yes --call-graph=yes: every simulated event gets its
# inclusive cost.  Against callgrind --cache-sim=yes with the same
# geometry, on the program's own functions: the six miss events
# inclusive within 0.1% (callgrind counts a read-modify-write as a write,
# cachegrind and we as a read, so Dr and Dw are compared in total only:
# Dr + Dw); Ir inclusive as without --cache-sim (callgrind's own Ir moves
# with its --cache-sim: a signal handler's, by 2 instructions a signal);
# the flat profile's events equal cachegrind --cache-sim=yes's;
# callgrind_annotate reads every column of our file.
. "$tests_srcdir/lib.sh"
cd "$work" || exit 1
p=$tests_builddir/progs
GEO="--I1=32768,8,64 --D1=32768,8,64 --LL=8388608,16,64"
EVENTS="I1mr ILmr D1mr DLmr D1mw DLmw"

# shellcheck disable=SC2086
vg sim.ic --tool=iaicount --cache-sim=yes --call-graph=yes $GEO \
   --iaicount-out-file="$work/sim.xml" --callgrind-out-file="$work/sim.icg" \
   --folded-out-file="$work/sim.folded" "$p/cg_calls"
# shellcheck disable=SC2086
vg sim.cl --tool=callgrind --cache-sim=yes $GEO --callgrind-out-file="$work/sim.clg" "$p/cg_calls"
# shellcheck disable=SC2086
vg sim.cg --tool=cachegrind --cache-sim=yes $GEO --cachegrind-out-file="$work/sim.cgo" "$p/cg_calls"
validate sim.xml
# the flat profile per function, every event (the helpers that feed the
# call graph's totals count the same misses)
cg_functions_all sim.cgo >cg.all
col=3
for e in Ir I1mr ILmr Dr D1mr DLmr Dw D1mw DLmw; do
   functions sim.xml "" $e | awk -F'\t' -v OFS='\t' '$3 > 0' >ours.flat.$e
   awk -F'\t' -v OFS='\t' -v c=$col '$c > 0 { print $1, $2, $c }' cg.all >cg.flat.$e
   diff cg.flat.$e ours.flat.$e >flat.diff.$e || fail "flat $e per function differs from cachegrind's: $(head -3 flat.diff.$e)"
   col=$((col + 1))
done
[ "$(folded_total sim.folded)" = "$(summary_metric sim.xml Ir)" ] || fail "folded stacks do not sum to Ir"
[ "$(cga_total sim.icg)" = "$(summary_metric sim.xml Ir)" ] || fail "callgrind_annotate's totals differ"
head -20 sim.icg | grep -q '^events: Ir I1mr ILmr Dr D1mr DLmr Dw D1mw DLmw$' || fail "events line: $(grep '^events' sim.icg)"

own_functions sim.cgo cg_calls.c | grep -v '^main$' >own.txt
echo main >>own.txt
for e in $EVENTS; do
   cg_inclusive sim.icg $e | awk -F'\t' 'NR == FNR { own[$0] = 1; next } ($1 in own)' own.txt - >ours.$e
   cg_inclusive sim.clg $e | awk -F'\t' 'NR == FNR { own[$0] = 1; next } ($1 in own)' own.txt - >callgrind.$e
   bad=$(join -t "$(printf '\t')" -a 2 ours.$e callgrind.$e | while IFS="$(printf '\t')" read -r f a b; do
            within 0.1 "${a:-0}" "$b" || echo "$f: $a vs $b"
         done)
   [ -z "$bad" ] && note "$e.incl of $(wc -l <callgrind.$e) functions within 0.1% of callgrind's" \
      || fail "$e.incl differs from callgrind's: $bad"
done
# Ir: as without --cache-sim
vg nosim.ic --tool=iaicount --call-graph=yes --iaicount-out-file="$work/nosim.xml" \
   --callgrind-out-file="$work/nosim.icg" "$p/cg_calls"
cg_inclusive sim.icg Ir >ours.Ir
cg_inclusive nosim.icg Ir >nosim.Ir
if [ -s ours.Ir ] && diff nosim.Ir ours.Ir >ir.diff; then
   note "Ir.incl of $(wc -l <ours.Ir) functions as without --cache-sim"
else
   fail "Ir.incl with --cache-sim differs from without: $(head -4 ir.diff)"
fi
# Dr + Dw of main (callgrind files a read-modify-write under Dw)
ours=$(for e in Dr Dw; do cg_inclusive sim.icg $e; done | awk -F'\t' '$1 == "main" { s += $2 } END { print s }')
theirs=$(for e in Dr Dw; do cg_inclusive sim.clg $e; done | awk -F'\t' '$1 == "main" { s += $2 } END { print s }')
within 0.1 "$ours" "$theirs" && note "main: Dr+Dw inclusive $ours, callgrind $theirs" \
   || fail "main: Dr+Dw inclusive $ours, callgrind $theirs"
finish
