# Issue 17 items 2, 6 and 7, for the tools: on a full file system (a
# small tmpfs this test mounts) a write error keeps the old file (or
# leaves none), removes the temporary, says so in one line naming the
# user's file with the reason, as the last line of the output, and makes
# the exit status non-zero when the client exited by itself.  A read-only
# file system gives its own reason.  A file written says its name last.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/outfiles/of-lib.sh"
cd "$work" || exit 1
p=$tests_builddir/progs
full=$work/full
mount_small "$full" 64
echo old >"$full/keep.xml"
echo old >"$full/ct.cg"
dd if=/dev/zero of="$full/filler" bs=4k 2>/dev/null   # until it is full

# failed NAME OUTFILE AFTER: the last line of NAME's stderr is the error
# for OUTFILE, with ENOSPC's reason and AFTER; no other line names a
# temporary file.
failed() {
   want="error: cannot write $2: No space left on device; $3"
   [ "$(last_msg "$1.stderr")" = "$want" ] \
      || fail "$1: last line '$(last_msg "$1.stderr")', expected '$want'"
   grep -q '\.tmp\.' "$1.stderr" && fail "$1: a message names the temporary file"
}

# an old file is kept, whole
vg keep --tool=iaicount --iaicount-out-file="$full/keep.xml" "$p/recursion" 5
status=$?
[ "$status" = 1 ] || fail "keep: exit status $status, expected 1 (client's 0 -> 1)"
[ "$(cat "$full/keep.xml")" = old ] || fail "keep: the old file was changed"
failed keep "$full/keep.xml" "the old file is kept"

# no old file: none is left
vg none --tool=iaicount --iaicount-out-file="$full/none.xml" "$p/recursion" 5
status=$?
[ "$status" = 1 ] || fail "none: exit status $status, expected 1"
[ -e "$full/none.xml" ] && fail "none: a file was left: $(ls -l "$full/none.xml")"
failed none "$full/none.xml" "no file written"

# a client's own non-zero status stays
vg three --tool=iaicount --iaicount-out-file="$full/three.xml" "$p/outname_client" exit 3
status=$?
[ "$status" = 3 ] || fail "three: exit status $status, expected the client's 3"
failed three "$full/three.xml" "no file written"

# a client killed by a signal keeps the signal; the error is the last line
vg crash --tool=iaicount --iaicount-out-file="$full/crash.xml" "$p/crash"
status=$?
[ "$status" -gt 128 ] || fail "crash: exit status $status, expected death by signal"
failed crash "$full/crash.xml" "no file written"

# cachetrace: both files, one line each, the XML profile's first
vg ct --tool=cachetrace --cachetrace-out-file="$full/ct.xml" \
   --cachegrind-out-file="$full/ct.cg" "$p/recursion" 5
status=$?
[ "$status" = 1 ] || fail "ct: exit status $status, expected 1"
[ "$(cat "$full/ct.cg")" = old ] || fail "ct: the old cachegrind file was changed"
n=$(msgs ct.stderr | grep -c "^error: cannot write $full/ct\.\(xml\|cg\): No space left on device")
[ "$n" = 2 ] || fail "ct: $n error lines, expected 2"
failed ct "$full/ct.cg" "the old file is kept"

# heapcount's pre-exec file: the line is printed before the exec
vg hcx --tool=heapcount --heapcount-out-file="$full/hcx.xml" "$p/execer" /bin/true
msgs hcx.stderr | grep -q "^error: cannot write $full/hcx\.[0-9]*\.exec\.xml: No space left on device; no file written$" \
   || { fail "hcx: no error line for the pre-exec file"; cat hcx.stderr; }
no_temps "$full"

# a read-only file system gives its reason
mount -o remount,ro "$full" || fail "cannot remount read-only"
vg ro --tool=iaicount --iaicount-out-file="$full/keep.xml" "$p/recursion" 5
status=$?
[ "$status" = 1 ] || fail "ro: exit status $status, expected 1"
[ "$(last_msg ro.stderr)" = "error: cannot write $full/keep.xml: Read-only file system; the old file is kept" ] \
   || fail "ro: last line '$(last_msg ro.stderr)'"

# a file written is named on the last line, as DHAT does (and with -q
# nothing is said)
vg ok --tool=heapcount --heapcount-out-file="$work/ok.xml" "$p/recursion" 5 \
   || fail "ok: exit status $?"
[ "$(last_msg ok.stderr)" = "Profile written to $work/ok.xml" ] \
   || fail "ok: last line '$(last_msg ok.stderr)'"
vg okq -q --tool=heapcount --heapcount-out-file="$work/okq.xml" "$p/recursion" 5
[ -s okq.stderr ] && fail "okq: -q printed: $(cat okq.stderr)"
vg okct --tool=cachetrace --cachetrace-out-file="$work/ok.ct.xml" \
   --cachegrind-out-file="$work/ok.cg" "$p/recursion" 5
[ "$(msgs okct.stderr | tail -n 2)" = "Profile written to $work/ok.ct.xml
Cachegrind-format file written to $work/ok.cg" ] \
   || fail "okct: last lines: $(msgs okct.stderr | tail -n 2)"
finish
