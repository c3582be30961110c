# <valgrind/iai.h> in C and C++: every macro (progs/iai_macros.c) compiles
# without a warning under -Wall -Wextra -pedantic -Werror as C99 to C2x
# and C++11 to C++20, with gcc and clang, through the same #include line
# from the source tree (-I include, with and without NVALGRIND) and after
# make install; each build runs; an unknown bench name stops the harness
# with exit 2 and the known names, before anything is measured; and the
# example benchmark built as C++ has, under iaicount, the regions of the
# same source built as C, count for count.
. "$tests_srcdir/lib.sh"
cd "$work" || exit 1
p=$tests_builddir/progs
src=$tests_srcdir/progs/iai_macros.c
for c in gcc clang g++ clang++; do
   command -v $c >/dev/null 2>&1 || { echo "FAIL: $c missing"; exit 1; }
done

# make install, of the header alone, into a scratch root
env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -C "$top_builddir/include" \
   install DESTDIR="$work/root" >install.log 2>&1 \
   || fail "make install in include/: $(tail -3 install.log)"
installed=$(find "$work/root" -name iai.h)
case $installed in
*/include/valgrind/iai.h) installed_dir=${installed%/valgrind/iai.h} ;;
*) fail "installed as '$installed', not .../include/valgrind/iai.h"; finish ;;
esac
cmp -s "$installed" "$top_srcdir/include/valgrind/iai.h" || fail "the installed header differs"

# check_build NAME COMPILER STD INCLUDE-DIR [FLAGS]: compiles without a
# warning, runs every bench, and refuses a name that is no bench's.
check_build() {
   name=$1 cc=$2 std=$3 inc=$4; shift 4
   case $std in c++*) lang=c++ ;; *) lang=c ;; esac
   if ! $cc -x $lang -std=$std -Wall -Wextra -pedantic -Werror -I"$inc" "$@" \
         "$src" -o "$name" 2>"$name.err"; then
      fail "$cc -std=$std $* -I $inc: $(head -3 "$name.err")"
      return
   fi
   builds=$((builds + 1))
   ./"$name" >"$name.out" 2>&1 || fail "$name: exit status $?"
   ./"$name" structs nosuch >"$name.out" 2>&1
   st=$?
   [ "$st" = 2 ] || fail "$name: an unknown bench name gives exit status $st"
   grep -qx "./$name: no benchmark named \"nosuch\"" "$name.out" \
      && grep -qx 'known benchmarks: scalars pointers structs requests' "$name.out" \
      || fail "$name: no list of known benches: $(cat "$name.out")"
}
builds=0
for std in c99 c11 c17 c2x c++11 c++14 c++17 c++20; do
   case $std in c++*) compilers="g++ clang++" ;; *) compilers="gcc clang" ;; esac
   for cc in $compilers; do
      check_build "tree-$cc-$std" $cc $std "$top_srcdir/include"
      check_build "nv-$cc-$std" $cc $std "$top_srcdir/include" -DNVALGRIND
      check_build "inst-$cc-$std" $cc $std "$installed_dir"
   done
done
note "$builds builds without a warning"

# the C++ build's regions under iaicount, and a typo measures nothing
vg macros --tool=iaicount --iaicount-out-file="$work/macros.xml" ./tree-g++-c++11
validate macros.xml
regions macros.xml | cut -f1 | tr '\n' ' ' >macros.names
[ "$(cat macros.names)" = "inner pointers requests scalars structs " ] \
   || fail "C++ build: regions '$(cat macros.names)'"
vg typo --tool=iaicount --iaicount-out-file="$work/typo.xml" "$p/example_bench" fib_20 fib20
st=$?
[ "$st" = 2 ] || fail "example_bench fib20 under iaicount: exit status $st"
grep -q ': no benchmark named "fib20"$' typo.stderr \
   || fail "example_bench fib20 under iaicount: $(tail -3 typo.stderr)"
validate typo.xml
[ "$(region_count typo.xml)" = 0 ] || fail "a typo still ran benches"

# the same benchmark as C and as C++ (progs/example_bench_cxx.cc)
vg c --tool=iaicount --iaicount-out-file="$work/c.xml" "$p/example_bench"
vg cxx --tool=iaicount --iaicount-out-file="$work/cxx.xml" "$p/example_bench_cxx"
validate c.xml
validate cxx.xml
regions c.xml >c.regions
regions cxx.xml >cxx.regions
[ "$(wc -l <c.regions)" = 3 ] || fail "example_bench: $(wc -l <c.regions) regions"
if diff c.regions cxx.regions >regions.diff; then
   note "C and C++: $(tr '\n' ' ' <c.regions)"
else
   fail "the C++ build's regions differ from C's:"; cat regions.diff
fi
finish
