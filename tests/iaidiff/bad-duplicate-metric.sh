#!/bin/sh
# Malformed input (a metric listed twice): exit 2 and a one-line message naming the file.
. "$tests_srcdir/iaidiff/common.sh"

expect_bad bad/duplicate-metric.xml 'bad/duplicate-metric.xml:3: metrics: metric Ir listed twice'
finish
