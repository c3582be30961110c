/* bg_cglabels.h: the labels of cachegrind's stderr summary that changed
   between Valgrind versions.  Cachegrind 3.21 dropped the inner spaces of
   "I   refs:" and "D   refs:" (the numbers stay in the same column); the
   tools print the layout of the cachegrind they are built beside, so
   that scripts reading cachegrind's text read theirs.  Each label is 9
   characters wide.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#ifndef BG_CGLABELS_H
#define BG_CGLABELS_H

#include "valgrind.h"     /* __VALGRIND_MAJOR__, __VALGRIND_MINOR__ */

#if __VALGRIND_MAJOR__ > 3 || (__VALGRIND_MAJOR__ == 3 && __VALGRIND_MINOR__ >= 21)
#define BG_CG_I_REFS "I refs:  "
#define BG_CG_D_REFS "D refs:  "
#else
#define BG_CG_I_REFS "I   refs:"
#define BG_CG_D_REFS "D   refs:"
#endif

#endif
