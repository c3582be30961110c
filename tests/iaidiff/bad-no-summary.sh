#!/bin/sh
# Malformed input (wrong schema: no summary): exit 2 and a one-line message naming the file.
. "$tests_srcdir/iaidiff/common.sh"

expect_bad bad/no-summary.xml 'bad/no-summary.xml:4: <profile> without <summary>'
finish
