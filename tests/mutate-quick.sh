# mutate-quick.sh: make check's short mutation run: mutate.sh with 50
# mutants of each profile (MUTATE_QUICK to change it) and no memcheck.
# The full run (2,000 of each, 50 under memcheck) is in docs/HACKING.md.
MUTANTS=${MUTATE_QUICK:-50} MUTATE_MEMCHECK=0
. "$tests_srcdir/mutate.sh"
