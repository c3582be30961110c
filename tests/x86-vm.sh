#!/bin/bash
# x86-vm.sh: run the x86 oracle tests (tests/x86/*.sh) in a virtual
# machine, for hosts whose kernel cannot run 32-bit programs.
#
#   tests/x86-vm.sh [OPTIONS]
#
# The tree must be built (make) with its x86-linux tools.  The script
#
#  1. builds the x86 test programs here (make -C tests x86-progs);
#  2. stops there, with nothing to do, when this machine runs 32-bit
#     programs itself: 'make check' runs the x86 tests then;
#  3. fetches Debian's kernel (linux-image-amd64's, which runs 32-bit
#     programs) and busybox-static with 'apt-get download' and keeps the
#     kernel, the few modules the guest needs (virtio, 9p, overlay) and
#     busybox in a cache outside the tree, which later runs reuse; nothing
#     is installed on this machine;
#  4. boots QEMU (qemu-system-x86_64, software emulation: no KVM needed)
#     with that kernel and an initramfs made of busybox, those modules and
#     tests/x86/vm-init.  The guest sees this machine's root file system
#     read-only over virtio-9p, under an overlay whose writes stay in the
#     guest's memory, has no network, and runs tests/x86/vm-guest.sh:
#     the x86 tests through this tree's make check-TESTS, with its
#     in-place tools and the stock x86 cachegrind and DHAT.  It powers off
#     at the end; a timeout bounds the whole run;
#  5. copies the tests' logs and work directories to tests/work/x86-vm/
#     and prints each result, the failed tests' logs, and one closing line
#     "x86-vm: N passed, N failed, N skipped (T s)".  A VM that does not
#     boot or does not finish is one failure, said in one line.
#
# Options:
#   --cache=DIR      where the guest's kernel, modules and busybox are kept
#                    (default: $BENCHGRIND_CACHE, else
#                    ${XDG_CACHE_HOME:-$HOME/.cache}/benchgrind; they go in
#                    its x86-vm/, about 13 MB)
#   --refresh        ask the archive for linux-image-amd64's current kernel
#                    even when the cache has one
#   --timeout=SECS   the longest the VM may run (default 900)
#   --tests='...'    run only these of the x86 tests (default: all)
#
# Needs: qemu-system-x86 (qemu-system-x86_64), apt-get and dpkg-deb,
# flock, and what the x86 tests need.  Run as root or not: QEMU runs as
# the caller, who must be able to read what the tests read.
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
cache=${BENCHGRIND_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/benchgrind}
refresh=no timeout=900 tests=
for a in "$@"; do
   case $a in
   --cache=*) cache=${a#*=} ;;
   --refresh) refresh=yes ;;
   --timeout=*) timeout=${a#*=} ;;
   --tests=*) tests=${a#*=} ;;
   *) sed -n '2,/^set -u/p' "$0" | sed 's/^# \{0,1\}//; $d' >&2; exit 2 ;;
   esac
done
start=$(date +%s)

say() { echo "x86-vm: $*"; }
# finish PASSED FAILED SKIPPED: the closing line
finish() {
   say "$1 passed, $2 failed, $3 skipped ($(( $(date +%s) - start )) s)"
   [ "$2" -eq 0 ]; exit
}
# fail WHY: the run could not happen; one line, one failure
fail() { say "$*"; finish 0 1 0; }

# ---- 1. the tree and its x86 test programs ---------------------------------
[ -f "$here/tests/Makefile" ] || fail "the tree is not configured (./configure && make first)"
[ -x "$here/.in_place/iaicount-x86-linux" ] \
   || fail "no x86-linux tools in $here/.in_place (make first; configure needs Valgrind's x86-linux files and gcc -m32: gcc-multilib)"
tmp=$(mktemp -d) || fail "mktemp failed"
qpid=
cleanup() {
   [ -n "$qpid" ] && kill "$qpid" 2>/dev/null
   rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mk() { make -s --no-print-directory -C "$here/tests" "$@"; }
[ -n "$tests" ] || tests=$(mk x86-tests 2>/dev/null)
[ -n "$tests" ] || fail "make x86-tests in $here/tests lists no tests"
mk x86-progs >"$tmp/progs.out" 2>&1 \
   || { tail -5 "$tmp/progs.out"; fail "the x86 test programs do not build"; }

# ---- 2. nothing to do where 32-bit programs run --------------------------------
if "$here/tests/progs/recursion_m32" 1 >/dev/null 2>&1; then
   say "this machine runs 32-bit programs: make check runs the x86 tests, no VM is needed"
   finish 0 0 0
fi

for t in qemu-system-x86_64 apt-get apt-cache dpkg-deb flock timeout; do
   command -v $t >/dev/null 2>&1 || fail "$t is missing (install qemu-system-x86, apt, dpkg, util-linux, coreutils)"
done
mkdir -p "$cache/x86-vm" && cache=$(cd "$cache/x86-vm" && pwd) || fail "cannot make $cache/x86-vm"

# ---- 3. the guest's kernel, modules and busybox, cached --------------------------

# The modules the guest loads, before their dependencies are added.
WANTED_MODULES="virtio_pci 9pnet_virtio 9p overlay"

# guest_dir: prints the cache directory of a complete guest, making one
# when the cache has none (or --refresh names a kernel it lacks).
guest_dir() {
   if [ "$refresh" = no ] && [ -e "$cache/current/.complete" ]; then
      readlink -f "$cache/current"; return
   fi
   kpkg=$(apt-cache depends linux-image-amd64 2>/dev/null | awk '/Depends: linux-image-/ { print $2; exit }')
   [ -n "$kpkg" ] || { echo "linux-image-amd64 is unknown to apt (apt-get update first; Debian's archive needed)"; return 1; }
   kver=$(apt-cache show --no-all-versions "$kpkg" 2>/dev/null | awk '/^Version:/ { print $2; exit }')
   d=$cache/${kpkg}_$kver
   exec 9>"$cache/.lock"
   flock 9
   if [ ! -e "$d/.complete" ]; then
      make_guest "$d" "$kpkg=$kver" >"$cache/build.log" 2>&1 \
         || { echo "cannot make the guest from $kpkg $kver: $(tail -1 "$cache/build.log") (log: $cache/build.log)"; return 1; }
   fi
   ln -sfn "$(basename "$d")" "$cache/current"
   exec 9>&-
   echo "$d"
}

# make_guest DIR KERNEL-PACKAGE=VERSION
make_guest() {
   d=$1
   rm -rf "$d" "$d.tmp"
   mkdir -p "$d.tmp/debs" "$d.tmp/x" "$d/modules" || return 1
   (cd "$d.tmp/debs" && apt-get -q -o APT::Sandbox::User="$(id -un)" download "$2" busybox-static) || return 1
   dpkg-deb -x "$d.tmp"/debs/busybox-static_*.deb "$d.tmp/x" && cp "$d.tmp/x/bin/busybox" "$d/" || return 1
   # the kernel, and the module directories the wanted modules and their
   # dependencies live in
   dpkg-deb --fsys-tarfile "$d.tmp"/debs/linux-image-*.deb |
      tar -x -C "$d.tmp/x" --wildcards './boot/vmlinuz-*' \
          './lib/modules/*/kernel/fs/*' './lib/modules/*/kernel/net/9p/*' \
          './lib/modules/*/kernel/drivers/virtio/*' || return 1
   cp "$d.tmp"/x/boot/vmlinuz-* "$d/vmlinuz" || return 1
   order=
   for m in $WANTED_MODULES; do add_module "$m" || return 1; done
   printf '%s\n' $order >"$d/modules.order"
   echo "kernel $(basename "$d.tmp"/x/boot/vmlinuz-*), modules:" $order
   rm -rf "$d.tmp"
   touch "$d/.complete"
}

# add_module NAME: NAME after its dependencies (from its .modinfo), into
# $d/modules and the load order $order
add_module() {
   case " $order " in *" $1 "*) return 0 ;; esac
   ko=$(find "$d.tmp/x/lib/modules" \( -name "$1.ko" -o -name "$1.ko.xz" \) | head -1)
   [ -n "$ko" ] || { echo "module $1 is not in the kernel package's fs, net/9p or drivers/virtio"; return 1; }
   case $ko in
   *.xz) xz -dc "$ko" >"$d/modules/$1.ko" || return 1 ;;
   *) cp "$ko" "$d/modules/$1.ko" || return 1 ;;
   esac
   deps=$(tr '\0' '\n' <"$d/modules/$1.ko" | sed -n 's/^depends=//p' | tr , ' ')
   for dep in $deps; do add_module "$dep" || return 1; done
   order="$order $1"
}

guest=$(guest_dir) || fail "$guest"

# ---- 4. the VM ------------------------------------------------------------------
# the initramfs: busybox, the modules, vm-init as /init (a cpio archive
# made by busybox's own cpio)
ird=$tmp/initramfs
mkdir -p "$ird/bin" "$ird/modules" "$ird/proc" "$ird/sys" "$ird/dev" \
         "$ird/lower" "$ird/upper" "$ird/root" "$tmp/share"
cp "$guest/busybox" "$ird/bin/" && cp "$guest"/modules/*.ko "$ird/modules/" \
   && cp "$guest/modules.order" "$ird/" && cp "$here/tests/x86/vm-init" "$ird/init" \
   && chmod +x "$ird/init" \
   && (cd "$ird" && find . | "$guest/busybox" cpio -o -H newc >"$tmp/initramfs.cpio" 2>/dev/null) \
   || fail "cannot make the initramfs in $tmp"

cpus=$(nproc 2>/dev/null || echo 1)
[ "$cpus" -gt 3 ] && cpus=3    # three tests
# shellcheck disable=SC2086
printf 'exec /bin/bash %q %q %q %s\n' "$here/tests/x86/vm-guest.sh" \
   "$here/tests" "$cpus" "$tests" >"$tmp/share/job"

timeout --kill-after=10 "$timeout" qemu-system-x86_64 \
   -nodefaults -no-user-config -machine q35 -accel tcg,thread=multi \
   -cpu max -smp "$cpus" -m 2G -display none -nic none -no-reboot \
   -serial "file:$tmp/console.log" \
   -kernel "$guest/vmlinuz" -initrd "$tmp/initramfs.cpio" \
   -append "console=ttyS0 quiet panic=-1 mitigations=off" \
   -virtfs local,path=/,mount_tag=hostroot,security_model=none,readonly=on,multidevs=remap \
   -virtfs "local,path=$tmp/share,mount_tag=results,security_model=none,multidevs=remap" \
   </dev/null >"$tmp/qemu.out" 2>&1 &
qpid=$!
wait "$qpid"
qstatus=$?
qpid=

# ---- 5. the results ----------------------------------------------------------------
logs=$here/tests/work/x86-vm
rm -rf "$logs"
mkdir -p "$logs"
cp -r "$tmp/share/." "$logs/" 2>/dev/null
cp "$tmp/console.log" "$tmp/qemu.out" "$logs/" 2>/dev/null
rm -f "$logs/job"
grep -E '^x86-vm-(init|guest):' "$logs/console.log" 2>/dev/null | sed 's/\r$//'
if [ ! -f "$logs/status" ]; then
   if [ "$qstatus" -eq 124 ] || [ "$qstatus" -eq 137 ]; then
      # the tests that ended by then (make.log is written into the share)
      grep -E '^(PASS|FAIL|XFAIL|XPASS|SKIP|ERROR):' "$logs/make.log" 2>/dev/null \
         | sed 's/$/ (in the VM, before the timeout)/'
      fail "the VM did not finish within $timeout s (console: $logs/console.log)"
   fi
   why=$(grep -m1 -E '^x86-vm-(init|guest):' "$logs/console.log" 2>/dev/null | sed 's/\r$//')
   [ -n "$why" ] || why=$(grep -v '^\s*$' "$logs/qemu.out" "$logs/console.log" 2>/dev/null | tail -1)
   fail "the VM did not run the tests (QEMU exit $qstatus): ${why:-no output} (logs: $logs)"
fi
pass=0 failed=0 skipped=0
for t in $tests; do
   trs=$logs/logs/${t%.sh}.trs
   r=$(sed -n 's/^:test-result: *//p' "$trs" 2>/dev/null | head -1)
   echo "${r:-ERROR}: $t (in the VM)"
   case $r in
   PASS|XFAIL) pass=$((pass + 1)) ;;
   SKIP) skipped=$((skipped + 1)) ;;
   *) failed=$((failed + 1))
      echo "---- $t"; tail -40 "$logs/logs/${t%.sh}.log" 2>/dev/null
      # a tool that stopped says why on its stderr, which the test keeps
      w=$logs/logs/work/$(dirname "$t")/$(basename "$t" .sh)
      cat "$w"/*.stderr 2>/dev/null | grep -E 'Assertion|failed to start|^valgrind:|: (the|an?) .*error' \
         | sed 's/^==[0-9]*== //' | sort | uniq -c | head -5 ;;
   esac
done
[ "$(cat "$logs/status")" = 0 ] || [ "$failed" -gt 0 ] \
   || { tail -20 "$logs/make.log"; failed=$((failed + 1)); }
finish "$pass" "$failed" "$skipped"
