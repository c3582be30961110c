#!/bin/sh
# Malformed input (a non-numeric value): exit 2 and a one-line message naming the file.
. "$tests_srcdir/iaidiff/common.sh"

expect_bad bad/not-number.xml 'bad/not-number.xml:5: metric Ir: value "12abc" is not a decimal integer (expected an unsigned 64-bit integer)'
finish
