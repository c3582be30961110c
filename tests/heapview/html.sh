#!/bin/sh
# heapview --html, opened in headless Chromium: the page's self-test
# (#selftest) counts one table row per site, clicks the first tree node and
# sees it expand, finds each name with '<', '>' or '&' (C++ templates, and
# a hand-made name that tries to inject markup) as text, sorts by a
# column, counts each chart's bars (checked here against the profile),
# sees no two bars of the peak chart read alike and no "1 blocks", and
# does all of it again for each region, chosen in the page's menu.  Then
# dh_view.html loads the --dhat-json export of the same run.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/heapview/hv-lib.sh"

CHROMIUM=
for c in chromium chromium-browser; do
   command -v $c >/dev/null 2>&1 && { CHROMIUM=$c; break; }
done
if [ -z "$CHROMIUM" ]; then
   [ "${CI:-}" = true ] && { echo "FAIL: chromium missing in CI"; exit 1; }
   skip "chromium not installed"
fi

# browse URL OUT: the DOM of URL after its scripts ran, no network.
browse() {
   profile_dir=$(mktemp -d "$work/chromium.XXXXXX")
   timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu \
      --disable-quic --no-first-run --disable-background-networking \
      --disable-component-update --disable-sync --disable-extensions \
      --user-data-dir="$profile_dir" --allow-file-access-from-files \
      --virtual-time-budget=5000 --dump-dom "$1" \
      >"$work/$2" 2>"$work/$2.chromium-err"
}

profile cxx "$tests_builddir/heapview/hv_cxx"
profile regions "$tests_builddir/progs/hc_regions"
profile p1 "$HV_PROG" 1
cp "$HV_INPUTS/small.xml" "$work/small.xml"

# chart_line PROFILE [REGION]: what the self-test must report for the
# charts: a bar per site holding bytes at t-gmax (at most 20), one per
# lifetime bucket (11), labels all different, plurals right.
chart_line() {
   peak=$(site_count "$1" "${2:-}" AtGmaxBytes)
   [ "$peak" -gt 20 ] && peak=20
   echo "peak=$peak life=11 labels=ok plural=ok"
}

# selftest NAME PROFILE: the report of PROFILE passes its own checks.
selftest() {
   hv "$1.stdout" --html="$1.html" "$2"
   expect_status 0 "$1.stdout"
   grep -Eq '<(script|link|img|iframe|object|embed)[^>]*(src|href|data)=|url\(' \
      "$work/$1.html" && fail "$1.html refers to another resource"
   browse "file://$work/$1.html#selftest" "$1.dom"
   line=$(grep -o 'SELFTEST rows[^<]*' "$work/$1.dom")
   sites=$(site_count "$work/$2")
   want="SELFTEST rows=$sites/$sites ok expand=ok escape=* ok sort=ok $(chart_line "$work/$2")"
   r=0
   for name in $(region_names "$work/$2"); do
      r=$((r + 1))
      want="$want region$r: rows=$(site_count "$work/$2" "$name") $(chart_line "$work/$2" "$name")"
   done
   # shellcheck disable=SC2254
   case $line in
   $want) ;;
   *) fail "$1: self-test says '$line'"; echo "  expected '$want'"; tail -5 "$work/$1.dom.chromium-err";;
   esac
   echo "$1: $line"
   grep -q '<title>heapview</title>' "$work/$1.dom" || fail "$1: title changed (injected script?)"
}
selftest cxx cxx.xml
selftest p1 p1.xml
selftest small small.xml
selftest regions regions.xml
[ "$(region_names "$work/regions.xml" | wc -l)" -ge 3 ] || fail "hc_regions: fewer than 3 regions"
# the C++ report shows at least one name with '<', '>' and '&', as text
case $(grep -o 'SELFTEST rows[^<]*' "$work/cxx.dom") in
*"escape=0/"*) fail "cxx: no name with <, > or & in the report" ;;
esac
grep -q 'std::map&lt;int, std::vector&lt;long' "$work/cxx.dom" \
   || fail "cxx: the template name is not in the page as text"
grep -q '&lt;img src=x onerror=' "$work/small.dom" || fail "small: injected name not shown as text"
grep -q '<img' "$work/small.dom" && fail "small: an <img> element was injected"

# dh_view.html loads the DHAT export (its file picker fed by a script)
DH_VIEW=/usr/libexec/valgrind/dh_view.js
if [ -r "$DH_VIEW" ] && command -v python3 >/dev/null 2>&1; then
   hv p1.stdout --dhat-json=p1.json p1.xml
   python3 - "$work/p1.json" "$DH_VIEW" >"$work/dhview.html" <<'PY'
import json, sys
data = json.dumps(json.load(open(sys.argv[1]))).replace("<", "\\u003c")
print("""<!DOCTYPE html><html><head><meta charset="UTF-8">
<script src="file://%s"></script></head>
<body onload="onLoad(); feed()">
<script type="application/json" id="export">%s</script>
<script>
function feed() {
  let dt = new DataTransfer();
  dt.items.add(new File([document.getElementById('export').textContent], 'dhat.out.json'));
  gInput.files = dt.files;
  loadFile();
}
</script></body></html>""" % (sys.argv[2], data))
PY
   browse "file://$work/dhview.html" dhview.dom
   # what dh_view rendered (its tree lines start with "Total:" and
   # "Allocated at {"), with the profile's total
   tb=$(summary_metric "$work/p1.xml" TotalBytes | sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/' -e 'ta')
   sed 's/<[^>]*>//g' "$work/dhview.dom" | grep -q "^ *Total: *$tb bytes (100%" \
      || { fail "dh_view did not show the export (total $tb)"; grep -io 'error[^<]*' "$work/dhview.dom" | head -3; }
   grep -q 'Allocated at {' "$work/dhview.dom" || fail "dh_view shows no allocation point"
   grep -qi 'class="error"' "$work/dhview.dom" && fail "dh_view reports an error"
fi
finish
