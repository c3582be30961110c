#!/bin/sh
# Input over the 256 MiB cap is refused before parsing (a sparse file: no
# disk space used), and the largest 64-bit value is accepted.
. "$tests_srcdir/iaidiff/common.sh"

big=$scratch/big.xml
truncate -s 300M "$big" 2>/dev/null || { echo "SKIP: truncate failed"; exit 77; }
expect_status 2 "$IAIDIFF" --color=never "$big"
expect_error "iaidiff: $big: larger than the 256 MiB limit"
rm -f "$big"
expect_status 2 "$IAIDIFF" --color=never "$scratch"
expect_error "iaidiff: $scratch: not a regular file"
printf '<?xml version="1.0"?>\n<profile tool="iaicount" version="1"><command>x</command><summary><metric name="Ir" value="18446744073709551615"/></summary></profile>\n' >"$scratch/max.xml"
expect_status 0 "$IAIDIFF" --color=never "$scratch/max.xml"
expect_line '  Instructions:        18,446,744,073,709,551,615|N/A                  (*********)'
finish
