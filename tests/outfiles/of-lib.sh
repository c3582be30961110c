# of-lib.sh: helpers for the output-file tests (sourced after lib.sh).

is_root() { [ "$(id -u)" = 0 ]; }

# node FILE: the kind of node FILE is, its device numbers and inode.
node() { stat -c '%F %t:%T %i' "$1"; }

# no_temps DIR...: no temporary file is left in any DIR.
no_temps() {
   for d; do
      for t in "$d"/*.tmp.* "$d"/.*.tmp.*; do
         [ -e "$t" ] || [ -L "$t" ] || continue
         fail "temporary file left behind: $t"
      done
   done
}

# mount_small DIR KB: a tmpfs of KB kilobytes at DIR, unmounted at exit.
# Skips the test when mounting is not permitted (not root).
mounts=
mount_small() {
   mkdir -p "$1"
   mount -t tmpfs -o size="$2"k tmpfs "$1" 2>/dev/null \
      || skip "cannot mount a tmpfs here (mount needs root)"
   mounts="$mounts $1"
   trap 'for m in $mounts; do umount "$m"; done' EXIT
}

# msgs FILE: the lines of a Valgrind stderr file without "==pid== ".
msgs() { sed 's/^==[0-9]*== //' "$1"; }

# last_msg FILE: its last line, so.
last_msg() { msgs "$1" | tail -n 1; }

# vg_as_pid NAME SETUP VALGRIND-ARGS...: like vg, but Valgrind runs in a
# shell's own process (exec), so a test knows the pid the tool will have
# and can plant files under the names it will use: SETUP (shell code) runs
# first with $pid set, and the pid is left in $work/NAME.pid.
vg_as_pid() {
   name=$1 setup=$2; shift 2
   # shellcheck disable=SC2016
   sh -c 'pid=$$; echo "$pid" >"$1"; eval "$2"; shift 2; exec "$@"' sh \
      "$work/$name.pid" "$setup" \
      env -i PATH=/usr/bin:/bin LC_ALL=C VALGRIND_LIB="$VGLIB" \
      "$VALGRIND" --command-line-only=yes "$@" \
      >"$work/$name.stdout" 2>"$work/$name.stderr" </dev/null
}
