#!/bin/sh
# heapview on heapcount's profile of hv_prog: the header, highlights and
# sites flat and as a tree; --sort, --top and --filter; checked line by line.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/heapview/hv-lib.sh"

profile p1 "$HV_PROG" 1

hv flat --top=0 p1.xml
expect_status 0 flat
expect_same text-flat.out flat

hv tree --tree p1.xml
expect_status 0 tree
expect_same text-tree.out tree

hv blocks --sort=TotalBlocks --top=2 p1.xml
expect_status 0 blocks
expect_same text-sort-blocks.out blocks

hv end --sort=endbytes --top=1 p1.xml
expect_status 0 end
expect_same text-sort-end.out end

hv filter --filter=make_buffer --tree p1.xml
expect_status 0 filter
expect_same text-filter.out filter

hv filterfile --filter=hv_prog.c --top=3 p1.xml
expect_status 0 filterfile
grep -q '^Sites:        5, 5 matching "hv_prog.c"; showing 3 by TotalBytes$' "$work/filterfile" \
   || fail "--filter on a file name: $(grep '^Sites' "$work/filterfile")"

hv none --filter=no_such_function p1.xml
expect_status 0 none
grep -q '^Sites:        5, 0 matching "no_such_function"; showing 0 by TotalBytes$' "$work/none" \
   || fail "--filter matching nothing: $(grep '^Sites' "$work/none")"
grep -q '^#' "$work/none" && fail "--filter matching nothing printed sites"

finish
