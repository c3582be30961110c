#!/bin/bash
# vm-guest.sh: the x86 tests inside the VM of tests/x86-vm.sh, which
# starts it from the job file it writes into the results share.
#
#   vm-guest.sh TESTS-BUILDDIR JOBS TEST...
#
# The guest sees the host's programs and this tree at the host's paths,
# through an overlay that takes its writes (tests/x86/vm-init).  The tests
# run through the tree's own harness (make check-TESTS, the programs
# already built by the host), and their .log and .trs files and work
# directories are copied to the share, with "status" last: the host
# knows by it that the run ended.
set -u
out=/run/x86-vm
tests=$1 jobs=$2
shift 2
export PATH=/usr/local/bin:/usr/bin:/bin:/usr/local/sbin:/usr/sbin:/sbin
export HOME=/root LC_ALL=C
cd "$tests" || { echo "x86-vm-guest: no $tests in the guest"; exit 1; }
echo "x86-vm-guest: $(uname -srm), $(nproc) CPUs"

# This kernel must run 32-bit programs, or nothing here would be shown.
if ! progs/recursion_m32 1 >/dev/null 2>"$out/exec.err"; then
   echo "x86-vm-guest: the guest cannot run 32-bit programs: $(tail -1 "$out/exec.err")"
   exit 1
fi
# check_PROGRAMS= : the host built them, nothing is compiled here
make -j"$jobs" check-TESTS TESTS="$*" check_PROGRAMS= >"$out/make.log" 2>&1
status=$?
echo "x86-vm-guest: the tests took $SECONDS s"
mkdir -p "$out/logs"
for t in "$@"; do
   cp --parents "${t%.sh}.log" "${t%.sh}.trs" "$out/logs/" 2>/dev/null
   d=work/$(dirname "$t")/$(basename "$t" .sh)
   [ -d "$d" ] && cp -r --parents "$d" "$out/logs/"
done
echo "$status" >"$out/status"
