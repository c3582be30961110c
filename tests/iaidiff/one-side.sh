#!/bin/sh
# A metric present in only one of the two files is marked.
. "$tests_srcdir/iaidiff/common.sh"

expect_status 0 "$IAIDIFF" --allow-missing --color=never old.xml new.xml
expect_line '  Total read+write:               1,502,005|N/A                  (new metric)'
expect_line '  Estimated Cycles:                     N/A|1,605,000            (removed metric)'
finish
