#!/bin/sh
# Values the schema accepts are accepted: leading zeros and the largest
# 64-bit value; one it refuses (white space around the digits) is refused.
. "$tests_srcdir/iaidiff/common.sh"

printf '<?xml version="1.0"?>\n<profile tool="iaicount" version="2" metrics="Ir Dr">\n<command>x</command>\n<summary Ir="18446744073709551615" Dr="0042"/>\n<region name="r" Ir="007" Dr="00"/>\n</profile>\n' >"$scratch/values.xml"
validate "$PROFILE_SCHEMA" "$scratch/values.xml"
expect_status 0 "$IAIDIFF" --color=never "$scratch/values.xml"
expect_line '  Instructions:                           7|N/A                  (*********)'
expect_line '  Dr:                                     0|N/A                  (*********)'
printf '<?xml version="1.0"?>\n<profile tool="iaicount" version="2" metrics="Ir">\n<command>x</command>\n<summary Ir="18446744073709551615"/>\n</profile>\n' >"$scratch/max.xml"
validate "$PROFILE_SCHEMA" "$scratch/max.xml"
expect_status 0 "$IAIDIFF" --color=never "$scratch/max.xml"
expect_line '  Instructions:        18,446,744,073,709,551,615|N/A                  (*********)'
sed 's/Ir="18446744073709551615"/Ir=" 7"/' "$scratch/max.xml" >"$scratch/space.xml"
"$XMLLINT" --noout --relaxng "$PROFILE_SCHEMA" "$scratch/space.xml" 2>/dev/null \
   && fail "the schema accepts a value with a space"
expect_status 2 "$IAIDIFF" --color=never "$scratch/space.xml"
finish
