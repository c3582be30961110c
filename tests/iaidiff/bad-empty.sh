#!/bin/sh
# Malformed input (an empty file): exit 2 and a one-line message naming the file.
. "$tests_srcdir/iaidiff/common.sh"

expect_bad bad/empty.xml 'bad/empty.xml: empty file, not a profile'
finish
