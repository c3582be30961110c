#!/bin/sh
# Malformed input (DOCTYPE with an external entity): exit 2 and a one-line message naming the file.
. "$tests_srcdir/iaidiff/common.sh"

expect_bad bad/external-entity.xml 'bad/external-entity.xml:2: DOCTYPE declarations are not allowed in a profile'
finish
