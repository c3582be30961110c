#!/bin/sh
# Bad input and bad usage: exit 2 and one line on stderr naming the
# problem, nothing on stdout, no file written; as FILE and as --diff OLD.
# The malformed profiles are iaidiff's (same reader) plus heapview's own.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/heapview/hv-lib.sh"

cp "$HV_INPUTS/small.xml" "$work/good.xml"

# bad FILE MESSAGE: rejected alone, as the new and as the old side of a
# diff, and when an export is asked for.
bad() {
   for args in "$1" "--diff good.xml $1" "--diff $1 good.xml" \
               "--html=out.html --dhat-json=out.json $1"; do
      # shellcheck disable=SC2086
      hv bad.out $args
      expect_status 2 bad.out
      printf 'heapview: %s\n' "$2" >"$work/want.err"
      diff -u "$work/want.err" "$work/bad.out.err" >/dev/null \
         || fail "heapview $args: stderr '$(cat "$work/bad.out.err")', expected 'heapview: $2'"
      [ -s "$work/bad.out" ] && fail "heapview $args: printed on stdout"
      [ -e "$work/out.html" ] || [ -e "$work/out.json" ] && fail "heapview $args: wrote an export"
   done
}

for f in "$tests_srcdir"/iaidiff/bad/*.xml; do
   cp "$f" "$work/"
done
cp "$HV_INPUTS"/bad/*.xml "$work/"
bad empty.xml 'empty.xml: empty file, not a profile'
bad truncated.xml "$(cd "$work" && "$top_builddir/viewer/iaidiff/iaidiff" truncated.xml 2>&1 | sed 's/^iaidiff: //')"
bad billion-laughs.xml "$(cd "$work" && "$top_builddir/viewer/iaidiff/iaidiff" billion-laughs.xml 2>&1 | sed 's/^iaidiff: //')"
bad external-entity.xml "$(cd "$work" && "$top_builddir/viewer/iaidiff/iaidiff" external-entity.xml 2>&1 | sed 's/^iaidiff: //')"
bad huge.xml 'huge.xml:5: metric Ir: value "18446744073709551616" is out of range (expected an unsigned 64-bit integer)'
bad wrong-root.xml "$(cd "$work" && "$top_builddir/viewer/iaidiff/iaidiff" wrong-root.xml 2>&1 | sed 's/^iaidiff: //')"
bad no-ip.xml 'no-ip.xml:5: <frame> without the ip attribute'
bad not-heap.xml 'not-heap.xml: a iaicount profile, not a heapcount one'
bad missing.xml 'missing.xml: No such file or directory'
bad . '.: not a regular file'
# every other malformed file of iaidiff's set: exit 2, one line
for f in "$tests_srcdir"/iaidiff/bad/*.xml; do
   b=$(basename "$f")
   hv one.out "$b"
   expect_status 2 one.out
   [ "$(wc -l <"$work/one.out.err")" -eq 1 ] || fail "$b: not one line: $(cat "$work/one.out.err")"
done

# usage: exit 2, one line
usage() {
   hv usage.out "$@"
   expect_status 2 usage.out
   [ "$(wc -l <"$work/usage.out.err")" -eq 1 ] || fail "heapview $*: not one line of error"
   grep -q "^heapview: $expect" "$work/usage.out.err" || fail "heapview $*: '$(cat "$work/usage.out.err")'"
}
expect='expected one profile'; usage
expect='expected one profile'; usage good.xml good.xml
expect='--sort: unknown metric "Bogus"'; usage --sort=Bogus good.xml
expect='--top: "-1" is not a count'; usage --top=-1 good.xml
expect='--top: "ten" is not a count'; usage --top=ten good.xml
expect='--filter: empty text'; usage --filter= good.xml
expect='unknown or incomplete option "--bogus"'; usage --bogus good.xml
expect='unknown or incomplete option "--diff"'; usage good.xml --diff
hv help --help
expect_status 0 help
grep -q '^usage: heapview' "$work/help" || fail "--help"

# an export that cannot be written: exit 2, one line naming it
hv unwritable --html=no/such/dir/out.html good.xml
expect_status 2 unwritable
grep -q '^heapview: no/such/dir/out.html: ' "$work/unwritable.err" || fail "unwritable export: $(cat "$work/unwritable.err")"
finish
