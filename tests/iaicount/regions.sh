# Region semantics: repeated regions add up, nested regions include their
# inner regions, collection on/off, unbalanced END reported.
. "$tests_srcdir/lib.sh"
cd "$work" || exit 1
vg on --tool=iaicount --iaicount-out-file="$work/on.xml" "$tests_builddir/progs/regions"
vg off --tool=iaicount --collect-atstart=no --iaicount-out-file="$work/off.xml" "$tests_builddir/progs/regions"
validate on.xml; validate off.xml
once=$(region_metric on.xml once); twice=$(region_metric on.xml twice)
outer=$(region_metric on.xml outer); inner=$(region_metric on.xml inner)
note "once $once twice $twice outer $outer inner $inner"
[ "$once" -gt 1000 ] || fail "region once: $once"
[ "$twice" -eq $((2 * once)) ] || fail "twice ($twice) != 2 x once ($once)"
[ "$inner" -eq "$once" ] || fail "inner ($inner) != once ($once)"
[ "$outer" -gt "$inner" ] || fail "outer ($outer) does not include inner ($inner)"
n=$(region_count on.xml)
[ "$n" = 4 ] || fail "expected 4 regions, got $n"
# the same regions with collection off outside them
for r in once twice outer inner; do
   [ "$(region_metric on.xml $r)" = "$(region_metric off.xml $r)" ] || fail "region $r moved with --collect-atstart=no"
done
t_on=$(summary_metric on.xml); t_off=$(summary_metric off.xml)
note "total collected: $t_on (atstart=yes), $t_off (atstart=no)"
[ "$t_off" -lt $((outer + twice + once + 1000)) ] || fail "collect-atstart=no collected $t_off"
[ "$t_on" -gt $((t_off + 50000)) ] || fail "collect-atstart=yes collected only $t_on"
grep -q 'IAI_REGION_END without a matching BEGIN' on.stderr || fail "unbalanced END not reported"
# function tables: work() appears in 'once' with the region's cost mostly
w=$(functions on.xml once | awk -F'\t' '$2 ~ /^work/ { s += $3 } END { print s }')
[ "${w:-0}" -gt 0 ] && [ "$w" -le "$once" ] || fail "work() in region once: ${w:-missing}"
finish
