#!/bin/sh
# A site allocated in a function whose name and file hold a byte that is
# not UTF-8, an escape sequence and a tab (progs/names.c): heapview's
# terminal report shows them escaped, the HTML page and the DHAT export
# as valid UTF-8 with the same escapes, and the frame reads back from the
# profile with its bytes.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/heapview/hv-lib.sh"

profile names "$tests_builddir/progs/names"
want='weird\xff\x1b[2Jname (we\xffird\tfile.c:'
hv text --top=0 names.xml
expect_status 0 text
grep -qF "by $want" "$work/text" || grep -qF "at $want" "$work/text" \
   || fail "the frame is not shown escaped: $(grep -a weird "$work/text" | head -2)"
for raw in '[\001-\010\013-\037\177]' '\377'; do
   LC_ALL=C grep -q "$(printf "$raw")" "$work/text" \
      && fail "raw bytes $raw in the terminal report"
done
hv tree --tree names.xml
expect_status 0 tree
grep -qF "$want" "$work/tree" || fail "the tree does not show the frame escaped"
LC_ALL=C grep -q "$(printf '[\001-\010\013-\037\177\377]')" "$work/tree" && fail "raw bytes in the tree"
hv exports --html=names.html --dhat-json=names.json names.xml
expect_status 0 exports
python3 - "$work/names.json" "$work/names.html" <<'PY' || fail "exports: not valid UTF-8 JSON, or the frame is missing"
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
assert any("weird\\xff\\x1b[2Jname (we\\xffird\\tfile.c:" in f for f in d["ftbl"]), d["ftbl"]
open(sys.argv[2], encoding="utf-8").read()
PY
# the profile read back keeps the bytes: --filter on the raw name matches
hv filter --filter="$(printf 'weird\377\033')" names.xml
expect_status 0 filter
grep -q '^Sites: .* 1 matching' "$work/filter" || fail "--filter on the raw bytes: $(grep -a '^Sites' "$work/filter")"
hv lossy --filter='weird?' names.xml
grep -q '^Sites: .* 0 matching' "$work/lossy" || fail "--filter on the lossy name matched"
finish
