#!/bin/sh
# --merge: regions, functions (name+file+object), sites and metrics add up; the output is a valid profile.
. "$tests_srcdir/iaidiff/common.sh"

out=$scratch/merged.xml
expect_status 0 "$IAIDIFF" --merge -o "$out" shard1.xml shard2.xml
validate "$PROFILE_SCHEMA" "$out"
expect_value heapcount profile_tool "$out"
expect_value './server --shard' profile_command "$out"
# sums up to exactly 2^64-1
expect_value 18446744073709551615 summary_metric "$out" TotalBytes
expect_value 40 summary_metric "$out" TotalBlocks
# functions matched by name and file
expect_value 3 function_count "$out"
expect_value 18446744073709551215 function_metric "$out" alloc_node tree.c TotalBytes
expect_value 1 function_metric "$out" alloc_node other.c TotalBytes
expect_value 400 function_metric "$out" grow vec.c TotalBytes
# sites matched by their stack (not by address: the two files' frames
# differ in address and id); lifetimes combine
expect_value 1 site_count "$out"
expect_value 'malloc (vg_replace_malloc.c:381)|alloc_node (tree.c:22)	8 10 900 200' sites "$out" "" 'TotalBlocks LifetimeMin LifetimeMax LifetimeMean'
expect_value 2 frame_count "$out"
# regions matched by name, new ones appended
expect_value 2 region_count "$out"
expect_value 607 region_metric "$out" insert TotalBytes
expect_value 64 region_metric "$out" lookup ReadBytes
# merging one file reproduces its numbers; the result reads back
expect_status 0 "$IAIDIFF" --merge -o "$out" old.xml
validate "$PROFILE_SCHEMA" "$out"
expect_status 0 "$IAIDIFF" --color=never old.xml "$out"
n=$(grep -c '(No change)$' "$scratch/out")
[ "$n" = 15 ] || fail "old.xml merged alone differs from old.xml ($n unchanged lines)"
# three files
expect_status 0 "$IAIDIFF" --merge -o "$out" old.xml old.xml old.xml
expect_value 3600000 region_metric "$out" parse_small Ir
expect_value 300 function_metric "$out" main bench.c Ir
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
