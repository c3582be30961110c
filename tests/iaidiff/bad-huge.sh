#!/bin/sh
# Malformed input (a value overflowing 64 bits): exit 2 and a one-line message naming the file.
. "$tests_srcdir/iaidiff/common.sh"

expect_bad bad/huge.xml 'bad/huge.xml:5: metric Ir: value "18446744073709551616" is out of range (expected an unsigned 64-bit integer)'
finish
