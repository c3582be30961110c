#!/bin/sh
# Malformed input (a region name used twice): exit 2 and a one-line message naming the file.
. "$tests_srcdir/iaidiff/common.sh"

expect_bad bad/duplicate-region.xml 'bad/duplicate-region.xml:6: duplicate region "a"'
finish
