# heapcount for x86-linux: program-wide and per-site heap figures equal
# the stock x86 DHAT's on -m32 programs (every allocation function, C++).
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/heapcount/hc-lib.sh"
. "$tests_srcdir/x86/x86-lib.sh"
cd "$work" || exit 1
same_as_dhat allocs "$p/hc_allocs_m32"
if [ -x "$p/hc_cxx_m32" ]; then same_as_dhat cxx "$p/hc_cxx_m32"
else fail "no -m32 C++ test program (configure: g++ -m32 cannot link; install g++-multilib)"; fi
finish
