/* Tail calls (built with -O2): direct (middle), through a pointer
   (via_pointer), and a jump to the running function's own first
   instruction (spin, in assembly), which callgrind counts as a call. */
#include <stdio.h>

#define NOINLINE __attribute__((noinline))
static volatile unsigned long sink;

NOINLINE unsigned long leaf(unsigned long x) { sink += x; return x * 3; }
NOINLINE unsigned long middle(unsigned long x) { sink ^= x; return leaf(x + 1); }
NOINLINE unsigned long top(unsigned long x) { return middle(x) + 1; }
NOINLINE unsigned long (*pick(int i))(unsigned long) { return i & 1 ? leaf : middle; }
NOINLINE unsigned long via_pointer(int i, unsigned long x) { sink += i; return pick(i)(x); }

#if defined(__x86_64__)
/* unsigned long spin(unsigned long n): n jumps back to its own entry */
__asm__(".text\n.globl spin\n.type spin, @function\nspin:\n"
        "  test %rdi, %rdi\n  je 1f\n  dec %rdi\n  jmp spin\n"
        "1:\n  mov $7, %eax\n  ret\n.size spin, .-spin\n");
unsigned long spin(unsigned long n);
#else
NOINLINE unsigned long spin(unsigned long n) { return n ? spin(n - 1) : 7; }
#endif

int main(void)
{
   unsigned long s = 0;
   for (int i = 0; i < 100; i++) {
      s += top(i);
      s += via_pointer(i, i);
   }
   s += spin(25);
   printf("%lu\n", s);
   return 0;
}
