#!/bin/sh
# Malformed input (DOCTYPE with nested entities): exit 2 and a one-line message naming the file.
. "$tests_srcdir/iaidiff/common.sh"

expect_bad bad/billion-laughs.xml 'bad/billion-laughs.xml:2: DOCTYPE declarations are not allowed in a profile'
finish
