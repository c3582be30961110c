#!/bin/sh
# Malformed input (no metrics list on <profile>): exit 2 and a one-line message naming the file.
. "$tests_srcdir/iaidiff/common.sh"

expect_bad bad/no-metrics.xml 'bad/no-metrics.xml:2: <profile> without the metrics attribute (the list of metrics)'
finish
