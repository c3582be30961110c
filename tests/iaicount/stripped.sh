# Code without symbols is reported in the object that holds it: the work
# of a stripped library's nameless function is "???" in that library,
# under iaicount and cachetrace (not in whichever object's nameless code
# ran first, such as ld-linux), and the totals and per-function figures
# (functions of one file and name added up, as cachegrind keys them)
# still equal cachegrind's; cachetrace's cachegrind-format file keeps
# one record per file, function and line, and iaidiff --merge keeps the
# objects' nameless functions apart.
. "$tests_srcdir/lib.sh"
cd "$work" || exit 1
p=$tests_builddir/progs
lib=$p/libbgstripped.so
n=100000

# nameless LABEL FILE: the "???" functions' object and Ir, and checks that
# the library's holds the loop (at least 3 instructions an iteration) and
# no other object's "???" is that large.
nameless() {
   label=$1 file=$2
   functions_in_objects "$file" | awk -F'\t' '$3 == "???" { print $1 "\t" $4 }' >"$label.nameless"
   in_lib=$(awk -F'\t' -v lib="$lib" '$1 ~ "/libbgstripped\\.so$" { s += $2 } END { print s + 0 }' "$label.nameless")
   elsewhere=$(awk -F'\t' '$1 !~ "/libbgstripped\\.so$" && $2 >= '"$n"'' "$label.nameless")
   if [ "$in_lib" -ge $((3 * n)) ]; then
      note "$label: nameless code in libbgstripped.so: Ir $in_lib"
   else
      fail "$label: nameless code in libbgstripped.so has Ir $in_lib (< $((3 * n))); nameless functions:"
      cat "$label.nameless"
   fi
   [ -z "$elsewhere" ] || fail "$label: the library's work is filed elsewhere: $elsewhere"
}

same_as_cachegrind stripped "$p/stripped_main" "$lib" $n
nameless iaicount stripped.ic.xml
vg ct --tool=cachetrace --cachetrace-out-file="$work/ct.xml" \
   --cachegrind-out-file="$work/ct.cg" "$p/stripped_main" "$lib" $n
validate ct.xml && nameless cachetrace ct.xml
# cachegrind's format has one record per file, function and line: the
# nameless code of several objects is added up there
dups=$(awk '/^fl=/ { fl = $0 } /^fn=/ { fn = $0 } /^[0-9]/ { k = fl " " fn " " $1; if (seen[k]++) print k }' ct.cg)
[ -z "$dups" ] || fail "cachetrace --cachegrind-out-file: records repeated: $dups"
[ "$(awk '/^summary:/ { print $2 }' ct.cg)" = "$(summary_metric ct.xml Ir)" ] \
   || fail "cachetrace --cachegrind-out-file: summary Ir differs from the XML's"
# iaidiff --merge keeps them apart too
"$top_builddir/viewer/iaidiff/iaidiff" --merge -o merged.xml stripped.ic.xml stripped.ic.xml \
   || fail "iaidiff --merge failed"
functions_in_objects stripped.ic.xml | awk -F'\t' '$3 == "???" { print $1 "\t" 2 * $4 }' >twice.expected
functions_in_objects merged.xml | awk -F'\t' '$3 == "???" { print $1 "\t" $4 }' >twice.merged
cmp -s twice.expected twice.merged || fail "iaidiff --merge: nameless functions not kept per object"
finish
