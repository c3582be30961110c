# viewer-writers.sh: every file heapview and iaidiff write, for the
# output-file tests (sourced after lib.sh and of-lib.sh).

HEAPVIEW=$top_builddir/viewer/heapview/heapview
IAIDIFF=$top_builddir/viewer/iaidiff/iaidiff
HV_IN=$tests_srcdir/heapview/small.xml
ID_IN=$tests_srcdir/iaidiff
WRITERS="hv-html hv-json id-xml id-junit id-markdown id-bmf id-merge id-join id-base"

# write_to WRITER OUT: runs WRITER with its output at OUT; exit status in
# $status, stderr in $work/WRITER.err.
write_to() {
   case $1 in
   hv-html)  "$HEAPVIEW" --html="$2" "$HV_IN" ;;
   hv-json)  "$HEAPVIEW" --dhat-json="$2" "$HV_IN" ;;
   id-xml)   "$IAIDIFF" --xml="$2" "$ID_IN/new.xml" "$ID_IN/new.xml" ;;
   id-junit) "$IAIDIFF" --junit="$2" "$ID_IN/new.xml" "$ID_IN/new.xml" ;;
   id-markdown) "$IAIDIFF" --markdown="$2" "$ID_IN/new.xml" "$ID_IN/new.xml" ;;
   id-bmf)   "$IAIDIFF" --bmf="$2" "$ID_IN/new.xml" "$ID_IN/new.xml" ;;
   id-merge) "$IAIDIFF" --merge -o "$2" "$ID_IN/shard1.xml" "$ID_IN/shard2.xml" ;;
   id-join)  "$IAIDIFF" --join -o "$2" "$ID_IN/new.xml" "$ID_IN/other-tool.xml" ;;
   id-base)  "$IAIDIFF" --baseline-dir="$(dirname "$2")" \
                --save-baseline="$(basename "$2" .xml)" "$ID_IN/new.xml" ;;
   esac >"$work/$1.out" 2>"$work/$1.err"
   status=$?
}

# looks_written WRITER FILE: FILE holds what WRITER writes.
looks_written() {
   case $1 in
   hv-html) grep -q '</html>' "$2" ;;
   hv-json) grep -q '"dhatFileVersion"' "$2" ;;
   id-markdown) grep -q '^### ' "$2" ;;
   id-bmf)  grep -q '"instructions"' "$2" ;;
   *)       "$XMLLINT" --noout "$2" 2>/dev/null ;;
   esac
}

# refused WRITER OUT REASON [WHAT]: exit 2 and exactly one line
# "PROGRAM: [WHAT: ]OUT: REASON".
refused() {
   prog=heapview; case $1 in id-*) prog=iaidiff ;; esac
   want="$prog: ${4:+$4: }$2: $3"
   [ "$status" = 2 ] || fail "$1: exit status $status for $2"
   [ "$(cat "$work/$1.err")" = "$want" ] \
      || fail "$1: stderr '$(cat "$work/$1.err")', expected '$want'"
}
