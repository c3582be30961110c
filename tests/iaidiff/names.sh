#!/bin/sh
# Region names reach the terminal escaped: iaidiff's report of profiles
# that iaicount wrote for iaidiff/names (names holding C1 controls, line
# feed, carriage return, ESC, BEL, a bidirectional override and a byte
# that is not UTF-8) holds no control character but the line ends, in the
# regions, the Regressions list and the Missing regions list alike.
. "$tests_srcdir/iaidiff/common.sh"

[ -x "$top_builddir/.in_place/iaicount-amd64-linux" ] \
   || { echo "SKIP: in-place iaicount not built"; exit 77; }
prog=$tests_builddir/iaidiff/names
for arg in "" more; do
   (cd "$scratch" && env -i PATH=/usr/bin:/bin LC_ALL=C \
      "$top_builddir/vg-in-place" --tool=iaicount \
      --iaicount-out-file="$scratch/names${arg:+-$arg}.xml" "$prog" $arg \
      >/dev/null 2>&1 </dev/null)
   [ -s "$scratch/names${arg:+-$arg}.xml" ] || { fail "iaicount wrote no profile"; finish; }
   validate "$PROFILE_SCHEMA" "$scratch/names${arg:+-$arg}.xml"
done
cd "$scratch" || exit 1

# raw_controls FILE: the lines of FILE with a C0 control (but the line
# end), DEL, a C1 control, a line or paragraph separator or a bidi control.
raw_controls() {
   LC_ALL=C grep -naP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xa8-\xae]|\xe2\x81[\xa6-\xa9]' "$1"
}
# check_clean WHAT: stdout of the last run, without iaidiff's own colours
# (bold, red, green, reset), has none.
check_clean() {
   esc=$(printf '\033')
   sed "s/$esc\[[0-3]\{1,2\}m//g" out >plain
   if raw_controls plain >controls; then
      fail "$1: raw control characters reach the terminal:"
      sed -n l controls | head -5
   fi
}
expect_status 0 "$IAIDIFF" --color=never names.xml
check_clean "one file"
expect_line 'csi\u009b31mred'
expect_line 'nel\u0085line'
expect_line 'bidi\u202eevil'
[ "$(grep -c '^  Instructions:' out)" = 7 ] || fail "one file: not 7 regions of one line each"
expect_status 1 "$IAIDIFF" --color=always --regression=Ir=0 names.xml names-more.xml
check_clean "compared, in colour"
expect_status 1 "$IAIDIFF" --color=never --regression=Ir=0 names.xml names-more.xml
check_clean "compared"
n=$(grep -c 'regressed by' out)
[ "$n" = 6 ] || fail "compared: $n regression lines, expected 6"
grep -q '^  csi\\u009b31mred: Ir (.*) regressed by ' out || fail "regression line of csi not escaped"
grep -q '^  bad.*utf8: in the old profile, not in the new one$' out || fail "missing region not listed"
finish
