# A multi-threaded program: every event within 0.5% (or 50) of cachegrind's
# (thread interleaving moves the stock tool too).
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/cachetrace/common.sh"
cd "$work" || exit 1
run_pair mt "--branch-sim=yes" "$p/ct_mt"
validate mt.ct.xml
events=$(cg_events mt.cg.out) theirs=$(cg_summary mt.cg.out)
note "events:     $events"; note "cachegrind: $theirs"
# every event cachegrind counted is in the profile, each within tolerance
[ "$(echo $events | wc -w)" -ge 13 ] || fail "mt: cachegrind counted only '$events'"
[ "$(echo $events | wc -w)" = "$(echo $theirs | wc -w)" ] || fail "mt: cachegrind's summary has no value for every event"
i=0 ours=
for e in $events; do
   i=$((i + 1))
   a=$(summary_metric mt.ct.xml "$e")
   ours="$ours${ours:+ }${a:-missing}"
   b=$(echo $theirs | cut -d' ' -f$i)
   case $a in ''|*[!0-9]*) fail "mt: event $e missing from cachetrace's profile ('$a')"; continue ;; esac
   d=$((a - b)); [ "$d" -lt 0 ] && d=$((-d))
   if [ "$d" -gt 50 ] && [ $((d * 200)) -gt "$b" ]; then
      fail "mt: $e: cachetrace $a, cachegrind $b"
   fi
done
note "cachetrace: $ours"
w=$(cg_functions_all mt.ct.cg | awk -F'\t' '$2 == "worker" { print $3 }')
[ "${w:-0}" -gt 1000000 ] || fail "worker threads not simulated (worker Ir: ${w:-none})"
finish
