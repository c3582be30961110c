#!/bin/sh
# Malformed input (mismatched tags): exit 2 and a one-line message naming the file.
. "$tests_srcdir/iaidiff/common.sh"

expect_bad bad/malformed.xml 'bad/malformed.xml:6: malformed XML: Opening and ending tag mismatch: function line 5 and summary'
finish
