#!/bin/sh
# Input over the 256 MiB cap is refused before parsing (a sparse file: no
# disk space used); a directory is no profile.
. "$tests_srcdir/iaidiff/common.sh"

big=$scratch/big.xml
truncate -s 300M "$big" 2>/dev/null || { echo "SKIP: truncate failed"; exit 77; }
expect_status 2 "$IAIDIFF" --color=never "$big"
expect_error "iaidiff: $big: larger than the 256 MiB limit"
rm -f "$big"
expect_status 2 "$IAIDIFF" --color=never "$scratch"
expect_error "iaidiff: $scratch: not a regular file"
finish
