# cachetrace's stderr summary is cachegrind's, line for line and number
# for number (the miss-rate lines, the rd/wr and cond/ind splits, the rate
# digits, the column widths), with and without each simulation, so that
# scripts that read cachegrind's text read ours.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/cachetrace/common.sh"
cd "$work" || exit 1

# cachegrind's summary: from "I   refs:" ("I refs:" since 3.21) to the
# end, without ==pid==.
summary_lines() {
   sed 's/^==[0-9]*== \{0,1\}//' "$1" | awk '/^I *refs:/ { p = 1 } p'
}

same_summary() {
   label=$1
   summary_lines "$label.cg.stderr" >"$label.cg.summary"
   n=$(wc -l <"$label.cg.summary")
   summary_lines "$label.ct.stderr" | head -n "$n" >"$label.ct.summary"
   if [ "$n" -lt 1 ]; then
      fail "$label: no summary in cachegrind's stderr"
   elif diff "$label.cg.summary" "$label.ct.summary" >"$label.summary.diff"; then
      note "$label: $n lines as cachegrind's"
   else
      fail "$label: the summary differs from cachegrind's (< cachegrind, > cachetrace):"
      cat "$label.summary.diff"
   fi
}

run_pair all     "$GEO_B --branch-sim=yes" "$p/ct_random" 100000
run_pair caches  ""                        "$p/ct_transpose"
run_pair branch  "--cache-sim=no --branch-sim=yes" "$p/ct_indirect"
run_pair ir-only "--cache-sim=no"          "$p/ct_seqscan" 1
for l in all caches branch ir-only; do same_summary $l; done
finish
