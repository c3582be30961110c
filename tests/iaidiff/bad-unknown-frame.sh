#!/bin/sh
# Malformed input (a stack naming a frame id the table lacks): exit 2 and a one-line message naming the file.
. "$tests_srcdir/iaidiff/common.sh"

expect_bad bad/unknown-frame.xml 'bad/unknown-frame.xml:10: <site> stack: frame id 3 is not in <frames>'
finish
