# MaxBytes and MaxBlocks are each site's own peak.  progs/hc_peaks has
# sites that peak apart from the program's peak (t-gmax), one only after
# it, and prints each site's peak as it counted it itself: heapcount's
# figures equal the program's, and differ from the site's AtGmax figures
# (what DHAT's "mb" shows).  Every other figure, the lifetimes included,
# equals DHAT's.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/heapcount/hc-lib.sh"
cd "$work" || exit 1
LIFETIMES=yes same_as_dhat peaks "$tests_builddir/progs/hc_peaks"
n=0
while read -r fn bytes blocks; do
   n=$((n + 1))
   max="$(site_metric peaks.hc.xml "alloc_$fn" MaxBytes) $(site_metric peaks.hc.xml "alloc_$fn" MaxBlocks)"
   gmax="$(site_metric peaks.hc.xml "alloc_$fn" AtGmaxBytes) $(site_metric peaks.hc.xml "alloc_$fn" AtGmaxBlocks)"
   if [ "$max" = "$bytes $blocks" ]; then note "$fn: own peak $bytes bytes in $blocks blocks, at t-gmax $gmax"
   else fail "$fn: MaxBytes MaxBlocks $max, the program counted $bytes $blocks"; fi
   case $fn in
   big) ;;   # the site that makes the program's peak
   *) [ "$gmax" != "$bytes $blocks" ] || fail "$fn: hc_peaks no longer peaks apart from t-gmax" ;;
   esac
done <peaks.hc.stdout
[ "$n" = 4 ] || fail "hc_peaks printed $n sites, not 4"
# DHAT's quirk, for the record: a site that peaks after t-gmax has mb 0
mb=$(jq -r '.ftbl as $f | .pps[] | select($f[.fs[1]] | test(": alloc_late ")) | .mb' peaks.dhat.json)
note "DHAT's mb for alloc_late: $mb (heapcount: $(site_metric peaks.hc.xml alloc_late MaxBytes))"
finish
