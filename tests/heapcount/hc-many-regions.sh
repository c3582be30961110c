# Many regions (issue 17): 300 regions, entered 3 times each in turn,
# region i allocating and freeing (i % 5 + 1) * 16 bytes each time.
# Program-wide figures and sites equal DHAT's; each region holds 3 times
# its block, in one site; the regions' bytes and blocks sum to what the
# program says it allocated in them.  Peak memory grows by at most 1 KiB a
# region.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/heapcount/hc-lib.sh"
cd "$work" || exit 1
prog=$tests_builddir/progs/many_regions
vg hc --tool=heapcount --heapcount-out-file="$work/hc.xml" "$prog" 300 3 heap
vg dhat --tool=dhat --fullpath-after= --dhat-out-file="$work/dhat.json" "$prog" 300 3 heap
compare_with_dhat many hc.xml dhat.json sites
n=$(region_count hc.xml)
[ "$n" = 300 ] || fail "hc.xml: $n regions, not 300"
bad=$(region_metrics hc.xml TotalBytes | awk -F'\t' \
   '$2 != 3 * 16 * (substr($1, 2) % 5 + 1) { print $1 " " $2; exit }')
[ -z "$bad" ] || fail "region TotalBytes: $bad"
bad=$(region_metrics hc.xml TotalBlocks | awk -F'\t' '$2 != 3 { print $1 " " $2; exit }')
[ -z "$bad" ] || fail "region TotalBlocks: $bad"
bad=$(region_metrics hc.xml EndBytes | awk -F'\t' '$2 != 0 { print $1 " " $2; exit }')
[ -z "$bad" ] || fail "region EndBytes: $bad"
# a few regions' one site: its own bytes and blocks there
for i in 0 123 299; do
   r=$(printf 'r%05d' $i)
   got=$(hc_sites hc.xml "$r" | awk -F'\t' '{ n++; split($2, v, " "); s = v[1] " " v[2] }
                                  END { print n " " s }')
   want="1 $((3 * 16 * (i % 5 + 1))) 3"
   [ "$got" = "$want" ] || fail "region $r: sites, bytes, blocks '$got', not '$want'"
done
bytes=$(region_metrics hc.xml TotalBytes | awk -F'\t' '{ s += $2 } END { printf "%d", s }')
blocks=$(region_metrics hc.xml TotalBlocks | awk -F'\t' '{ s += $2 } END { printf "%d", s }')
said=$(sed -n 's/^bytes \([0-9]*\) blocks \([0-9]*\)$/\1 \2/p' hc.stdout)
[ "$bytes $blocks" = "$said" ] && note "regions: $bytes bytes in $blocks blocks, as the program says" \
   || fail "regions: $bytes bytes in $blocks blocks; the program says '$said'"
check_region_memory heapcount --tool=heapcount --heapcount-out-file="$work/mem.xml"
finish
