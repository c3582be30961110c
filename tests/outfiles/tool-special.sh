# Issue 17 item 1, for the tools: only a regular file is ever replaced.
# A character device or FIFO is written in place (and stays the same
# node), a /proc/self/fd link reaches the open file, a symlink is
# followed and its target replaced in the target's directory, a directory
# or block device is refused, and a foreign link in a sticky
# world-writable directory is not followed.  Device nodes are made here
# with mknod (as root); the real /dev is never touched.
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/outfiles/of-lib.sh"
cd "$work" || exit 1
p=$tests_builddir/progs

# refused NAME OUTFILE: the run NAME failed with one error line naming
# OUTFILE, as its last line.
refused() {
   [ "$status" -ne 0 ] || fail "$1: exit status 0 for $2"
   n=$(msgs "$1.stderr" | grep -c '^error: ')
   [ "$n" = 1 ] || fail "$1: $n error lines"
   case "$(last_msg "$1.stderr")" in
      "error: cannot write $2: "*) ;;
      *) fail "$1: last line: $(last_msg "$1.stderr")" ;;
   esac
}

if is_root; then
   # a character device (/dev/null's numbers) stays that device
   mknod null c 1 3
   before=$(node null)
   vg chr --tool=iaicount --iaicount-out-file="$work/null" "$p/recursion" 5 \
      || fail "chr: exit status $?"
   [ "$(node null)" = "$before" ] || fail "character device replaced: $(ls -l null)"
   # ... for the pre-exec file and cachetrace's two files too, and nothing
   # is created beside it
   vg chrx --tool=heapcount --heapcount-out-file="$work/null" "$p/execer" /bin/true
   vg chrct --tool=cachetrace --cachetrace-out-file="$work/null" \
      --cachegrind-out-file="$work/null" "$p/recursion" 5
   [ "$(node null)" = "$before" ] || fail "character device replaced: $(ls -l null)"
   set -- null?*; [ -e "$1" ] && fail "files made beside the device: $*"

   # a block device is refused, untouched (loop minor 250: no such disk)
   mknod blk b 7 250
   before=$(node blk)
   vg blk --tool=iaicount --iaicount-out-file="$work/blk" "$p/recursion" 5
   status=$?
   refused blk "$work/blk"
   [ "$(node blk)" = "$before" ] || fail "block device replaced: $(ls -l blk)"
   msgs blk.stderr | grep -q "not a regular file, character device or FIFO" \
      || fail "blk: no reason given"

   # a link owned by someone else in a sticky world-writable directory is
   # not followed (the kernel's protected_symlinks rule)
   mkdir sticky && chmod 1777 sticky
   echo secret >victim
   ln -s "$work/victim" sticky/out.xml && chown -h nobody sticky/out.xml
   vg sticky --tool=iaicount --iaicount-out-file="$work/sticky/out.xml" "$p/recursion" 5
   status=$?
   refused sticky "$work/sticky/out.xml"
   [ "$(cat victim)" = secret ] || fail "sticky: the link's target was written"
   [ -L sticky/out.xml ] || fail "sticky: the link was replaced"
   # ... but our own link there is followed
   ln -s "$work/mine.xml" sticky/mine.xml
   vg sticky2 --tool=iaicount --iaicount-out-file="$work/sticky/mine.xml" "$p/recursion" 5 \
      || fail "sticky2: exit status $?"
   [ -L sticky/mine.xml ] && validate mine.xml || fail "sticky2: own link not followed"
else
   note "not root: character and block devices and foreign links untested"
fi

# a FIFO is written in place, whole, and stays a FIFO
mkfifo fifo
timeout 120 cat fifo >fifo.got &
reader=$!
vg fifo --tool=iaicount --iaicount-out-file="$work/fifo" "$p/recursion" 5 \
   || fail "fifo: exit status $?"
if [ -p fifo ]; then
   wait "$reader"
   validate fifo.got || fail "fifo: the reader did not get the profile"
else
   kill "$reader"   # it waits for a writer on the FIFO that was replaced
   fail "FIFO replaced: $(ls -l fifo)"
fi

# a /proc/self/fd link reaches the open file: the profile goes to
# Valgrind's stdout (the file vg() opened, still holding the client's
# output), which is not replaced
ln -s /proc/self/fd/1 stdout-link
vg fd --tool=iaicount --iaicount-out-file="$work/stdout-link" "$p/recursion" 5 \
   || fail "fd: exit status $?"
[ -L stdout-link ] || fail "fd: the link was replaced"
grep -q '^5 0 9$' fd.stdout || fail "fd: the client's output is gone from stdout"
sed -n '/^<?xml/,$p' fd.stdout >fd.xml
validate fd.xml || fail "fd: no profile on stdout"

# a symlink is followed: relative, absolute into another directory, a
# chain of two, and a dangling one (its target is created); the link
# stays and the target keeps its permission bits
echo old >real.xml && ln -s real.xml rel.xml
mkdir other && echo old >other/abs.xml && chmod 640 other/abs.xml
ln -s "$work/other/abs.xml" abs.xml
ln -s other/chain.xml chain1.xml && ln -s chain1.xml chain2.xml
ln -s other/new.xml dangling.xml
for l in rel abs chain2 dangling; do
   vg "link-$l" --tool=iaicount --iaicount-out-file="$work/$l.xml" "$p/recursion" 5 \
      || fail "link-$l: exit status $?"
   [ -L "$l.xml" ] || fail "link-$l: the link itself was replaced"
done
validate real.xml && validate other/abs.xml && validate other/chain.xml \
   && validate other/new.xml || fail "a link's target was not written"
[ "$(stat -c %a other/abs.xml)" = 640 ] \
   || fail "the target lost its mode: $(stat -c %a other/abs.xml)"
# ... for cachetrace's cachegrind-format file as well
echo old >other/cg.out && ln -s other/cg.out cg-link
vg link-cg --tool=cachetrace --cachetrace-out-file="$work/ct.xml" \
   --cachegrind-out-file="$work/cg-link" "$p/recursion" 5
[ -L cg-link ] && grep -q '^summary:' other/cg.out || fail "link-cg: not followed"

# the longest file name there is (the temporary's name is cut to fit)
long=$(printf '%0250d' 0 | tr 0 a).xml
vg long --tool=iaicount --iaicount-out-file="$work/$long" "$p/recursion" 5 \
   || fail "long: exit status $?"
validate "$long" || fail "long: no file under a 254-byte name"

# a directory is refused, untouched
mkdir dir
vg dir --tool=iaicount --iaicount-out-file="$work/dir" "$p/recursion" 5
status=$?
refused dir "$work/dir"
msgs dir.stderr | grep -q "Is a directory" || fail "dir: no reason given"
[ -d dir ] && [ -z "$(ls -A dir)" ] || fail "dir: changed"

no_temps . other sticky
finish
