# x86-lib.sh: the x86 tests run only where the x86-linux tools were built
# and this machine can run 32-bit x86 programs (sourced after lib.sh).
[ -x "$VGLIB/iaicount-x86-linux" ] \
   || skip "x86-linux tools not built (configure found no Valgrind x86-linux platform or no gcc -m32)"
p=$tests_builddir/progs
"$p/recursion_m32" 1 >/dev/null 2>"$work/exec.err"
[ $? -eq 126 ] && skip "this machine cannot run 32-bit x86 programs: $(tail -1 "$work/exec.err")"
