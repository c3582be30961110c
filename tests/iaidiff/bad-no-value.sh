#!/bin/sh
# Malformed input (a metric with an empty value): exit 2 and a one-line message naming the file.
. "$tests_srcdir/iaidiff/common.sh"

expect_bad bad/no-value.xml 'bad/no-value.xml:5: metric Ir: value "" is empty (expected an unsigned 64-bit integer)'
finish
