#!/bin/sh
# Malformed input (wrong schema: no tool attribute): exit 2 and a one-line message naming the file.
. "$tests_srcdir/iaidiff/common.sh"

expect_bad bad/no-tool.xml 'bad/no-tool.xml:2: <profile> without the tool attribute'
finish
