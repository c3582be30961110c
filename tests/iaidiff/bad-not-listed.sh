#!/bin/sh
# Malformed input (a metric not in the metrics list): exit 2 and a one-line message naming the file.
. "$tests_srcdir/iaidiff/common.sh"

expect_bad bad/not-listed.xml 'bad/not-listed.xml:5: <function> attribute Dr is not a metric of this profile (not in the metrics list)'
finish
