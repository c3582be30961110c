# configure against an incomplete, mismatched or too old Valgrind stops
# with one line saying what to install; against a complete one it
# succeeds.  The Valgrinds are copies of the chosen one (links to its
# files) with one part taken away or changed; configure runs in a copy of
# the source tree's configure and templates.
. "$tests_srcdir/lib.sh"
cd "$work" || exit 1
[ -r "$VG_PCFILEDIR/valgrind.pc" ] || skip "no valgrind.pc to copy"

# The configure script and the templates it fills, nothing built.
mkdir src
(cd "$top_srcdir" && find . \( -path ./autom4te.cache -o -path ./tests/work \) -prune -o \
    -type f \( -name configure -o -name '*.in' -o -path './build-aux/*' \) -print) |
   while read -r f; do
      mkdir -p "src/$(dirname "$f")"; cp -p "$top_srcdir/$f" "src/$f"
   done
mkdir -p src/iaicount && : >src/iaicount/ic_main.c   # AC_CONFIG_SRCDIR

# fake_valgrind DIR [VERSION]: a Valgrind under DIR made of links to the
# chosen one's headers, libraries and launcher, with its own valgrind.pc
# (VERSION, if given, in valgrind.pc and valgrind.h).
fake_valgrind() {
   d=$work/$1 ver=${2:-$VG_VERSION}
   mkdir -p "$d/lib/pkgconfig" "$d/lib/valgrind" "$d/include/valgrind" "$d/bin"
   sed -e "s|^prefix=.*|prefix=$d|" -e 's|^exec_prefix=.*|exec_prefix=${prefix}|' \
       -e 's|^libdir=.*|libdir=${prefix}/lib|' \
       -e 's|^includedir=.*|includedir=${prefix}/include/valgrind|' \
       -e "s|^Version:.*|Version: $ver|" \
       "$VG_PCFILEDIR/valgrind.pc" >"$d/lib/pkgconfig/valgrind.pc"
   for f in "$VG_LIBDIR"/*.a; do ln -s "$f" "$d/lib/valgrind/"; done
   for f in "$VG_INCLUDEDIR"/*; do ln -s "$f" "$d/include/valgrind/"; done
   major=${ver%%.*} minor=$(echo "$ver" | cut -d. -f2)
   rm "$d/include/valgrind/valgrind.h"
   sed -e "s/^#define __VALGRIND_MAJOR__ .*/#define __VALGRIND_MAJOR__ $major/" \
       -e "s/^#define __VALGRIND_MINOR__ .*/#define __VALGRIND_MINOR__ $minor/" \
       "$VG_INCLUDEDIR/valgrind.h" >"$d/include/valgrind/valgrind.h"
   ln -s "$VALGRIND" "$d/bin/valgrind"
   # Debian's launcher is a script that runs $0.bin
   [ -e "$VALGRIND.bin" ] && ln -s "$VALGRIND.bin" "$d/bin/valgrind.bin"
}

# run_configure LABEL ARGS...: configure in a build directory of its own,
# with the environment settings in CONF_ENV (word-split).
CONF_ENV=
run_configure() {
   label=$1; shift
   mkdir -p "$work/b-$label"
   # shellcheck disable=SC2086
   (cd "$work/b-$label" && env -u VALGRIND_LIB $CONF_ENV "$work/src/configure" \
       --cache-file="$work/config.cache" "$@") >"$work/$label.out" 2>&1
}

# refused LABEL PATTERN ARGS...: configure stops with one error line that
# matches PATTERN and says what to install.
refused() {
   label=$1 pattern=$2; shift 2
   if run_configure "$label" "$@"; then fail "$label: configure succeeded"; return; fi
   grep 'error:' "$work/$label.out" >"$work/$label.err"
   if [ "$(wc -l <"$work/$label.err")" -ne 1 ]; then
      fail "$label: not one error line:"; tail -5 "$work/$label.out"; return
   fi
   if grep -q -- "$pattern" "$work/$label.err" && grep -q 'install' "$work/$label.err"; then
      note "$label: $(cut -c1-150 "$work/$label.err")"
   else
      fail "$label: unexpected error: $(cat "$work/$label.err")"
   fi
}

# A complete copy works: the checks below fail for what they take away.
fake_valgrind good
if run_configure good --with-valgrind="$work/good"; then
   grep -q "Valgrind's version... $VG_VERSION (under $work/good)" good.out \
      && note "good: configured against the copy" || fail "good: did not use the copy"
else
   fail "configure refused a complete copy of the Valgrind:"; tail -5 good.out
fi

fake_valgrind noheaders
rm "$work/noheaders/include/valgrind/pub_tool_tooliface.h"
refused noheaders 'tool headers' --with-valgrind="$work/noheaders"

fake_valgrind nocore
rm "$work/nocore/lib/valgrind/libcoregrind-$VG_PLATFORM.a"
refused nocore "no libcoregrind-$VG_PLATFORM.a" --with-valgrind="$work/nocore"

fake_valgrind old 3.18.0
refused old 'too old' --with-valgrind="$work/old"

# headers and libraries of one version, a launcher of another
fake_valgrind mixed 3.99.0
refused mixed "runs 'valgrind-$VG_VERSION'" --with-valgrind="$work/mixed"

fake_valgrind nolauncher
rm "$work/nolauncher/bin/valgrind"
refused nolauncher 'valgrind is missing' --with-valgrind="$work/nolauncher"

mkdir empty
refused nopc 'no valgrind.pc' --with-valgrind="$work/empty"
CONF_ENV="PKG_CONFIG_LIBDIR=$work/empty PKG_CONFIG_PATH="
refused nopkg 'finds no valgrind.pc' --cache-file="$work/nopkg.cache"
finish
