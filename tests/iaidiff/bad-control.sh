#!/bin/sh
# Malformed input (a control character, which XML cannot carry): exit 2 and a one-line message naming the file.
. "$tests_srcdir/iaidiff/common.sh"

expect_bad bad/control.xml 'bad/control.xml:3: malformed XML: PCDATA invalid Char value 27'
finish
