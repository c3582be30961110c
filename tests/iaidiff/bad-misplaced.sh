#!/bin/sh
# Malformed input (wrong schema: element out of place): exit 2 and a one-line message naming the file.
. "$tests_srcdir/iaidiff/common.sh"

expect_bad bad/misplaced.xml 'bad/misplaced.xml:5: unexpected element <region>'
finish
