# Issue 17 items 2 and 6, for the viewers: on a full file system (a small
# tmpfs this test mounts) each writer keeps the old file, leaves no
# temporary and exits 2 with one line naming the file and the reason;
# a read-only file system likewise.  A report on standard output that
# cannot be written (it goes to the full file system) fails as well.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/outfiles/of-lib.sh"
. "$tests_srcdir/outfiles/viewer-writers.sh"
cd "$work" || exit 1
full=$work/full
mount_small "$full" 64

for w in $WRITERS; do
   if [ "$w" = id-base ]; then cp "$ID_IN/new.xml" "$full/$w.xml"
   else echo old >"$full/$w.xml"; fi
done
cp "$full/id-base.xml" saved-baseline.xml
: >"$full/report.txt"
dd if=/dev/zero of="$full/filler" bs=4k 2>/dev/null   # until it is full

for reason in "No space left on device" "Read-only file system"; do
   for w in $WRITERS; do
      write_to "$w" "$full/$w.xml"
      what=; [ "$w" = id-base ] && what="cannot save baseline"
      refused "$w" "$full/$w.xml" "$reason" "$what"
      if [ "$w" = id-base ]; then
         cmp -s "$full/$w.xml" saved-baseline.xml || fail "$w: the old baseline was changed"
      else
         [ "$(cat "$full/$w.xml")" = old ] || fail "$w: the old file was changed"
      fi
   done
   no_temps "$full"
   mount -o remount,ro "$full" || fail "cannot remount read-only"
done

# a report on standard output that cannot be written is an error too
mount -o remount,rw "$full" || fail "cannot remount read-write"
"$IAIDIFF" "$ID_IN/new.xml" "$ID_IN/new.xml" >"$full/report.txt" 2>id-stdout.err
status=$?
[ "$status" = 2 ] && [ "$(cat id-stdout.err)" = "iaidiff: standard output: No space left on device" ] \
   || fail "iaidiff stdout: exit status $status, stderr '$(cat id-stdout.err)'"
"$HEAPVIEW" "$HV_IN" >"$full/report.txt" 2>hv-stdout.err
status=$?
[ "$status" = 2 ] && [ "$(cat hv-stdout.err)" = "heapview: standard output: No space left on device" ] \
   || fail "heapview stdout: exit status $status, stderr '$(cat hv-stdout.err)'"
finish
