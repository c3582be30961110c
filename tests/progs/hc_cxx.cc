// C++ allocation: new/delete, new[]/delete[], nothrow, sized and aligned
// forms, and standard containers (vector growth, strings, a map).
#include <cstdio>
#include <map>
#include <new>
#include <string>
#include <vector>

struct alignas(64) Wide { char b[64]; };

static volatile unsigned long sink;

int main()
{
   int *one = new int(7);
   int *arr = new int[100];
   for (int i = 0; i < 100; i++) arr[i] = i;
   for (int i = 0; i < 100; i++) sink += arr[i];
   long *nt = new (std::nothrow) long[10];
   nt[3] = 4;
   Wide *w = new Wide;
   w->b[0] = 1;
   Wide *wa = new Wide[4];
   Wide *wn = new (std::nothrow) Wide;
   std::vector<int> v;
   for (int i = 0; i < 1000; i++) v.push_back(i);
   std::string s;
   for (int i = 0; i < 50; i++) s += "abcdefgh";
   std::map<int, std::string> m;
   for (int i = 0; i < 20; i++) m[i] = std::to_string(i * 1000000);
   sink += v[500] + s.size() + m[7].size();
   ::operator delete(one, sizeof(int));       // sized delete
   delete[] arr;
   delete[] nt;
   delete w;
   delete[] wa;
   ::operator delete(wn, std::align_val_t(64), std::nothrow);
   std::printf("done %lu\n", (unsigned long)sink);
   return 0;
}
