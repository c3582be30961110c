#!/bin/sh
# A grown metric: signed percentage with two decimals and the factor new/old.
. "$tests_srcdir/iaidiff/common.sh"

expect_status 0 "$IAIDIFF" --allow-missing --color=never old.xml new.xml
expect_line '  Instructions:                   1,234,567|1,200,000            (+2.88%) [+1.03x]'
finish
