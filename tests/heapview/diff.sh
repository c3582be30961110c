#!/bin/sh
# heapview --diff between two versions of hv_prog: totals, and sites that
# grew, shrank, appeared and disappeared, matched by stack; line by line.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/heapview/hv-lib.sh"

profile p1 "$HV_PROG" 1
profile p2 "$HV_PROG" 2

hv diff --diff p1.xml p2.xml
expect_status 0 diff
expect_same diff.out diff

hv same --diff p1.xml p1.xml
expect_status 0 same
grep -q '^Sites: 5 in both (0 grew, 0 shrank, 5 same TotalBytes), 0 new, 0 removed$' "$work/same" \
   || fail "a profile against itself: $(grep '^Sites' "$work/same")"

hv blocks --diff p1.xml --sort=TotalBlocks --top=1 --filter=churn p2.xml
expect_status 0 blocks
expect_same diff-blocks.out blocks

finish
