# iai.h regions: each region has its own totals and the sites that
# allocated while it was open; repeated regions add up; nested regions
# include their inner regions.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/heapcount/hc-lib.sh"
cd "$work" || exit 1
vg on --tool=heapcount --heapcount-out-file="$work/on.xml" "$tests_builddir/progs/hc_regions"
vg off --tool=heapcount --collect-atstart=no --heapcount-out-file="$work/off.xml" "$tests_builddir/progs/hc_regions"
validate on.xml && validate off.xml
rm_() { region_metric on.xml "$1" "$2"; }
[ "$(rm_ small TotalBytes)" = 1000 ] || fail "small: TotalBytes $(rm_ small TotalBytes)"
[ "$(rm_ small TotalBlocks)" = 10 ] || fail "small: TotalBlocks $(rm_ small TotalBlocks)"
[ "$(rm_ twice TotalBytes)" = 4000 ] || fail "twice: TotalBytes $(rm_ twice TotalBytes)"
[ "$(rm_ inner TotalBytes)" = 300 ] || fail "inner: TotalBytes $(rm_ inner TotalBytes)"
[ "$(rm_ outer TotalBytes)" = 5300 ] || fail "outer: TotalBytes $(rm_ outer TotalBytes)"
[ "$(rm_ outer EndBytes)" = 5000 ] || fail "outer: EndBytes $(rm_ outer EndBytes)"
[ "$(rm_ small WriteBytes)" = 1000 ] || fail "small: WriteBytes $(rm_ small WriteBytes)"
n=$(site_count on.xml small)
[ "$n" = 1 ] || fail "small: $n sites"
n=$(site_count on.xml outer)
[ "$n" = 2 ] || fail "outer: $n sites"
for r in small twice outer inner; do
   for m in TotalBytes TotalBlocks EndBytes ReadBytes WriteBytes; do
      [ "$(region_metric on.xml $r $m)" = "$(region_metric off.xml $r $m)" ] \
         || fail "region $r: $m moved with --collect-atstart=no"
   done
done
t_on=$(summary_metric on.xml TotalBytes); t_off=$(summary_metric off.xml TotalBytes)
note "total bytes: $t_on (atstart=yes), $t_off (atstart=no)"
[ "$t_off" = 10300 ] || fail "collect-atstart=no counted $t_off bytes"
[ "$t_on" -gt "$t_off" ] || fail "collect-atstart=yes counted only $t_on"
finish
