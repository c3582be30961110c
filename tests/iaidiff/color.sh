#!/bin/sh
# Colour: only with --color=always or on a terminal without NO_COLOR.
. "$tests_srcdir/iaidiff/common.sh"

esc=$(printf '\033')
expect_status 0 "$IAIDIFF" --allow-missing --color=always old.xml new.xml
expect_line "  Instructions:                   1,234,567|1,200,000            ${esc}[31m(+2.88%) [+1.03x]${esc}[0m"
expect_line "  RAM Hits:                           2,000|3,000                ${esc}[32m(-33.33%) [-1.50x]${esc}[0m"
expect_status 1 "$IAIDIFF" --allow-missing --color=always --regression=Ir=2 old.xml new.xml
expect_line "${esc}[1m${esc}[31mRegressions:${esc}[0m"
# never, and auto when stdout is not a terminal: no escapes at all
for opt in --color=never --color=auto; do
   expect_status 0 env -u NO_COLOR "$IAIDIFF" --allow-missing $opt old.xml new.xml
   if grep -q "$esc" "$scratch/out"; then fail "$opt wrote escape sequences"; fi
done
# auto on a terminal: colour unless NO_COLOR is set (needs script(1))
if command -v script >/dev/null 2>&1; then
   env -u NO_COLOR script -qec "$IAIDIFF --allow-missing old.xml new.xml" /dev/null >"$scratch/tty" 2>&1
   grep -q "$esc\[31m" "$scratch/tty" || fail "no colour on a terminal"
   NO_COLOR=1 script -qec "$IAIDIFF --allow-missing old.xml new.xml" /dev/null >"$scratch/tty" 2>&1
   if grep -q "$esc\[3" "$scratch/tty"; then fail "colour despite NO_COLOR"; fi
fi
expect_status 2 "$IAIDIFF" --allow-missing --color=sometimes old.xml new.xml
expect_error "iaidiff: --color: \"sometimes\" is not never, always or auto"
finish
