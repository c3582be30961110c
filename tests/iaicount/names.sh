# Names round-trip and reach the terminal escaped: regions whose names
# differ only in bytes that are not UTF-8, or hold controls, markup and
# backslashes (progs/names.c), and a function and a file named so.
. "$tests_srcdir/lib.sh"
cd "$work" || exit 1
vg ic --tool=iaicount --iaicount-out-file="$work/ic.xml" "$tests_builddir/progs/names"
validate ic.xml || finish
n=$(region_count ic.xml)
[ "$n" = 15 ] || fail "15 regions expected, $n written"
# every region kept its own numbers: the program gives each more work
a=$(region_metric ic.xml 'a?') t=$(region_metric ic.xml "$(printf 'tab\there')")
[ -n "$a" ] && [ -n "$t" ] && [ "$a" -lt "$t" ] || fail "regions a? ($a) and tab-here ($t) mixed up"
region_names ic.xml >names.txt
# iaidiff reads the file (no duplicate regions) and writes it back with
# the same names: merged alone, its decoded region names are the tool's
IAIDIFF=$top_builddir/viewer/iaidiff/iaidiff
"$IAIDIFF" --merge -o merged.xml ic.xml >merge.out 2>&1 || fail "merge: $(cat merge.out)"
validate merged.xml
region_names merged.xml >merged-names.txt
cmp -s names.txt merged-names.txt || fail "region names changed through iaidiff --merge"
# (functions_in_objects, not functions: the file name holds a tab)
[ "$(functions_in_objects merged.xml | grep -c 'weird')" = 1 ] || fail "the odd function lost its name"
functions_in_objects ic.xml >fns.txt; functions_in_objects merged.xml >merged-fns.txt
cmp -s fns.txt merged-fns.txt || fail "function or file names changed through iaidiff --merge"
# the XML carries each byte visibly
for s in 'name="a\xff"' 'name="a\xfe"' 'name="a\\xff"' 'name="a\\\\xff"' \
         'name="tab&#9;here"' 'name="nl&#10;here"' 'name="esc\x1b[31mred"' \
         'name="c1&#133;next"' 'name="bidi&#8238;rtl"' \
         'name="weird\xff\x1b[2Jname" file="' 'ird&#9;file.c"'; do
   grep -qF "$s" ic.xml || fail "ic.xml lacks $s"
done
# the summary on stderr: one line per region, nothing raw
[ "$(grep -c '^==[0-9]*==   region ' ic.stderr)" = 15 ] || fail "a region's line broke: $(grep -c region ic.stderr)"
# (controls, a byte that is no UTF-8, a C1 control, a bidi override)
for raw in '[\001-\010\013-\037\177]' '\377' '\302\205' '\342\200\256'; do
   LC_ALL=C grep -q "$(printf "$raw")" ic.stderr \
      && fail "raw bytes $raw reach the terminal: $(LC_ALL=C grep -n "$(printf "$raw")" ic.stderr | head -2)"
done
for s in 'region a\xff:' 'region a\\xff:' 'region nl\nhere:' \
         'region tab\there:' 'region esc\x1b[31mred:' 'region c1\u0085next:' \
         'region bidi\u202ertl:' "$(printf 'region caf\303\251:')"; do
   grep -qF "$s" ic.stderr || fail "stderr lacks '$s'"
done
finish
