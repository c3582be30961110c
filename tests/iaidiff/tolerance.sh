#!/bin/sh
# --tolerance: changes smaller than PCT are noise, never regressions.
. "$tests_srcdir/iaidiff/common.sh"

expect_status 0 "$IAIDIFF" --allow-missing --color=never --tolerance=3 --regression=Ir=2 old.xml new.xml
expect_line '  Instructions:                   1,234,567|1,200,000            (within noise)'
expect_line '  RAM Hits:                           2,000|3,000                (-33.33%) [-1.50x]'
expect_line 'iaidiff result: Ok. 4 without regressions; 0 regressed'
expect_no_line 'Regressions:'
# a change larger than the tolerance still shows and counts
expect_status 0 "$IAIDIFF" --allow-missing --color=never --tolerance=2.5 old.xml new.xml
expect_line '  Instructions:                   1,234,567|1,200,000            (+2.88%) [+1.03x]'
expect_status 1 "$IAIDIFF" --allow-missing --color=never --tolerance=2.5 --regression=Ir=2 old.xml new.xml
expect_status 2 "$IAIDIFF" --allow-missing --tolerance=abc old.xml new.xml
expect_error "iaidiff: --tolerance: \"abc\" is not a percentage"
finish
