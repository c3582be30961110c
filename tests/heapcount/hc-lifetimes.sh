# Lifetimes against DHAT's "tl".  heapcount's instruction clock counts as
# DHAT's does (hc-oracle.sh and hc-peaks.sh compare them exactly), but
# each tool replaces the string functions (memcpy, strlen, ...) with its
# own code, so a block's lifetime differs from DHAT's by what the two
# replacements' instructions differ in, for each call made while the block
# is live.  progs/hc_lifetimes has blocks living across 0, N and 2N such
# calls: the difference is 0, D and 2D.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/heapcount/hc-lib.sh"
cd "$work" || exit 1
same_as_dhat lt "$tests_builddir/progs/hc_lifetimes"
# dhat_tl FUNCTION: tl of DHAT's program point allocating in FUNCTION
# (its first frame outside the preload: DHAT 3.19 shows the preload's
# malloc first, later versions do not)
dhat_tl() {
   jq -r --arg fn "$1" "$DHAT_PRELOAD_JQ"'
      .ftbl as $f | [.pps[] | select([.fs[] | $f[.] | select(preload | not)][0]
                                     | test(": " + $fn + " ")) | .tl]
      | if length == 1 then .[0] else "ambiguous" end' lt.dhat.json
}
for fn in across_none across_n across_2n; do
   ours=$(site_metric lt.hc.xml $fn LifetimeTotal)
   theirs=$(dhat_tl $fn)
   case "$ours$theirs" in *[!0-9]*|'') fail "$fn: heapcount '$ours', DHAT '$theirs'"; finish ;; esac
   eval "d_$fn=$((theirs - ours))"
   note "$fn: LifetimeTotal $ours, DHAT tl $theirs"
done
[ "$d_across_none" = 0 ] || fail "no string call, yet DHAT's lifetime differs by $d_across_none"
[ "$d_across_2n" = $((2 * d_across_n)) ] \
   || fail "across N calls DHAT's lifetime differs by $d_across_n, across 2N by $d_across_2n"
note "DHAT minus heapcount: 0, $d_across_n, $d_across_2n"
finish
