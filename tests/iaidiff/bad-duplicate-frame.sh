#!/bin/sh
# Malformed input (a frame id defined twice): exit 2 and a one-line message naming the file.
. "$tests_srcdir/iaidiff/common.sh"

expect_bad bad/duplicate-frame.xml 'bad/duplicate-frame.xml:7: duplicate frame id 1'
finish
