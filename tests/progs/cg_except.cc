// C++ exceptions thrown through several frames and caught at different
// depths, for the call-graph oracle; the work in the frames outweighs
// the unwinder's, whose counts differ between callgrind and cachegrind
// (VEX's chasing).
#include <cstdio>
#include <stdexcept>

#define NOINLINE __attribute__((noinline))
static volatile unsigned long sink;

NOINLINE static void work(int n) { for (int i = 0; i < n; i++) sink += i; }

NOINLINE static void thrower(int depth)
{
   work(20000);
   if (depth == 0) throw std::runtime_error("deep");
   thrower(depth - 1);
   sink -= 1;
}

NOINLINE static int catcher(int depth)
{
   try {
      thrower(depth);
   } catch (const std::exception& e) {
      work(50);
      return 1;
   }
   return 0;
}

NOINLINE static void after(void) { work(200); }

int main()
{
   int caught = 0;
   for (int i = 0; i < 5; i++) {
      caught += catcher(3 + i);
      after();
   }
   std::printf("%d %lu\n", caught, sink);
   return 0;
}
