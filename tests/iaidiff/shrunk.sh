#!/bin/sh
# A shrunk metric: negative percentage and the factor -old/new.
. "$tests_srcdir/iaidiff/common.sh"

expect_status 0 "$IAIDIFF" --allow-missing --color=never old.xml new.xml
expect_line '  RAM Hits:                           2,000|3,000                (-33.33%) [-1.50x]'
# the other direction: every change flips
expect_status 0 "$IAIDIFF" --allow-missing --color=never new.xml old.xml
expect_line '  Instructions:                   1,200,000|1,234,567            (-2.80%) [-1.03x]'
expect_line '  RAM Hits:                           3,000|2,000                (+50.00%) [+1.50x]'
expect_line '  LL Hits:                                0|5                    (-100.00%) [---inf---]'
finish
