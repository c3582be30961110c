#!/bin/sh
# --merge: regions, functions (name+file+object), sites and metrics add up; the output is a valid profile.
. "$tests_srcdir/iaidiff/common.sh"

out=$scratch/merged.xml
expect_status 0 "$IAIDIFF" --merge -o "$out" shard1.xml shard2.xml
validate "$PROFILE_SCHEMA" "$out"
expect_xpath "$out" "/profile/@tool" heapcount
expect_xpath "$out" "/profile/command" "./server --shard"
# sums up to exactly 2^64-1
expect_xpath "$out" "/profile/summary/metric[@name='TotalBytes']/@value" 18446744073709551615
expect_xpath "$out" "/profile/summary/metric[@name='TotalBlocks']/@value" 40
# functions matched by name and file
expect_xpath "$out" "count(/profile/summary/function)" 3
expect_xpath "$out" "/profile/summary/function[@name='alloc_node'][@file='tree.c']/metric[@name='TotalBytes']/@value" 18446744073709551215
expect_xpath "$out" "/profile/summary/function[@name='alloc_node'][@file='other.c']/metric[@name='TotalBytes']/@value" 1
expect_xpath "$out" "/profile/summary/function[@name='grow']/metric[@name='TotalBytes']/@value" 400
# sites matched by their stack (not by address); lifetimes combine
expect_xpath "$out" "count(/profile/summary/site)" 1
expect_xpath "$out" "count(/profile/summary/site/frame)" 2
expect_xpath "$out" "/profile/summary/site/metric[@name='TotalBlocks']/@value" 8
expect_xpath "$out" "/profile/summary/site/metric[@name='LifetimeMin']/@value" 10
expect_xpath "$out" "/profile/summary/site/metric[@name='LifetimeMax']/@value" 900
expect_xpath "$out" "/profile/summary/site/metric[@name='LifetimeMean']/@value" 200
# regions matched by name, new ones appended
expect_xpath "$out" "count(/profile/region)" 2
expect_xpath "$out" "/profile/region[@name='insert']/metric[@name='TotalBytes']/@value" 607
expect_xpath "$out" "/profile/region[@name='lookup']/metric[@name='ReadBytes']/@value" 64
# merging one file reproduces its numbers; the result reads back
expect_status 0 "$IAIDIFF" --merge -o "$out" old.xml
validate "$PROFILE_SCHEMA" "$out"
expect_status 0 "$IAIDIFF" --color=never old.xml "$out"
n=$(grep -c '(No change)$' "$scratch/out")
[ "$n" = 8 ] || fail "old.xml merged alone differs from old.xml ($n unchanged lines)"
# three files
expect_status 0 "$IAIDIFF" --merge -o "$out" old.xml old.xml old.xml
expect_xpath "$out" "/profile/region[@name='parse_small']/metric[@name='Ir']/@value" 3600000
expect_xpath "$out" "/profile/summary/function[@name='main']/metric[@name='Ir']/@value" 300
# a sum beyond 64 bits is an error, and nothing is written
rm -f "$out"
expect_status 2 "$IAIDIFF" --merge -o "$out" shard2.xml shard2.xml
expect_error "iaidiff: shard2.xml: the sum of metric TotalBytes overflows 64 bits"
[ -e "$out" ] && fail "output written despite the error"
# a malformed input stops the merge
expect_status 2 "$IAIDIFF" --merge -o "$out" shard1.xml bad/huge.xml
grep -q '^iaidiff: bad/huge.xml:5: ' "$scratch/err" || fail "no message naming bad/huge.xml"
# usage
expect_status 2 "$IAIDIFF" --merge shard1.xml shard2.xml
expect_error "iaidiff: --merge needs -o OUT.xml"
grep -q . "$scratch/err" || fail "no message"
finish
