# A multi-threaded program: every event within 0.5% (or 50) of cachegrind's
# (thread interleaving moves the stock tool too).
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/cachetrace/common.sh"
cd "$work" || exit 1
run_pair mt "--branch-sim=yes" "$p/ct_mt"
validate mt.ct.xml
set -- $(cg_events mt.cg.out)
ours=$(xml_summary mt.ct.xml "$@"); theirs=$(cg_summary mt.cg.out)
note "events:     $*"; note "cachetrace: $ours"; note "cachegrind: $theirs"
echo "$ours|$theirs" | awk -F'|' '{ n = split($1, a, " "); split($2, b, " ")
   for (i = 1; i <= n; i++) { d = a[i] - b[i]; if (d < 0) d = -d
      if (d > 50 && d * 200 > b[i]) { print "event " i ": " a[i] " vs " b[i]; bad = 1 } }
   exit bad }' || fail "mt: events differ by more than the tolerance"
w=$(cg_functions_all mt.ct.cg | awk -F'\t' '$2 == "worker" { print $3 }')
[ "${w:-0}" -gt 1000000 ] || fail "worker threads not simulated (worker Ir: ${w:-none})"
finish
