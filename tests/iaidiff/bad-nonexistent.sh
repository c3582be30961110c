#!/bin/sh
# Malformed input (a missing file): exit 2 and a one-line message naming the file.
. "$tests_srcdir/iaidiff/common.sh"

expect_bad bad/nonexistent.xml 'bad/nonexistent.xml: No such file or directory'
finish
