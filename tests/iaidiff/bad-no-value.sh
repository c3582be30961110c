#!/bin/sh
# Malformed input (wrong schema: metric without value): exit 2 and a one-line message naming the file.
. "$tests_srcdir/iaidiff/common.sh"

expect_bad bad/no-value.xml 'bad/no-value.xml:5: <metric> without the value attribute'
finish
