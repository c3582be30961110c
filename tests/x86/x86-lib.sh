# x86-lib.sh: the x86 tests run only where the x86-linux tools were built
# and this machine can run 32-bit x86 programs (sourced after lib.sh).
[ -x "$VGLIB/iaicount-x86-linux" ] \
   || skip "x86-linux tools not built (configure found no Valgrind x86-linux platform or no gcc -m32)"
p=$tests_builddir/progs
"$p/recursion_m32" 1 >/dev/null 2>"$work/exec.err"
[ $? -eq 126 ] && skip "this machine cannot run 32-bit x86 programs: $(tail -1 "$work/exec.err")"

# Valgrind on x86 places the client's stack under the launcher's own
# stack, which the kernel puts at a random page: each page moves the
# D1 and LL misses of stock cachegrind itself (ct_random_m32, three runs
# of cachegrind: D1mr 299805, 299797, 299822).  Every run goes without
# address space randomisation, so that both tools see one layout.
if setarch "$(uname -m)" -R true 2>/dev/null; then
   VG_WRAP="setarch $(uname -m) -R"
elif [ "$(cat /proc/sys/kernel/randomize_va_space 2>/dev/null)" != 0 ]; then
   skip "cannot turn address space randomisation off here (setarch -R), without which x86 cachegrind's counts vary from run to run"
fi
