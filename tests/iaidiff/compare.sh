#!/bin/sh
# iaidiff OLD.xml NEW.xml: the whole report, line by line.
. "$tests_srcdir/iaidiff/common.sh"

expect_status 0 "$IAIDIFF" --color=never old.xml new.xml
expect_output compare.out
finish
