# heapcount's program-wide and per-site figures (tb tbk gb gbk eb ebk rb
# wb, and tl where no string function runs in a block's life) equal
# DHAT's on programs using every allocation function, C++, and
# a system program, and heap blocks that a stack lies in or next to.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/heapcount/hc-lib.sh"
cd "$work" || exit 1
p=$tests_builddir/progs
# hc_allocs calls no string function while a block is live: lifetimes too
LIFETIMES=yes same_as_dhat allocs "$p/hc_allocs"
same_as_dhat cxx "$p/hc_cxx"
# heap blocks inside DHAT's stack window: a coroutine on a malloc'd stack
same_as_dhat stackheap "$p/hc_stackheap"
# blocks around and far above the size the block map keeps in its tree
LIFETIMES=yes same_as_dhat large "$p/hc_large"
same_as_dhat ls /bin/ls /usr/include
same_as_dhat ls-l /bin/ls -l /usr   # / itself changes (its /tmp) while tests run
# the allocation functions were all seen: one site per call in main
n=$(site_count allocs.hc.xml)
[ "$n" -ge 10 ] || fail "allocs: only $n sites"
# no frame of the malloc replacement is shown
grep -q 'vgpreload_' allocs.hc.xml && fail "allocs: a vgpreload frame is shown"
# own peak: a site's MaxBytes is at least its AtGmaxBytes and EndBytes
sites allocs.hc.xml "" "MaxBytes AtGmaxBytes" \
   | awk -F'\t' '{ split($2, v, " ") } v[1] < v[2] { bad++ } END { exit bad > 0 }' \
   || fail "allocs: a site's MaxBytes is below its AtGmaxBytes"
finish
