# A multithreaded program: totals, end and access counts equal DHAT's
# exactly, per site too; the global peak depends on the interleaving of
# the threads, so it is compared with a tolerance.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/heapcount/hc-lib.sh"
cd "$work" || exit 1
prog=$tests_builddir/progs/hc_threads
vg hc --tool=heapcount --heapcount-out-file="$work/hc.xml" "$prog"
vg dh --tool=dhat --fullpath-after= --dhat-out-file="$work/dh.json" "$prog"
validate hc.xml
set -- $(hc_totals hc.xml); hc_tb=$1 hc_tbk=$2 hc_gb=$3 hc_eb=$5 hc_ebk=$6 hc_rb=$7 hc_wb=$8
set -- $(dhat_totals dh.json); dh_tb=$1 dh_tbk=$2 dh_gb=$3 dh_eb=$5 dh_ebk=$6 dh_rb=$7 dh_wb=$8
for m in tb tbk eb ebk rb wb; do
   eval "a=\$hc_$m b=\$dh_$m"
   [ "$a" = "$b" ] || fail "threads: $m $a, DHAT $b"
done
note "threads: tb $hc_tb tbk $hc_tbk rb $hc_rb wb $hc_wb (DHAT: $dh_tb $dh_tbk $dh_rb $dh_wb)"
d=$((hc_gb - dh_gb)); [ ${d#-} -le $((dh_gb / 10)) ] || fail "threads: at t-gmax $hc_gb bytes, DHAT $dh_gb"
# per site, all but the peak figures
hc_sites hc.xml | awk -F'\t' '{ split($2, v, " "); print $1 "\t" v[1], v[2], v[5], v[6], v[7], v[8] }' >hc.sites
dhat_sites dh.json | awk -F'\t' '{ split($2, v, " "); print $1 "\t" v[1], v[2], v[5], v[6], v[7], v[8] }' >dh.sites
diff dh.sites hc.sites >sites.diff || { fail "threads: sites differ"; head sites.diff; }
grep -q '^done$' hc.stdout || fail "threads: the program did not finish"
finish
