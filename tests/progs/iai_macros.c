/* Every macro of <valgrind/iai.h>, on values of several kinds.  Compiled
   as each C and C++ standard by tests/iaicount/iai-header.sh (hence no
   feature of either language that the other lacks). */
#include <valgrind/iai.h>

struct pair {
   int a, b;
};

static struct pair swap(struct pair p)
{
   struct pair q;
   q.a = p.b;
   q.b = p.a;
   return q;
}

IAI_BENCH(scalars)
{
   iai_black_box(iai_black_box(2) * iai_black_box(3.5));
}

IAI_BENCH(pointers)
{
   static const char text[] = "abc";
   iai_black_box(iai_black_box(text)[1]);
}

IAI_BENCH(structs)
{
   struct pair p;
   p.a = 1;
   p.b = 2;
   iai_black_box(swap(iai_black_box(p)).a);
}

IAI_BENCH(requests)
{
   IAI_REGION_BEGIN("inner");
   IAI_COLLECT_STOP();
   IAI_COLLECT_START();
   IAI_REGION_END();
}

IAI_MAIN()
