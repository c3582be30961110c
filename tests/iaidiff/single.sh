#!/bin/sh
# iaidiff NEW.xml: every region with old N/A and (*********); a file without regions shows its summary, labelled by its command.
. "$tests_srcdir/iaidiff/common.sh"

expect_status 0 "$IAIDIFF" --color=never new.xml
expect_output single.out
expect_status 0 "$IAIDIFF" --color=never summary-only.xml
expect_output single-summary.out
expect_line '  Instructions:                 987,654,321|N/A                  (*********)'
finish
