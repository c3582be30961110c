// hv_cxx.cc: a C++ program whose allocation sites have names full of '<',
// '>' and '&' (templates, references), for heapview's HTML escaping test.
//
// Copyright (C) 2026 The benchgrind authors.
// SPDX-License-Identifier: GPL-2.0-or-later

#include <map>
#include <unistd.h>
#include <vector>

template <typename K, typename V>
__attribute__((noinline)) V *fill(std::map<K, std::vector<V> > &m, const K &k)
{
   std::vector<V> &v = m[k];
   for (int i = 0; i < 100; i++)
      v.push_back(V(i));
   return new V[16];
}

int main()
{
   std::map<int, std::vector<long> > m;
   long *a = fill(m, 1);
   long *b = fill(m, 2);
   delete[] a;
   delete[] b;
   return write(1, "done\n", 5) == 5 ? 0 : 1;
}
