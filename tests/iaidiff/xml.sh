#!/bin/sh
# --xml: the diff as XML, valid against docs/iaidiff-diff.rng.
. "$tests_srcdir/iaidiff/common.sh"

out=$scratch/diff.xml
expect_status 1 "$IAIDIFF" --allow-missing --color=never --regression=Ir=2 --tolerance=0.5 --xml="$out" old.xml new.xml
validate "$DIFF_SCHEMA" "$out"
expect_xpath "$out" "/iaidiff/@result" regressed
expect_xpath "$out" "/iaidiff/@regions-regressed" 1
expect_xpath "$out" "/iaidiff/@regions-ok" 3
expect_xpath "$out" "count(/iaidiff/region)" 4
expect_xpath "$out" "/iaidiff/region[@name='parse_small']/@regressed" true
expect_xpath "$out" "/iaidiff/region[@name='parse_small']/metric[@name='Ir']/@old" 1200000
expect_xpath "$out" "/iaidiff/region[@name='parse_small']/metric[@name='Ir']/@new" 1234567
expect_xpath "$out" "/iaidiff/region[@name='parse_small']/metric[@name='Ir']/@diff" 2.8806
expect_xpath "$out" "/iaidiff/region[@name='parse_small']/metric[@name='Ir']/@limit" 2
expect_xpath "$out" "/iaidiff/region[@name='parse_small']/metric[@name='Ir']/@regressed" true
expect_xpath "$out" "/iaidiff/region[@name='parse_small']/metric[@name='LLhits']/@diff" INF
expect_xpath "$out" "/iaidiff/region[@name='parse_small']/metric[@name='RAMhits']/@factor" -1.5000
expect_xpath "$out" "/iaidiff/region[@name='parse_small']/metric[@name='TotalRW']/@status" new
expect_xpath "$out" "/iaidiff/region[@name='parse_small']/metric[@name='EstimatedCycles']/@status" removed
expect_xpath "$out" "/iaidiff/region[@name='added_one']/@status" new
expect_xpath "$out" "/iaidiff/region[@name='removed_one']/@status" removed
expect_xpath "$out" "/iaidiff/region[@name='parse_large']/metric[@name='Ir']/@regressed" false
# 0 against 0: no change, factor 1 (not INF)
expect_status 0 "$IAIDIFF" --color=never --xml="$out" old.xml old.xml
validate "$DIFF_SCHEMA" "$out"
expect_xpath "$out" "/iaidiff/region[@name='parse_small']/metric[@name='LLhits']/@old" 0
expect_xpath "$out" "/iaidiff/region[@name='parse_small']/metric[@name='LLhits']/@diff" 0.0000
expect_xpath "$out" "/iaidiff/region[@name='parse_small']/metric[@name='LLhits']/@factor" 1.0000
# a single file, and a file without regions
expect_status 0 "$IAIDIFF" --allow-missing --color=never --xml="$out" summary-only.xml
validate "$DIFF_SCHEMA" "$out"
expect_xpath "$out" "/iaidiff/region/@name" "./sort 1000"
expect_xpath "$out" "/iaidiff/region/@status" single
# an unwritable output: exit 2 with a message
expect_status 2 "$IAIDIFF" --allow-missing --color=never --xml="$scratch/no/such/dir/d.xml" old.xml new.xml
grep -q "^iaidiff: $scratch/no/such/dir/d.xml: " "$scratch/err" || fail "no message for an unwritable --xml"
finish
