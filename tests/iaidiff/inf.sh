#!/bin/sh
# old = 0, new > 0: an infinite increase, and a regression under any limit.
. "$tests_srcdir/iaidiff/common.sh"

expect_status 0 "$IAIDIFF" --allow-missing --color=never old.xml new.xml
expect_line '  LL Hits:                                5|0                    (+++inf+++) [+++inf+++]'
expect_status 1 "$IAIDIFF" --allow-missing --color=never --regression=LLhits=1000000 old.xml new.xml
expect_line '  parse_small: LLhits (0 -> 5) regressed by +++inf+++ (>+1000000.00%)'
expect_line 'iaidiff result: Regressed. 3 without regressions; 1 regressed'
# the tolerance never hides an infinite change
expect_status 1 "$IAIDIFF" --allow-missing --color=never --tolerance=50 --regression=LLhits=10 old.xml new.xml
finish
