#!/bin/sh
# heapview --dhat-json: the export of heapcount's profile of hv_prog and
# hv_cxx is valid against the JSON schema of dhatFileVersion 2 (the fields
# dh_view.html requires), with DHAT's key order, "[root]" first in ftbl,
# frames spelled "0xADDR: fn (file:line)", and the same totals.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/heapview/hv-lib.sh"

if ! python3 -c 'import jsonschema' 2>/dev/null; then
   [ "${CI:-}" = true ] && { echo "FAIL: python3-jsonschema missing in CI"; exit 1; }
   skip "python3-jsonschema not installed"
fi

profile p1 "$HV_PROG" 1
profile cxx "$tests_builddir/heapview/hv_cxx"
for p in p1 cxx; do
   hv $p.stdout --dhat-json=$p.json $p.xml
   expect_status 0 $p.stdout
   [ -s "$work/$p.stdout" ] && fail "--dhat-json printed on stdout"
   totals=""
   for pair in tb:TotalBytes tbk:TotalBlocks gb:AtGmaxBytes gbk:AtGmaxBlocks \
               eb:EndBytes ebk:EndBlocks rb:ReadBytes wb:WriteBytes; do
      totals="$totals ${pair%%:*}=$(summary_metric "$work/$p.xml" "${pair#*:}")"
   done
   # shellcheck disable=SC2086
   python3 "$HV_INPUTS/dhat-check.py" "$HV_INPUTS/dhat.schema.json" \
      "$work/$p.json" $totals >"$work/$p.check" 2>&1 \
      || { fail "$p.json"; cat "$work/$p.check"; }
done
head -1 "$work/p1.json" | grep -qx '{"dhatFileVersion":2' || fail "first line"
grep -q '^ \["\[root\]"$' "$work/p1.json" || fail '"[root]" not first in ftbl'
grep -Eq '^ ,"0x[0-9A-F]+: make_buffer \(hv_prog\.c:29\)"$' "$work/p1.json" \
   || fail "frame string of make_buffer"
grep -q '"cmd":".*hv_prog 1"' "$work/p1.json" || fail "cmd"

# dh_view.html itself, when there is a browser: see html.sh
finish
