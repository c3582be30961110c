#!/bin/sh
# Limits not exceeded: exit 0, no Regressions list; malformed limits are usage errors.
. "$tests_srcdir/iaidiff/common.sh"

expect_status 0 "$IAIDIFF" --allow-missing --color=never --regression=Ir=5 old.xml new.xml
expect_no_line 'Regressions:'
expect_line 'iaidiff result: Ok. 4 without regressions; 0 regressed'
expect_status 0 "$IAIDIFF" --allow-missing --color=never --regression=Ir=2.9 old.xml new.xml
expect_status 1 "$IAIDIFF" --allow-missing --color=never --regression=Ir=2.88 old.xml new.xml
# a limit on a known metric that no region has is unused (one list of
# limits may serve several tools); unknown metrics: see gate.sh
expect_status 0 "$IAIDIFF" --allow-missing --color=never --regression=TotalBytes=1,Ir=3 old.xml new.xml
# shrinking never regresses under a positive limit
expect_status 0 "$IAIDIFF" --allow-missing --color=never --regression=RAMhits=0 old.xml new.xml
# one file: nothing to compare, nothing regresses
expect_status 0 "$IAIDIFF" --allow-missing --color=never --regression=Ir=0 new.xml
for bad in Ir Ir= =5 Ir=x Ir=5, Ir=5%; do
   expect_status 2 "$IAIDIFF" --allow-missing --regression="$bad" old.xml new.xml
   grep -q '^iaidiff: --regression: ' "$scratch/err" || fail "--regression=$bad: no message"
done
finish
