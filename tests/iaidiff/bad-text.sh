#!/bin/sh
# Malformed input (text where none belongs, over two lines: the excerpt is escaped onto one): exit 2 and a one-line message naming the file.
. "$tests_srcdir/iaidiff/common.sh"

expect_bad bad/text.xml 'bad/text.xml:4: unexpected text "oops,\n  two lines\n"'
finish
