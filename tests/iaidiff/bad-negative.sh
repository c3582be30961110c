#!/bin/sh
# Malformed input (a negative value): exit 2 and a one-line message naming the file.
. "$tests_srcdir/iaidiff/common.sh"

expect_bad bad/negative.xml 'bad/negative.xml:5: metric Ir: value "-5" is negative (expected an unsigned 64-bit integer)'
finish
