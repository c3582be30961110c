#!/bin/sh
# Malformed input (a site before the frame table): exit 2 and a one-line message naming the file.
. "$tests_srcdir/iaidiff/common.sh"

expect_bad bad/stack-before-frames.xml 'bad/stack-before-frames.xml:5: <site> before <frames>: a stack needs the frame table first'
finish
