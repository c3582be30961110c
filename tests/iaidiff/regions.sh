#!/bin/sh
# Regions only in NEW or only in OLD are marked; a region of OLD missing
# from NEW fails the gate unless --allow-missing.
. "$tests_srcdir/iaidiff/common.sh"

expect_status 1 "$IAIDIFF" --color=never old.xml new.xml
expect_line 'added_one (new region)'
expect_line '  Instructions:                       1,000|N/A                  (*********)'
expect_line 'removed_one (missing region)'
expect_line '  Instructions:                         N/A|42                   (*********)'
expect_line 'parse_small'
expect_line 'Missing regions:'
expect_line '  removed_one: in the old profile, not in the new one'
expect_line 'iaidiff result: Failed. 3 without regressions; 0 regressed; 1 missing'
expect_status 0 "$IAIDIFF" --color=never --allow-missing old.xml new.xml
expect_line 'removed_one (removed region)'
expect_no_line 'Missing regions:'
expect_line 'iaidiff result: Ok. 4 without regressions; 0 regressed'
finish
