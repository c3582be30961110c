#!/bin/sh
# Malformed input (wrong schema: root element): exit 2 and a one-line message naming the file.
. "$tests_srcdir/iaidiff/common.sh"

expect_bad bad/wrong-root.xml 'bad/wrong-root.xml:2: root element is <profiles>, not <profile>: not a benchgrind profile'
finish
