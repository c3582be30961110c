#!/bin/sh
# --regression over a limit: the Regressions list, the result line and exit 1.
. "$tests_srcdir/iaidiff/common.sh"

expect_status 1 "$IAIDIFF" --allow-missing --color=never --regression=Ir=2,EstimatedCycles=5 old.xml new.xml
expect_line 'Regressions:'
expect_line '  parse_small: Ir (1,200,000 -> 1,234,567) regressed by +2.88% (>+2.00%)'
expect_line 'iaidiff result: Regressed. 3 without regressions; 1 regressed'
n=$(grep -c 'regressed by' "$scratch/out")
[ "$n" = 1 ] || fail "expected one regression, got $n"
# the list comes after every region
last_region=$(grep -n '^removed_one' "$scratch/out" | cut -d: -f1)
list=$(grep -n '^Regressions:$' "$scratch/out" | cut -d: -f1)
[ "$list" -gt "$last_region" ] || fail "Regressions: is not after the regions"
[ "$(tail -n 1 "$scratch/out")" = 'iaidiff result: Regressed. 3 without regressions; 1 regressed' ] \
   || fail "the result line is not last"
# two limits in separate options add up; negative limits demand a gain
expect_status 1 "$IAIDIFF" --allow-missing --color=never --regression=Ir=5 --regression=RAMhits=-40 old.xml new.xml
expect_line '  parse_small: RAMhits (3,000 -> 2,000) regressed by -33.33% (>-40.00%)'
expect_line 'iaidiff result: Regressed. 3 without regressions; 1 regressed'
# a region regressing on two metrics counts once
expect_status 1 "$IAIDIFF" --allow-missing --color=never --regression=Ir=1,LLhits=0 old.xml new.xml
expect_line 'iaidiff result: Regressed. 3 without regressions; 1 regressed'
finish
