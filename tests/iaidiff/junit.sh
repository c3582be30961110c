#!/bin/sh
# --junit: one testcase per region, a failure per regressed region, valid JUnit.
. "$tests_srcdir/iaidiff/common.sh"

out=$scratch/junit.xml
expect_status 1 "$IAIDIFF" --allow-missing --color=never --regression=Ir=2 --junit="$out" old.xml new.xml
validate "$JUNIT_SCHEMA" "$out"
expect_xpath "$out" "count(//testcase)" 4
expect_xpath "$out" "count(//testcase[failure])" 1
expect_xpath "$out" "/testsuites/@failures" 1
expect_xpath "$out" "/testsuites/testsuite/@tests" 4
expect_xpath "$out" "//testcase[failure]/@name" parse_small
expect_xpath "$out" "//testcase[failure]/@classname" "./bench --fast"
expect_xpath "$out" "normalize-space(//testcase[@name='parse_small']/failure)" \
   "Ir (1,200,000 -> 1,234,567) regressed by +2.88% (>+2.00%)"
expect_xpath "$out" "count(//testcase[@name='removed_one']/skipped)" 1
# within limits: no failure
expect_status 0 "$IAIDIFF" --allow-missing --color=never --regression=Ir=5 --junit="$out" old.xml new.xml
validate "$JUNIT_SCHEMA" "$out"
expect_xpath "$out" "count(//failure)" 0
# a file without regions: the classname falls back to the command
expect_status 0 "$IAIDIFF" --allow-missing --color=never --junit="$out" summary-only.xml summary-only.xml
validate "$JUNIT_SCHEMA" "$out"
expect_xpath "$out" "//testcase/@classname" "./sort 1000"
# the schema itself rejects a broken report
printf '<testsuites><testcase name="x"/></testsuites>\n' >"$scratch/broken.xml"
if "$XMLLINT" --noout --relaxng "$JUNIT_SCHEMA" "$scratch/broken.xml" 2>/dev/null; then
   fail "junit.rng accepts a testcase outside a testsuite"
fi
finish
