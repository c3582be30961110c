#!/bin/sh
# Command-line errors: exit 2 with a message.
. "$tests_srcdir/iaidiff/common.sh"

expect_status 2 "$IAIDIFF"
grep -q '^iaidiff: expected \[OLD.xml\] NEW.xml$' "$scratch/err" || fail "no usage message"
expect_status 2 "$IAIDIFF" a.xml b.xml c.xml
expect_status 2 "$IAIDIFF" --no-such-option new.xml
grep -q '^iaidiff: unknown or incomplete option "--no-such-option"$' "$scratch/err" || fail "unknown option not named"
expect_status 2 "$IAIDIFF" -o x.xml new.xml
expect_status 0 "$IAIDIFF" --help
grep -q '^usage: iaidiff' "$scratch/out" || fail "--help prints no usage"
finish
