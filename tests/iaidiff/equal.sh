#!/bin/sh
# Equal values print (No change); comparing a file with itself changes nothing.
. "$tests_srcdir/iaidiff/common.sh"

expect_status 0 "$IAIDIFF" --allow-missing --color=never old.xml new.xml
expect_line '  L1 Hits:                        1,500,000|1,500,000            (No change)'
expect_line '  Instructions:                   3,000,000|3,000,000            (No change)'
expect_status 0 "$IAIDIFF" --allow-missing --color=never --regression=Ir=0 new.xml new.xml
n=$(grep -c '(No change)$' "$scratch/out")
[ "$n" = 15 ] || fail "expected 15 (No change) lines comparing new.xml with itself, got $n"
expect_line 'iaidiff result: Ok. 3 without regressions; 0 regressed'
finish
