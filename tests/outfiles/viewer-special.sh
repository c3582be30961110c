# Issue 17 items 1, 3 and 6, for the viewers: every file heapview and
# iaidiff write (--html, --dhat-json, --xml, --junit, --markdown, --bmf,
# --merge -o, --join -o,
# --save-baseline) is written in place into a character device or FIFO,
# follows a symlink to replace its target (which keeps its mode), and
# refuses a directory, a block device and a foreign link in a sticky
# world-writable directory with one line "PROGRAM: FILE: reason" and
# exit status 2.  The temporary is created O_EXCL|O_NOFOLLOW under a
# name that changes from run to run (strace).  A baseline is read before
# it is replaced, so only a symlink, a foreign link and a directory make
# sense there (the directory is refused as an input).
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/outfiles/of-lib.sh"
. "$tests_srcdir/outfiles/viewer-writers.sh"
cd "$work" || exit 1
for w in $WRITERS; do
   mkdir "$w" && cd "$w" || exit 1
   old=old dir_reason="Is a directory" specials=yes what=
   if [ "$w" = id-base ]; then
      old=$(cat "$ID_IN/new.xml") dir_reason="not a regular file" specials=no
      what="cannot save baseline"
   fi
   if is_root && [ $specials = yes ]; then
      mknod null c 1 3
      before=$(node null)
      write_to "$w" "$work/$w/null"
      [ "$status" = 0 ] || fail "$w: exit status $status for a character device"
      [ "$(node null)" = "$before" ] || fail "$w: character device replaced"
      mknod blk b 7 250
      before=$(node blk)
      write_to "$w" "$work/$w/blk"
      refused "$w" "$work/$w/blk" "not a regular file, character device or FIFO"
      [ "$(node blk)" = "$before" ] || fail "$w: block device replaced"
   fi
   if is_root; then
      mkdir sticky && chmod 1777 sticky
      printf '%s\n' "$old" >victim
      ln -s "$work/$w/victim" sticky/out.xml && chown -h nobody sticky/out.xml
      write_to "$w" "$work/$w/sticky/out.xml"
      refused "$w" "$work/$w/sticky/out.xml" \
         "a symlink owned by another user in a sticky world-writable directory (not followed)" \
         "$what"
      [ "$(cat victim)" = "$old" ] && [ -L sticky/out.xml ] \
         || fail "$w: the foreign link was followed or replaced"
   fi
   if [ $specials = yes ]; then
   mkfifo fifo.xml
   timeout 120 cat fifo.xml >fifo.got &
   reader=$!
   write_to "$w" "$work/$w/fifo.xml"
   [ "$status" = 0 ] || fail "$w: exit status $status for a FIFO"
   if [ -p fifo.xml ]; then
      wait "$reader"
      looks_written "$w" fifo.got || fail "$w: the FIFO's reader got: $(head -c 200 fifo.got)"
   else
      kill "$reader"
      fail "$w: FIFO replaced"
   fi
   fi
   mkdir other && printf '%s\n' "$old" >other/t.xml && chmod 640 other/t.xml
   ln -s other/t.xml link.xml
   write_to "$w" "$work/$w/link.xml"
   [ "$status" = 0 ] || fail "$w: exit status $status for a symlink"
   [ -L link.xml ] || fail "$w: the link itself was replaced"
   looks_written "$w" other/t.xml || fail "$w: the link's target was not written"
   [ "$(stat -c %a other/t.xml)" = 640 ] || fail "$w: the target lost its mode"
   mkdir dir.xml
   write_to "$w" "$work/$w/dir.xml"
   refused "$w" "$work/$w/dir.xml" "$dir_reason"
   no_temps . other
   cd "$work" || exit 1
done

# the temporary's flags and name, as the kernel saw them
if command -v strace >/dev/null 2>&1; then
   for run in 1 2; do
      strace -f -qq -e trace=open,openat -o "trace$run.log" \
         "$HEAPVIEW" --html="$work/page.html" "$HV_IN" || fail "strace run $run"
      grep "\"$work/page\.html\.tmp\." "trace$run.log" >"open$run.log"
      [ "$(wc -l <"open$run.log")" = 1 ] \
         || { fail "run $run: expected one temporary: $(cat "open$run.log")"; continue; }
      for flag in O_CREAT O_EXCL O_NOFOLLOW; do
         grep -q "$flag" "open$run.log" || fail "run $run: temporary opened without $flag"
      done
      sed 's/.*page\.html\.tmp\.\([^"]*\)".*/\1/' "open$run.log" >"tmpname$run"
   done
   [ -s tmpname1 ] && cmp -s tmpname1 tmpname2 && fail "two runs, one temporary name"
else
   note "strace missing: the temporary's flags and name untested"
fi
finish
