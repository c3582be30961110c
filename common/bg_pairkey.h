/* bg_pairkey.h: hash-table keys made of two 32-bit numbers (a context and
   a region, a site and a region).  On a 64-bit host the key holds the
   pair itself; on a 32-bit one (the x86-linux tools) it cannot, so it is
   a hash of the pair, and a table's nodes keep the pair for
   VG_(HT_gen_lookup) to compare.  Nodes use the key the same way on both.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#ifndef BG_PAIRKEY_H
#define BG_PAIRKEY_H

#include "pub_tool_basics.h"

static inline UWord bg_pair_key(UInt a, UInt b)
{
#if VG_WORDSIZE == 8
   return ((UWord)a << 32) | b;
#else
   return (UWord)(a * 0x9E3779B1u) ^ b;
#endif
}

#endif
