#!/bin/sh
# Malformed input (bytes that are not UTF-8: libxml2's message spans two lines, the reader's one): exit 2 and a one-line message naming the file.
. "$tests_srcdir/iaidiff/common.sh"

expect_bad bad/bad-utf8.xml 'bad/bad-utf8.xml:3: malformed XML: Input is not proper UTF-8, indicate encoding ! Bytes: 0xE9 0x20 0xFF 0x3C'
finish
