# The XML profile: iai metrics derived from the events (summary and
# regions), regions adding up, the settings recorded, --cache-sim=no,
# --collect-atstart=no, --toggle-collect, the stderr summary, the file
# kept before an exec.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/cachetrace/common.sh"
cd "$work" || exit 1

# iai_ok FILE [REGION]: the metrics of the summary (or REGION) follow the
# anchors' formulas.
iai_ok() {
   f=$1 at=${2:-}
   m() { if [ -n "$at" ]; then region_metric "$f" "$at" "$1"; else summary_metric "$f" "$1"; fi; }
   ram=$(( $(m ILmr) + $(m DLmr) + $(m DLmw) ))
   ll=$(( $(m I1mr) + $(m D1mr) + $(m D1mw) - ram ))
   rw=$(( $(m Ir) + $(m Dr) + $(m Dw) ))
   l1=$(( rw - ll - ram ))
   cyc=$(( l1 + 5 * ll + 35 * ram ))
   [ "$(m RAMhits)" = "$ram" ] && [ "$(m LLhits)" = "$ll" ] && \
   [ "$(m TotalRW)" = "$rw" ] && [ "$(m L1hits)" = "$l1" ] && \
   [ "$(m EstimatedCycles)" = "$cyc" ] || fail "$f ${at:-summary}: iai metrics wrong"
}

vg ex --tool=cachetrace $GEO_A --cachetrace-out-file="$work/ex.xml" "$p/example_bench"
validate ex.xml
iai_ok ex.xml
n=$(region_count ex.xml)
[ "$n" -ge 2 ] || fail "expected regions, got $n"
sum=0
for r in $(region_names ex.xml); do
   iai_ok ex.xml "$r"
   v=$(region_metric ex.xml "$r" Ir); sum=$((sum + v))
   note "region $r: Ir $v, EstimatedCycles $(region_metric ex.xml "$r" EstimatedCycles)"
done
[ "$sum" -gt 0 ] && [ "$sum" -lt "$(summary_metric ex.xml Ir)" ] || fail "regions' Ir $sum vs total"
[ "$(option_value ex.xml LL)" = 1048576,16,64 ] || fail "LL geometry not recorded"
shown=$(cg_stderr_total ex.stderr)
[ "$shown" = "$(summary_metric ex.xml Ir)" ] || fail "stderr I refs '$shown' != file"

# --cache-sim=no: Ir, Dr, Dw only, equal to the simulation's
vg nosim --tool=cachetrace --cache-sim=no $GEO_A --cachetrace-out-file="$work/nosim.xml" "$p/example_bench"
validate nosim.xml
for e in Ir Dr Dw; do
   [ "$(summary_metric nosim.xml $e)" = "$(summary_metric ex.xml $e)" ] || fail "--cache-sim=no $e differs"
done
[ -z "$(summary_metric nosim.xml D1mr)" ] || fail "--cache-sim=no reports D1mr"

# --collect-atstart=no without requests: nothing collected
vg off --tool=cachetrace --collect-atstart=no --cachetrace-out-file="$work/off.xml" "$p/ct_indirect" 100
validate off.xml
[ "$(summary_metric off.xml Ir)" = 0 ] || fail "--collect-atstart=no collected $(summary_metric off.xml Ir)"

# --toggle-collect: only matching functions, with their full costs
vg tog --tool=cachetrace --toggle-collect='op_*' --cachetrace-out-file="$work/tog.xml" \
   --cachegrind-out-file="$work/tog.cg" "$p/ct_indirect"
vg all --tool=cachetrace --cachetrace-out-file="$work/all.xml" "$p/ct_indirect"
validate tog.xml
functions tog.xml | cut -f2 | sort -u >tog.fns
[ "$(grep -cv '^op_' tog.fns)" = 0 ] || fail "--toggle-collect kept other functions: $(grep -v '^op_' tog.fns | head -3)"
[ "$(wc -l <tog.fns)" = 5 ] || fail "--toggle-collect: $(wc -l <tog.fns) functions"
a=$(functions tog.xml | awk -F'\t' '{ s += $3 } END { print s }')
b=$(functions all.xml | awk -F'\t' '$2 ~ /^op_/ { s += $3 } END { print s }')
[ "$a" = "$(summary_metric tog.xml Ir)" ] && [ "$a" = "$b" ] || fail "--toggle-collect totals $a / $b"

# execve: what ran before the exec is kept in files of their own
vg exec --tool=cachetrace --cachetrace-out-file="$work/x.%p.xml" \
   --cachegrind-out-file="$work/x.%p.cg" "$p/execer" /bin/true
set -- x.*.exec.xml
[ -f "$1" ] && validate "$1" && [ "$(partial_reason "$1")" = exec ] \
   || fail "no partial file before execve"
ls x.*.cg.exec >/dev/null 2>&1 || ls x.*.exec.cg >/dev/null 2>&1 || fail "no cachegrind file before execve: $(ls)"
# an execve that fails leaves no pre-exec files
vg exec2 --tool=cachetrace --cachetrace-out-file="$work/fe.%p.xml" \
   --cachegrind-out-file="$work/fe.%p.cg" "$p/execer" /nonexistent/program
ls fe.*exec* >/dev/null 2>&1 && fail "failed execve left pre-exec files: $(ls fe.*)"
set -- fe.*.xml; [ $# -eq 1 ] && validate "$1" || fail "failed execve: final file missing"
finish
