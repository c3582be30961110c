/* A pop whose value is never used: in two_pops, the first "pop %rbp" is
   overwritten by the second before anything reads %rbp.  Cachegrind has
   VEX keep only the stack pointer exact at memory accesses, so that load
   is dead and gone from the IR it instruments; under Valgrind's default
   (%rbp exact too) it stays.  Argument: how many calls (default 1000). */
#include <stdio.h>
#include <stdlib.h>

void two_pops(void);
__asm__(".text\n"
        ".globl two_pops\n"
        ".type two_pops, @function\n"
        "two_pops:\n"
        "\tpush %rbp\n"
        "\tpush %rbp\n"
        "\tpop %rbp\n"
        "\tpop %rbp\n"
        "\tret\n"
        ".size two_pops, .-two_pops\n");

int main(int argc, char** argv)
{
   long n = argc > 1 ? atol(argv[1]) : 1000, i;
   for (i = 0; i < n; i++)
      two_pops();
   printf("%ld calls\n", n);
   return 0;
}
