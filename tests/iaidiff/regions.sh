#!/bin/sh
# Regions only in NEW or only in OLD are marked.
. "$tests_srcdir/iaidiff/common.sh"

expect_status 0 "$IAIDIFF" --color=never old.xml new.xml
expect_line 'added_one (new region)'
expect_line '  Instructions:                       1,000|N/A                  (*********)'
expect_line 'removed_one (removed region)'
expect_line '  Instructions:                         N/A|42                   (*********)'
expect_line 'parse_small'
expect_line 'iaidiff result: Ok. 4 without regressions; 0 regressed'
finish
