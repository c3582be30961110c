/* ct_indirect.c: many indirect calls through a table of function
   pointers, a switch compiled to a jump table, and data-dependent
   conditional branches.  Part of benchgrind's cachetrace tests. */
#include <stdio.h>
#include <stdlib.h>

typedef unsigned long (*op_fn)(unsigned long);

static unsigned long op_add(unsigned long x) { return x + 7; }
static unsigned long op_mul(unsigned long x) { return x * 3; }
static unsigned long op_xor(unsigned long x) { return x ^ 0x5555; }
static unsigned long op_rot(unsigned long x) { return (x << 5) | (x >> (8 * sizeof x - 5)); }
static unsigned long op_neg(unsigned long x) { return -x; }

static op_fn ops[] = { op_add, op_mul, op_xor, op_rot, op_neg };

static unsigned long dispatch(int k, unsigned long x)
{
   switch (k) {
   case 0: return x + 1;
   case 1: return x - 3;
   case 2: return x * 5;
   case 3: return x >> 1;
   case 4: return x | 9;
   case 5: return x & 0xffff;
   case 6: return x ^ 77;
   default: return x + k;
   }
}

int main(int argc, char** argv)
{
   unsigned long x = 1, seed = 42;
   long n = argc > 1 ? atol(argv[1]) : 200000, i;
   op_fn* volatile table = ops;
   for (i = 0; i < n; i++) {
      seed = seed * 1103515245 + 12345;
      x = table[(seed >> 16) % 5](x);
      x = dispatch((int)((seed >> 8) % 9), x);
      if ((seed >> 20) & 1)
         x += i;
   }
   printf("%lu\n", x);
   return 0;
}
