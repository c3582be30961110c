# bg_valgrind.m4: which Valgrind benchgrind is built against.
#
# One Valgrind installation supplies everything: valgrind.pc, the headers,
# libcoregrind/libvex, the launcher and the stock tools (cachegrind, DHAT
# and the rest the tests compare with).  They are taken from one prefix and
# their versions must agree; an incomplete or too old installation stops
# configure with one line saying what to install.  Where the tool API
# differs between versions a compile test decides, not the version number.

# What a user installs to get Valgrind's development files.
m4_define([BG_VALGRIND_HINT],
  [install Valgrind 3.19 or later with its development files (Debian and Ubuntu: package valgrind; Fedora: valgrind-devel) or give --with-valgrind=PREFIX])

# BG_VG_PKG ARGS...: pkg-config on the chosen valgrind.pc only.
AC_DEFUN([BG_VG_PKG_FUNCTION], [
bg_vg_pkg() {
  if test -n "$bg_vg_pcdir"; then
    PKG_CONFIG_LIBDIR=$bg_vg_pcdir PKG_CONFIG_PATH= $PKG_CONFIG "$[@]" valgrind
  else
    $PKG_CONFIG "$[@]" valgrind
  fi
}
])

# BG_VALGRIND: sets and substitutes VG_VERSION, VG_PCFILEDIR, VG_PREFIX, VG_PLATFORM,
# VG_ARCH, VG_OS, VG_LOAD_ADDRESS, VG_INCLUDEDIR, VG_CLIENT_CPPFLAGS (the
# -I for <valgrind/valgrind.h>), VG_LIBDIR, VG_BINDIR,
# VALGRIND (the launcher) and VG_STOCK_LIBEXECDIR (where the launcher
# finds its tools).
AC_DEFUN([BG_VALGRIND], [
AC_REQUIRE([PKG_PROG_PKG_CONFIG])
BG_VG_PKG_FUNCTION
AC_ARG_WITH([valgrind],
  [AS_HELP_STRING([--with-valgrind=PREFIX],
     [build against the Valgrind installed under PREFIX: its valgrind.pc,
      headers, libraries, launcher and tools @<:@the valgrind.pc that
      pkg-config finds@:>@])],
  [], [with_valgrind=])
AS_CASE([$with_valgrind],
  [yes|no], [AC_MSG_ERROR([--with-valgrind needs the PREFIX of a Valgrind installation])])

bg_vg_pcdir=
AS_IF([test -n "$with_valgrind"], [
  AC_MSG_CHECKING([for valgrind.pc under $with_valgrind])
  for d in "$with_valgrind"/lib/pkgconfig "$with_valgrind"/lib64/pkgconfig \
           "$with_valgrind"/lib/*/pkgconfig "$with_valgrind"/share/pkgconfig; do
    AS_IF([test -r "$d/valgrind.pc"], [bg_vg_pcdir=$d; break])
  done
  AS_IF([test -z "$bg_vg_pcdir"],
    [AC_MSG_RESULT([no])
     AC_MSG_ERROR([no valgrind.pc under $with_valgrind: BG_VALGRIND_HINT])])
  AC_MSG_RESULT([$bg_vg_pcdir])
], [
  AC_MSG_CHECKING([for Valgrind's development files (valgrind.pc)])
  AS_IF([bg_vg_pkg --exists], [AC_MSG_RESULT([yes])],
    [AC_MSG_RESULT([no])
     AC_MSG_ERROR([pkg-config finds no valgrind.pc: BG_VALGRIND_HINT])])
])

VG_VERSION=`bg_vg_pkg --modversion`
VG_PCFILEDIR=`bg_vg_pkg --variable=pcfiledir`
VG_PREFIX=`bg_vg_pkg --variable=prefix`
VG_PLATFORM=`bg_vg_pkg --variable=platform`
VG_ARCH=`bg_vg_pkg --variable=arch`
VG_OS=`bg_vg_pkg --variable=os`
VG_LOAD_ADDRESS=`bg_vg_pkg --variable=valt_load_address`
VG_INCLUDEDIR=`bg_vg_pkg --variable=includedir`
VG_LIBDIR=`bg_vg_pkg --variable=libdir`/valgrind
VG_BINDIR=`bg_vg_pkg --variable=exec_prefix`/bin

AS_IF([test -n "$with_valgrind"], [
  bg_want=`cd "$with_valgrind" && pwd -P`
  bg_have=`cd "$VG_PREFIX" 2>/dev/null && pwd -P`
  AS_IF([test "x$bg_want" != "x$bg_have"],
    [AC_MSG_ERROR([$bg_vg_pcdir/valgrind.pc belongs to a Valgrind under '$VG_PREFIX', not $with_valgrind: reinstall that Valgrind with --prefix=$with_valgrind])])
])

AC_MSG_CHECKING([Valgrind's version])
AC_MSG_RESULT([$VG_VERSION (under $VG_PREFIX)])
bg_vg_major=`echo "$VG_VERSION" | sed -n 's/^\([[0-9]][[0-9]]*\)\..*/\1/p'`
bg_vg_minor=`echo "$VG_VERSION" | sed -n 's/^[[0-9]][[0-9]]*\.\([[0-9]][[0-9]]*\).*/\1/p'`
AS_IF([test -z "$bg_vg_major" || test -z "$bg_vg_minor"],
  [AC_MSG_ERROR([valgrind.pc under $VG_PREFIX gives no usable version ('$VG_VERSION'): BG_VALGRIND_HINT])])
AS_IF([test "$bg_vg_major" -lt 3 || { test "$bg_vg_major" -eq 3 && test "$bg_vg_minor" -lt 19; }],
  [AC_MSG_ERROR([Valgrind $VG_VERSION under $VG_PREFIX is too old for benchgrind: install Valgrind 3.19 or later (with its development files) or give --with-valgrind=PREFIX])])
AS_IF([test "$bg_vg_major" -gt 3 || test "$bg_vg_minor" -gt 27],
  [AC_MSG_WARN([Valgrind $VG_VERSION is newer than any benchgrind was tested with (3.19 to 3.27)])])

AS_IF([test "x$VG_PLATFORM" != xamd64-linux],
  [AC_MSG_ERROR([benchgrind builds for amd64-linux (and x86-linux beside it) only; Valgrind under $VG_PREFIX is for '$VG_PLATFORM'])])

# The headers: the tool API, and valgrind.h of the same version.
AC_MSG_CHECKING([for Valgrind's tool headers in $VG_INCLUDEDIR])
AS_IF([test -r "$VG_INCLUDEDIR/pub_tool_tooliface.h" && test -r "$VG_INCLUDEDIR/valgrind.h"],
  [AC_MSG_RESULT([yes])],
  [AC_MSG_RESULT([no])
   AC_MSG_ERROR([Valgrind's tool headers (pub_tool_tooliface.h, valgrind.h) are missing from $VG_INCLUDEDIR: BG_VALGRIND_HINT])])
# <valgrind/valgrind.h>, as iai.h and client programs include it, must be
# this one, not whatever lies in the compiler's default path.
AS_IF([test "x`basename "$VG_INCLUDEDIR"`" = xvalgrind], [],
  [AC_MSG_ERROR([Valgrind's headers are in $VG_INCLUDEDIR, not in a directory named valgrind, so <valgrind/valgrind.h> cannot be found: BG_VALGRIND_HINT])])
VG_CLIENT_CPPFLAGS="-I`dirname "$VG_INCLUDEDIR"`"
bg_save_CPPFLAGS=$CPPFLAGS
CPPFLAGS="-I$VG_INCLUDEDIR $CPPFLAGS"
AC_COMPUTE_INT([bg_h_major], [__VALGRIND_MAJOR__], [[#include <valgrind.h>]], [bg_h_major=])
AC_COMPUTE_INT([bg_h_minor], [__VALGRIND_MINOR__], [[#include <valgrind.h>]], [bg_h_minor=])
CPPFLAGS=$bg_save_CPPFLAGS
AS_IF([test "x$bg_h_major.$bg_h_minor" != "x$bg_vg_major.$bg_vg_minor"],
  [AC_MSG_ERROR([$VG_INCLUDEDIR/valgrind.h is for Valgrind $bg_h_major.$bg_h_minor, valgrind.pc says $VG_VERSION: reinstall Valgrind's development files])])

# The libraries a tool links with.
for bg_f in libcoregrind-$VG_PLATFORM.a libvex-$VG_PLATFORM.a libreplacemalloc_toolpreload-$VG_PLATFORM.a; do
  AC_MSG_CHECKING([for $bg_f])
  AS_IF([test -r "$VG_LIBDIR/$bg_f"], [AC_MSG_RESULT([yes])],
    [AC_MSG_RESULT([no])
     AC_MSG_ERROR([$VG_LIBDIR has no $bg_f, so tools cannot be built: BG_VALGRIND_HINT])])
done

# The launcher of the same prefix, and the tools it starts.
VALGRIND=$VG_BINDIR/valgrind
AC_MSG_CHECKING([for the valgrind launcher $VALGRIND])
AS_IF([test -x "$VALGRIND"], [AC_MSG_RESULT([yes])],
  [AC_MSG_RESULT([no])
   AC_MSG_ERROR([$VALGRIND is missing: install the Valgrind whose development files are under $VG_PREFIX completely])])
AC_MSG_CHECKING([the version of $VALGRIND and of its tools])
bg_launch=`env -u VALGRIND_LIB "$VALGRIND" -d --tool=none --version 2>conftest.err`
bg_vg_tooldir=`sed -n 's/^.*launcher launching \(.*\)\/none-[[^/]]*$/\1/p' conftest.err`
rm -f conftest.err
AC_MSG_RESULT([$bg_launch, tools in $bg_vg_tooldir])
AS_IF([test "x$bg_launch" != "xvalgrind-$VG_VERSION"],
  [AC_MSG_ERROR([$VALGRIND runs '$bg_launch' but the headers and libraries are Valgrind $VG_VERSION: install one complete Valgrind and give its prefix with --with-valgrind=PREFIX])])
AS_IF([test -z "$bg_vg_tooldir" || test ! -x "$bg_vg_tooldir/none-$VG_PLATFORM"],
  [AC_MSG_ERROR([cannot tell where $VALGRIND finds its tools: install the Valgrind under $VG_PREFIX completely])])
VG_STOCK_LIBEXECDIR=$bg_vg_tooldir

AC_ARG_WITH([tooldir],
  [AS_HELP_STRING([--with-tooldir=DIR],
     [where 'make install' puts the tools @<:@the directory where the
      Valgrind launcher finds its tools@:>@])],
  [toolinstalldir=$withval], [toolinstalldir=$VG_STOCK_LIBEXECDIR])

AC_DEFINE_UNQUOTED([BG_VALGRIND_VERSION], ["$VG_VERSION"],
  [The version of the Valgrind the tools are built against.])
AC_DEFINE_UNQUOTED([BG_VALGRIND_PREFIX], ["$VG_PREFIX"],
  [The prefix of the Valgrind the tools are built against.])
AC_SUBST([VG_VERSION])
AC_SUBST([VG_PCFILEDIR])
AC_SUBST([VG_PREFIX])
AC_SUBST([VG_PLATFORM])
AC_SUBST([VG_ARCH])
AC_SUBST([VG_OS])
AC_SUBST([VG_LOAD_ADDRESS])
AC_SUBST([VG_INCLUDEDIR])
AC_SUBST([VG_CLIENT_CPPFLAGS])
AC_SUBST([VG_LIBDIR])
AC_SUBST([VG_BINDIR])
AC_SUBST([VG_STOCK_LIBEXECDIR])
AC_SUBST([VALGRIND])
AC_SUBST([toolinstalldir])
])

# BG_VALGRIND_API: compile tests for the parts of the tool API that
# changed between the supported versions.
AC_DEFUN([BG_VALGRIND_API], [
bg_save_CPPFLAGS=$CPPFLAGS
bg_save_CFLAGS=$CFLAGS
CPPFLAGS="-I$VG_INCLUDEDIR -DVGA_$VG_ARCH=1 -DVGO_$VG_OS=1 -DVGP_${VG_ARCH}_$VG_OS=1 -DVGPV_${VG_ARCH}_${VG_OS}_vanilla=1"
CFLAGS="-m64 -Werror=incompatible-pointer-types"

# Since about 3.22 the aligned allocation callbacks of
# needs_malloc_replacement also get the alignment the client asked for
# (memalign's size moves to the fourth argument).
AC_MSG_CHECKING([whether Valgrind's aligned allocation callbacks take the original alignment])
# The test program's callbacks take $bg_memalign_args and $bg_new_args.
m4_define([BG_MALLOC_PROGRAM], [AC_LANG_SOURCE([[
#include "pub_tool_basics.h"
#include "pub_tool_tooliface.h"
static void* m($bg_memalign_args) { return 0; }
static void* a($bg_new_args) { return 0; }
void bg_test(void);
void bg_test(void)
{
   VG_(needs_malloc_replacement)(0, 0, a, 0, a, m, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
]])])
bg_memalign_args="ThreadId t, SizeT al, SizeT orig, SizeT n"
bg_new_args="ThreadId t, SizeT n, SizeT al, SizeT orig"
AC_COMPILE_IFELSE([BG_MALLOC_PROGRAM],
  [AC_MSG_RESULT([yes])
   AC_DEFINE([BG_ALIGNED_ALLOC_ORIG_ALIGN], [1],
     [Define if the aligned allocation callbacks take the original alignment too.])],
  [bg_memalign_args="ThreadId t, SizeT al, SizeT n"
   bg_new_args="ThreadId t, SizeT n, SizeT al"
   AC_COMPILE_IFELSE([BG_MALLOC_PROGRAM],
     [AC_MSG_RESULT([no])],
     [AC_MSG_RESULT([neither form compiles])
      AC_MSG_ERROR([VG_(needs_malloc_replacement) of Valgrind $VG_VERSION has a form benchgrind does not know (see config.log)])])])

# Newer Valgrinds (3.24 has it) return a SysRes from
# VG_(am_shadow_alloc), older ones a pointer (NULL on failure).
AC_MSG_CHECKING([whether VG_(am_shadow_alloc) returns a SysRes])
AC_COMPILE_IFELSE([AC_LANG_SOURCE([[
#include "pub_tool_basics.h"
#include "pub_tool_aspacemgr.h"
SysRes bg_test(void);
SysRes bg_test(void) { return VG_(am_shadow_alloc)(4096); }
]])],
  [AC_MSG_RESULT([yes])
   AC_DEFINE([BG_SHADOW_ALLOC_SYSRES], [1],
     [Define if VG_(am_shadow_alloc) returns a SysRes.])],
  [AC_MSG_RESULT([no])])

CPPFLAGS=$bg_save_CPPFLAGS
CFLAGS=$bg_save_CFLAGS
])

# BG_VALGRIND_X86: sets BG_PLATFORMS (the platforms built) and the
# conditional BG_X86: whether to build the x86-linux tools beside the
# amd64-linux ones (as Valgrind builds its secondary platform): Valgrind
# has them (libcoregrind-x86-linux.a, its own x86 tools) and 'gcc -m32'
# links.  --disable-x86 turns it off; --enable-x86 makes it required.
AC_DEFUN([BG_VALGRIND_X86], [
AC_ARG_ENABLE([x86],
  [AS_HELP_STRING([--enable-x86],
     [build the tools for 32-bit x86 clients too @<:@when Valgrind and gcc -m32 can@:>@])],
  [], [enable_x86=auto])
bg_x86=no
VG_LOAD_ADDRESS_X86=
AS_IF([test "x$enable_x86" != xno], [
  AC_PATH_TOOL([READELF], [readelf])
  AC_MSG_CHECKING([for Valgrind's x86-linux platform])
  bg_x86_why=
  for bg_f in libcoregrind-x86-linux.a libvex-x86-linux.a libreplacemalloc_toolpreload-x86-linux.a; do
    AS_IF([test -r "$VG_LIBDIR/$bg_f"], [], [bg_x86_why="$VG_LIBDIR has no $bg_f"])
  done
  AS_IF([test -z "$bg_x86_why" && test ! -x "$VG_STOCK_LIBEXECDIR/none-x86-linux"],
    [bg_x86_why="$VG_STOCK_LIBEXECDIR has no x86-linux tools"])
  AS_IF([test -z "$bg_x86_why"], [
    VG_LOAD_ADDRESS_X86=`$READELF -lW "$VG_STOCK_LIBEXECDIR/none-x86-linux" 2>/dev/null | awk '$[1] == "LOAD" { print $[3]; exit }'`
    AS_IF([test -z "$VG_LOAD_ADDRESS_X86"],
      [bg_x86_why="cannot read the load address of $VG_STOCK_LIBEXECDIR/none-x86-linux"])
  ])
  AS_IF([test -z "$bg_x86_why"], [
    bg_save_CFLAGS=$CFLAGS
    bg_save_LIBS=$LIBS
    CFLAGS="-m32"
    LIBS="-lgcc"
    AC_LINK_IFELSE([AC_LANG_PROGRAM([[]], [[return 0;]])], [],
      [bg_x86_why="$CC -m32 cannot link (install gcc-multilib)"])
    CFLAGS=$bg_save_CFLAGS
    LIBS=$bg_save_LIBS
  ])
  AS_IF([test -z "$bg_x86_why"],
    [bg_x86=yes; AC_MSG_RESULT([yes, load address $VG_LOAD_ADDRESS_X86])],
    [AC_MSG_RESULT([no: $bg_x86_why])])
  AS_IF([test "x$enable_x86" = xyes && test "x$bg_x86" = xno],
    [AC_MSG_ERROR([--enable-x86: $bg_x86_why])])
])
# C++ test programs for x86 need g++'s 32-bit library too (g++-multilib).
bg_x86_cxx=no
AS_IF([test "x$bg_x86" = xyes], [
  AC_MSG_CHECKING([whether $CXX -m32 links C++ programs (x86 tests)])
  AC_LANG_PUSH([C++])
  bg_save_CXXFLAGS=$CXXFLAGS
  CXXFLAGS="-m32"
  AC_LINK_IFELSE([AC_LANG_PROGRAM([[#include <cstdio>]], [[std::puts("");]])],
    [bg_x86_cxx=yes])
  CXXFLAGS=$bg_save_CXXFLAGS
  AC_LANG_POP([C++])
  AC_MSG_RESULT([$bg_x86_cxx])
])
AM_CONDITIONAL([BG_X86], [test "x$bg_x86" = xyes])
AM_CONDITIONAL([BG_X86_CXX], [test "x$bg_x86_cxx" = xyes])
BG_PLATFORMS=$VG_PLATFORM
AS_IF([test "x$bg_x86" = xyes], [BG_PLATFORMS="$BG_PLATFORMS x86-linux"])
AC_SUBST([VG_LOAD_ADDRESS_X86])
AC_SUBST([BG_PLATFORMS])
])

# BG_TOOL_USER_FLAGS: the user's CFLAGS and LDFLAGS as the tool code gets
# them (BG_TOOL_USER_CFLAGS, BG_TOOL_USER_LDFLAGS).  They come after a
# target's own flags on the command line, so a distribution's hardening
# flags would win over -fno-stack-protector and friends; code that runs
# inside Valgrind gets them without what needs libc or a dynamic link
# (stack protector, position independence, LTO, compiler spec files).
AC_DEFUN([BG_TOOL_USER_FLAGS], [
bg_filter_flags() {
  bg_out=
  for bg_f in $[1]; do
    AS_CASE([$bg_f],
      [-fstack-protector*|-fpie|-fPIE|-fpic|-fPIC|-pie|-flto*|-ffat-lto-objects|-specs=*|-fsanitize*|-pg|-m32|-m64], [],
      [bg_out="$bg_out $bg_f"])
  done
  echo $bg_out
}
BG_TOOL_USER_CFLAGS=`bg_filter_flags "$CFLAGS"`
BG_TOOL_USER_LDFLAGS=`bg_filter_flags "$LDFLAGS"`
AC_SUBST([BG_TOOL_USER_CFLAGS])
AC_SUBST([BG_TOOL_USER_LDFLAGS])
])

# BG_DHAT_PRELOAD: which of the string functions DHAT's preload replaced
# only after 3.19 the chosen Valgrind's DHAT preload replaces, read from
# its dynamic symbols (m_redir's _vgr<tag>ZU_<soname>_<name>, the
# authoritative list); heapcount's preload then replaces the same set
# (config.h: HC_DHAT_<NAME>; tests/heapcount/hc-preload.sh compares them).
AC_DEFUN([BG_DHAT_PRELOAD], [
AC_PATH_TOOL([NM], [nm])
bg_dhat_so=$VG_STOCK_LIBEXECDIR/vgpreload_dhat-$VG_PLATFORM.so
bg_dhat_syms=
AS_IF([test -n "$NM" && test -r "$bg_dhat_so"],
  [bg_dhat_syms=`$NM -D --defined-only "$bg_dhat_so" 2>/dev/null | awk '{ print $[3] }'`])
AS_IF([test -z "$bg_dhat_syms"],
  [AC_MSG_WARN([cannot read the redirections of $bg_dhat_so: heapcount replaces the string functions of DHAT 3.19 only])])
BG_DHAT_REPLACES([LDSO_STRNCMP], [ld.so's strncmp], [ldZhlinuxZhx86Zh64ZdsoZd2_strncmp])
BG_DHAT_REPLACES([STRLCAT], [strlcat], [libcZdsoZa_strlcat])
BG_DHAT_REPLACES([STRLCPY], [strlcpy], [libcZdsoZa_strlcpy])
BG_DHAT_REPLACES([WMEMCMP], [wmemcmp], [libcZdsoZa_wmemcmp])
BG_DHAT_REPLACES([WCSNCPY], [wcsncpy], [libcZdsoZa_wcsncpy])
BG_DHAT_REPLACES([MEMCCPY], [memccpy], [libcZdsoZa_memccpy])
BG_DHAT_REPLACES([WCPNCPY], [wcpncpy], [libcZdsoZa_wcpncpy])
BG_DHAT_REPLACES([WCSCAT_AVX2], [__wcscat_avx2], [libcZdsoZa___wcscat_avx2])
])

# BG_DHAT_REPLACES(MACRO, FUNCTION, SONAME_FUNCTION): defines HC_DHAT_MACRO
# when DHAT's preload has a replacement _vgr<tag>ZU_SONAME_FUNCTION.
AC_DEFUN([BG_DHAT_REPLACES], [
AC_MSG_CHECKING([whether DHAT's preload replaces $2])
AS_IF([echo "$bg_dhat_syms" | grep -q '^_vgr[[0-9]]*ZU_$3$'],
  [AC_MSG_RESULT([yes])
   AC_DEFINE([HC_DHAT_$1], [1], [Define if DHAT's preload replaces $2.])],
  [AC_MSG_RESULT([no])])
])
