#!/bin/sh
# iaidiff OLD.xml NEW.xml: the whole report, line by line (removed_one is
# missing from new.xml: the gate fails).
. "$tests_srcdir/iaidiff/common.sh"

expect_status 1 "$IAIDIFF" --color=never old.xml new.xml
expect_output compare.out
finish
