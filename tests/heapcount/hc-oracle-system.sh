# heapcount equals DHAT, program-wide and per site, on system programs the
# tests have never seen, where DHAT itself gives the same figures twice:
# perl (its hash seed fixed) and the g++ driver (cc1plus and as, which it
# starts, are not traced).
#
# Both tools run from a VALGRIND_LIB where heapcount is also installed as
# "hcnt", a name as long as "dhat": Valgrind puts the preload's path,
# which holds the tool's name, into LD_PRELOAD, and perl copies its
# environment into the heap, so under the name "heapcount" its TotalBytes,
# ReadBytes and WriteBytes are 10 above DHAT's (twice the 5 characters).
# python3 is no oracle across tools even with PYTHONHASHSEED fixed: its
# dictionaries keyed by object addresses (a type's subclasses) probe
# differently when the libraries load elsewhere, and the two preloads
# differ in size (ReadBytes differ by about 0.02%; DHAT's own move as
# much with --aspace-minaddr).
. "$tests_srcdir/lib.sh"
. "$tests_srcdir/heapcount/hc-lib.sh"
cd "$work" || exit 1

mkdir lib
for f in "$VGLIB"/*; do ln -s "$f" lib/; done
ln -s "$VGLIB/heapcount-$VG_PLATFORM" "lib/hcnt-$VG_PLATFORM"
ln -s "$VGLIB/vgpreload_heapcount-$VG_PLATFORM.so" "lib/vgpreload_hcnt-$VG_PLATFORM.so"
VGLIB=$work/lib

# system_oracle LABEL PROG ARGS...: DHAT twice, heapcount (as hcnt) once,
# each after the command in $fresh (which puts back the files the program
# finds: the g++ driver does more when its output file exists already).
system_oracle() {
   label=$1; shift
   ${fresh:-:}
   vg "$label.hc" --tool=hcnt --heapcount-out-file="$work/$label.hc.xml" "$@"
   ${fresh:-:}
   vg "$label.dh" --tool=dhat --fullpath-after= --dhat-out-file="$work/$label.dhat.json" "$@"
   ${fresh:-:}
   vg "$label.dh2" --tool=dhat --fullpath-after= --dhat-out-file="$work/$label.dhat2.json" "$@"
   repeatable "$label" "$(dhat_totals "$label.dhat.json" | cut -d' ' -f1-8)" \
      "$(dhat_totals "$label.dhat2.json" | cut -d' ' -f1-8)" || return 0
   compare_with_dhat "$label" "$work/$label.hc.xml" "$work/$label.dhat.json" sites
}

VG_ENV="PERL_HASH_SEED=0 PERL_PERTURB_KEYS=0" system_oracle perl \
   /usr/bin/perl -e 'my %h = map { $_ => 1 } 1 .. 2000; print scalar(keys %h), "\n"'
printf 'int main() { return 0; }\n' >hello.cc
fresh="rm -f hello.o" VG_ENV="TMPDIR=$work" system_oracle g++ /usr/bin/g++ -c hello.cc -o hello.o
[ -s hello.o ] || fail "g++: no hello.o"
finish
