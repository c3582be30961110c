# iaidiff --flamegraph: the call tree of an iaicount --call-graph=yes
# profile as an SVG flame graph, and of two as a differential one.
# - the SVG is well-formed XML, with one frame (<g> holding a <title> and
#   a <rect>) per node of the tree, and one for the root;
# - the differential graph colours the stacks whose cost grew red, those
#   that shrank blue, the others grey, and each title gives both values
#   and the change;
# - headless Chromium opens it: its self-test counts the frames, titles
#   and rects, clicks a frame and sees it fill the width, its siblings
#   hidden and its children rescaled, then resets;
# - screenshots: zoomed on a frame (FILE.svg#zoom=fN) the frame's colour
#   spans the picture's width, unzoomed it does not;
# - bad usage and profiles without a call tree exit 2 with one line.
. "$tests_srcdir/lib.sh"
cd "$work" || exit 1
p=$tests_builddir/progs
IAIDIFF=$top_builddir/viewer/iaidiff/iaidiff

CHROMIUM=
for c in chromium chromium-browser; do
   command -v $c >/dev/null 2>&1 && { CHROMIUM=$c; break; }
done

vg old --tool=iaicount --call-graph=yes --iaicount-out-file="$work/old.xml" "$p/cg_calls" 1
vg new --tool=iaicount --call-graph=yes --iaicount-out-file="$work/new.xml" "$p/cg_calls" 3
validate old.xml && validate new.xml || finish

# svg_attr FILE FRAME-ID EXPR: an attribute of frame FRAME-ID's element
svg_attr() {
   "$XMLLINT" --xpath "string(//*[local-name()='g'][@id='$2']$3)" "$1" 2>/dev/null
}
# frame_id FILE NAME: the id of the first frame named NAME
frame_id() {
   "$XMLLINT" --xpath "string((//*[local-name()='g'][@data-name='$2'])[1]/@id)" "$1" 2>/dev/null
}
count() { "$XMLLINT" --xpath "count($2)" "$1" 2>/dev/null; }

"$IAIDIFF" --flamegraph=one.svg new.xml >one.out 2>one.err || fail "--flamegraph: exit $?: $(cat one.err)"
"$XMLLINT" --noout one.svg 2>one.xmllint || fail "one.svg is not well-formed: $(head -2 one.xmllint)"
nodes=$(tree_nodes new.xml | wc -l)
frames=$(count one.svg "//*[local-name()='g'][@class='frame']")
titled=$(count one.svg "//*[local-name()='g'][@class='frame'][*[local-name()='title'] and *[local-name()='rect']]")
[ "$frames" = $((nodes + 1)) ] && [ "$titled" = "$frames" ] \
   && note "one.svg: $frames frames for $nodes nodes and the root, each with a title and a rect" \
   || fail "one.svg: $frames frames ($titled with a title and a rect) for $nodes nodes"
grep -q 'Ir: whole run' one.svg || fail "one.svg: no title"

# a region's tree, differential: fib(15) against fib(13)
"$IAIDIFF" --flamegraph=diff.svg old.xml new.xml >diff.out 2>diff.err || fail "differential: exit $?: $(cat diff.err)"
"$XMLLINT" --noout diff.svg 2>/dev/null || fail "diff.svg is not well-formed"
fib=$(frame_id diff.svg fib)
fill=$(svg_attr diff.svg "$fib" "/*[local-name()='rect']/@fill")
title=$(svg_attr diff.svg "$fib" "/*[local-name()='title']")
case $fill in
rgb\(255,*) ;;
*) fail "diff.svg: fib (grown) is $fill" ;;
esac
case $title in
"fib (Ir "*", was "*", +"*"%)") note "diff.svg: $title, $fill" ;;
*) fail "diff.svg: fib's title: $title" ;;
esac
same=$(frame_id diff.svg is_even)
[ "$(svg_attr diff.svg "$same" "/*[local-name()='rect']/@fill")" = "rgb(225,225,225)" ] \
   || fail "diff.svg: is_even (unchanged) is $(svg_attr diff.svg "$same" "/*[local-name()='rect']/@fill")"
"$IAIDIFF" --flamegraph=shrunk.svg new.xml old.xml >/dev/null 2>&1
case $(svg_attr shrunk.svg "$(frame_id shrunk.svg fib)" "/*[local-name()='rect']/@fill") in
rgb\(*,255\)) ;;
*) fail "shrunk.svg: fib (shrunk) is not blue" ;;
esac
"$IAIDIFF" --flamegraph=region.svg --flamegraph-region=nope new.xml >/dev/null 2>region.err
[ $? = 2 ] && grep -q 'no region "nope"' region.err || fail "unknown region: $(cat region.err)"

if [ -z "$CHROMIUM" ]; then
   [ "${CI:-}" = true ] && fail "chromium missing in CI"
   note "chromium not installed: the SVGs were not opened"
   finish
fi

# chromium ARGS...: headless, no network, a fresh profile directory
chromium_run() {
   dir=$(mktemp -d "$work/chromium.XXXXXX")
   timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync \
      --disable-extensions --user-data-dir="$dir" --hide-scrollbars "$@" 2>>"$work/chromium.err"
}

for svg in one diff; do
   chromium_run --virtual-time-budget=5000 --dump-dom "file://$work/$svg.svg#selftest" >$svg.dom
   n=$(count $svg.svg "//*[local-name()='g'][@class='frame']")
   line=$(grep -o 'SELFTEST frames=[0-9][^<]*' $svg.dom)
   [ "$line" = "SELFTEST frames=$n titles=$n rects=$n zoom=ok reset=ok" ] \
      && note "$svg.svg in Chromium: $line" || fail "$svg.svg in Chromium: '$line'"
done

# screenshots, zoomed on sorting and not
target=$(frame_id one.svg 'sorting.constprop.0')
[ -n "$target" ] || target=$(frame_id one.svg sorting)
height=$(xpath one.svg '/*/@height')
y=$(svg_attr one.svg "$target" "/*[local-name()='rect']/@y")
y=${y%.*}
fill=$(svg_attr one.svg "$target" "/*[local-name()='rect']/@fill" | tr -d 'rgb()' | tr , ' ')
chromium_run --window-size=1200,"$height" --screenshot="$work/zoomed.png" "file://$work/one.svg#zoom=$target" >/dev/null
chromium_run --window-size=1200,"$height" --screenshot="$work/plain.png" "file://$work/one.svg" >/dev/null
if [ -s zoomed.png ] && [ -s plain.png ]; then
   zoomed=$(python3 "$tests_srcdir/iaidiff/png_pixel.py" zoomed.png 20,$((y + 1)) 1180,$((y + 1)) | sort -u)
   plain=$(python3 "$tests_srcdir/iaidiff/png_pixel.py" plain.png 20,$((y + 1)) 1180,$((y + 1)) | sort -u)
   if [ "$zoomed" = "$fill" ] && [ "$plain" != "$fill" ]; then
      note "screenshots: zoomed on $target, its colour ($fill) spans the width; not before"
   else
      fail "screenshots: $target ($fill) at both ends of its row: zoomed '$zoomed', plain '$plain'"
   fi
else
   fail "no screenshots: $(tail -3 chromium.err)"
fi

# bad usage
"$IAIDIFF" --flamegraph-region=x new.xml >/dev/null 2>bad1.err
[ $? = 2 ] || fail "--flamegraph-region without --flamegraph accepted"
vg flat --tool=iaicount --iaicount-out-file="$work/flat.xml" "$p/cg_calls" 1
"$IAIDIFF" --flamegraph=flat.svg flat.xml >/dev/null 2>flat.err
[ $? = 2 ] && grep -q 'has no metric Ir.incl' flat.err && [ ! -e flat.svg ] \
   || fail "a profile without a call graph: $(cat flat.err)"
finish
