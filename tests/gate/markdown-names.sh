#!/bin/sh
# Names that Markdown, HTML, GitHub and GitLab would read as syntax, and
# names a terminal obeys, in iaidiff --markdown of profiles iaicount wrote
# for tests/gate/mdnames: rendered by GitHub's renderer, every region is
# one row whose first cell reads as the terminal report spells the name,
# no link, image, emphasis or stray HTML appears, no raw control character
# is in the file; regressions come first, the worst first, and the
# headline names the worst.
. "$tests_srcdir/gate/common.sh"
need python3 python3
need cmark-gfm "cmark-gfm (GitHub's Markdown renderer)"
prog=$tests_builddir/gate/mdnames
[ -x "$prog" ] || { echo "FAIL: $prog not built"; exit 1; }
profile a "$prog"
profile b "$prog" more

run cmp "$IAIDIFF" --color=never --regression=Ir=5 --markdown="$work/r.md" "$work/a.xml" "$work/b.xml"
expect_status cmp 1
python3 "$GATE_INPUTS/md-outline.py" "$work/r.md" >"$work/outline" 2>"$work/render" \
   || fail "$(cat "$work/render")"

# the names as the terminal report prints them (its region lines)
grep -v -e '^  ' -e '^Regressions:$' -e '^Missing regions:$' -e '^iaidiff result:' \
   "$work/cmp.out" | sed 's/ (missing region)$//' >"$work/names"
n=$(wc -l <"$work/names")
[ "$n" = "$(region_count "$work/a.xml")" ] || fail "$n names in the text report"
# the first cell of every row, as rendered
sed -n 's/^tr\*\{0,1\}: `\(.*\)` | .*$/\1/p' "$work/outline" | sort >"$work/cells"
sort "$work/names" >"$work/names.sorted"
diff -u "$work/names.sorted" "$work/cells" >"$work/cells.diff" \
   || { fail "rendered names differ from the terminal report's"; cat "$work/cells.diff"; }

# regressions first, by decreasing change; then the missing region
awk -F' \\| ' '/^tr\*: / && /regressed/ { sub(/%.*/, "", $4); print $4 }' \
   "$work/outline" >"$work/pcts"
sort -g -r "$work/pcts" | diff - "$work/pcts" >/dev/null || fail "regressions not worst first"
[ "$(wc -l <"$work/pcts")" = "$(grep -c 'regressed by' "$work/cmp.out")" ] \
   || fail "not every regression is a bold row"
first=$(sed -n 's/^tr\*: \(`[^|]*`\) | .*/\1/p' "$work/outline" | head -1)
head -1 "$work/outline" | grep -qF "worst $first Ir +" || fail "headline does not name $first: $(head -1 "$work/outline")"
grep -A1 -x 'summary: 1 unchanged region' "$work/outline" >/dev/null || fail "no unchanged region"
grep -qx 'tr: `plain` | [0-9,]*' "$work/outline" || fail "plain is not the unchanged region"
grep -q '^tr\*: `bad.*utf8` | .* | missing region$' "$work/outline" || fail "missing region not marked"
finish
