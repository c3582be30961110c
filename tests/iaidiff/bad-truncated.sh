#!/bin/sh
# Malformed input (a truncated file): exit 2 and a one-line message naming the file.
. "$tests_srcdir/iaidiff/common.sh"

expect_bad bad/truncated.xml 'bad/truncated.xml:8: malformed XML: premature end of data (truncated file?)'
finish
