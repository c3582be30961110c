# Issue 17 item 9: a FIFO (with no writer) or a device given to iaidiff or
# heapview as input never blocks: each is refused at once, exit 2,
# "PROGRAM: FILE: not a regular file".  Every way in is tried: one file,
# either side of a comparison, --merge inputs, a stored --baseline, the
# NEW file of --save-baseline, heapview's file and --diff.  Each run has
# a timeout; exit status 124 means it blocked.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/outfiles/of-lib.sh"
. "$tests_srcdir/outfiles/viewer-writers.sh"
cd "$work" || exit 1
mkfifo fifo.xml
mkdir base && mkfifo base/piped.xml
inputs=$work/fifo.xml
if is_root; then
   mknod null.xml c 1 3
   inputs="$inputs $work/null.xml"
fi

# not_read NAME FILE PROGRAM ARGS...: PROGRAM refuses FILE at once.
not_read() {
   name=$1 file=$2 prog=$3; shift 3
   timeout 30 "$@" >"$name.out" 2>"$name.err" </dev/null
   status=$?
   [ "$status" = 2 ] || fail "$name: exit status $status (124: it blocked)"
   [ "$(cat "$name.err")" = "$prog: $file: not a regular file" ] \
      || fail "$name: stderr '$(cat "$name.err")'"
}

old=$ID_IN/old.xml
for f in $inputs; do
   k=$(basename "$f" .xml)
   not_read "$k-single" "$f" iaidiff "$IAIDIFF" "$f"
   not_read "$k-old" "$f" iaidiff "$IAIDIFF" "$f" "$old"
   not_read "$k-new" "$f" iaidiff "$IAIDIFF" "$old" "$f"
   not_read "$k-merge" "$f" iaidiff "$IAIDIFF" --merge -o merged.xml "$old" "$f"
   not_read "$k-save" "$f" iaidiff "$IAIDIFF" --baseline-dir="$work/b2" --save-baseline=x "$f"
   not_read "$k-hv" "$f" heapview "$HEAPVIEW" "$f"
   not_read "$k-hvdiff" "$f" heapview "$HEAPVIEW" --diff "$f" "$HV_IN"
done
not_read baseline "$work/base/piped.xml" iaidiff \
   "$IAIDIFF" --baseline-dir="$work/base" --baseline=piped "$old"
not_read savebase "$work/base/piped.xml" iaidiff \
   "$IAIDIFF" --baseline-dir="$work/base" --save-baseline=piped "$old"
[ -p base/piped.xml ] || fail "the FIFO baseline was replaced"
finish
