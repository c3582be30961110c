#!/bin/sh
# Malformed input (a profile of format version 1): exit 2 and a one-line message naming the file.
. "$tests_srcdir/iaidiff/common.sh"

expect_bad bad/version1.xml 'bad/version1.xml:2: profile format version "1" is not supported: this reader reads version 2 (run the tool again to write it)'
finish
