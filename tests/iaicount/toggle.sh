# --toggle-collect=GLOB (iaicount with and without --call-graph, and
# cachetrace): collection only while a matching function runs, its
# callees included, as callgrind --toggle-collect counts it; totals
# within 0.1% of callgrind's (they differ where VEX's chasing does).
# Names and globs (* ?), a callee-heavy function (sorting: qsort and its
# comparator), a longjmp out of the function, mutual recursion, repeated
# patterns.  A signal handler is not part of the function it interrupts
# (signalling), and a handler that matches is collected (callgrind
# collects nothing there: it enters handlers without a call).
. "$tests_srcdir/lib.sh"
cd "$work" || exit 1
p=$tests_builddir/progs

# callgrind_total LABEL OPTIONS...: callgrind's "Collected" count.
callgrind_total() {
   label=$1; shift
   vg "$label.cl" --tool=callgrind --callgrind-out-file="$work/$label.clg" "$@" "$p/cg_calls"
   awk '/Collected :/ { print $NF }' "$label.cl.stderr"
}

# check LABEL EXPECTED OPTIONS...: our three totals against EXPECTED.
check() {
   label=$1 expected=$2; shift 2
   vg "$label.ic" --tool=iaicount --iaicount-out-file="$work/$label.ic.xml" "$@" "$p/cg_calls"
   vg "$label.icg" --tool=iaicount --call-graph=yes --iaicount-out-file="$work/$label.icg.xml" \
      --folded-out-file="$work/$label.folded" "$@" "$p/cg_calls"
   vg "$label.ct" --tool=cachetrace --cache-sim=no --cachetrace-out-file="$work/$label.ct.xml" "$@" "$p/cg_calls"
   a=$(summary_metric "$label.ic.xml"); b=$(summary_metric "$label.icg.xml")
   c=$(summary_metric "$label.ct.xml"); f=$(folded_total "$label.folded")
   if [ -n "$a" ] && [ "$a" = "$b" ] && [ "$a" = "$c" ] && [ "$a" = "$f" ] \
      && within 0.1 "$a" "$expected"; then
      note "$label: $a (callgrind $expected) with and without --call-graph, cachetrace too"
   else
      fail "$label: iaicount $a, with --call-graph $b (folded $f), cachetrace $c; callgrind $expected"
   fi
   [ "$a" -gt 0 ] 2>/dev/null || fail "$label: nothing collected"
}

# (the tests build with -O2: GCC clones sorting into sorting.constprop.0)
for glob in 'sorting*' 'op_*' 'is_?dd' 'jumping' 'signalling*' main; do
   label=$(echo "$glob" | tr -c 'a-z_\n' x)   # sorting* -> sortingx
   check "$label" "$(callgrind_total "$label" --toggle-collect="$glob")" --toggle-collect="$glob"
done
# several patterns: their activations add up
e=$(callgrind_total two --toggle-collect='sorting*' --toggle-collect='pointers*')
check two "$e" --toggle-collect='sorting*' --toggle-collect='pointers*'

# inclusive: sorting's total is its inclusive cost, callees included
vg calls.icg --tool=iaicount --call-graph=yes --iaicount-out-file="$work/calls.xml" \
   --callgrind-out-file="$work/calls.icg" "$p/cg_calls"
incl=$(cga_inclusive calls.icg | awk -F'\t' '$1 ~ /^sorting/ { print $2 }')
own=$(functions sortingx.ic.xml | awk -F'\t' '$2 ~ /^sorting/ { print $3 }')
[ "$incl" = "$(summary_metric sortingx.ic.xml)" ] \
   || fail "--toggle-collect='sorting*' collected $(summary_metric sortingx.ic.xml), sorting's inclusive Ir is $incl"
[ "$(summary_metric sortingx.ic.xml)" -gt $((5 * ${own:-0})) ] \
   || fail "--toggle-collect='sorting*': little beyond sorting's own $own was collected"

# a matching signal handler is collected, its inclusive cost (callgrind:
# nothing)
h_incl=$(cga_inclusive calls.icg | awk -F'\t' '$1 == "handler" { print $2 }')
h_cl=$(callgrind_total handler --toggle-collect=handler)
vg handler --tool=iaicount --toggle-collect=handler --iaicount-out-file="$work/handler.xml" "$p/cg_calls"
[ "$(summary_metric handler.xml)" = "$h_incl" ] && [ "${h_incl:-0}" -gt 0 ] \
   || fail "--toggle-collect=handler: $(summary_metric handler.xml), handler's inclusive Ir $h_incl"
note "handler: $(summary_metric handler.xml) collected (callgrind: $h_cl)"

# the option implies --collect-atstart=no; an explicit yes keeps it
vg atstart --tool=iaicount --toggle-collect='sorting*' --collect-atstart=yes \
   --iaicount-out-file="$work/atstart.xml" "$p/cg_calls"
[ "$(summary_metric atstart.xml)" = "$(summary_metric calls.xml)" ] \
   || fail "--collect-atstart=yes with --toggle-collect collected $(summary_metric atstart.xml) of $(summary_metric calls.xml)"
[ "$(option_value sortingx.ic.xml collect-atstart)" = no ] \
   || fail "--toggle-collect did not imply --collect-atstart=no"

# bad patterns
vg empty --tool=iaicount --toggle-collect= /bin/true
grep -q 'empty function pattern' empty.stderr || fail "--toggle-collect= accepted: $(head -3 empty.stderr)"
finish
