#!/bin/sh
# Malformed input (a region without one of the metrics): exit 2 and a one-line message naming the file.
. "$tests_srcdir/iaidiff/common.sh"

expect_bad bad/region-incomplete.xml 'bad/region-incomplete.xml:5: <region> without metric EstimatedCycles (every metric of the list must be there)'
finish
