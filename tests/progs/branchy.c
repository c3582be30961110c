/* Many conditional side exits: data-dependent branches, a switch, and
   short-circuit conditions (VEX's "&&" chasing). */
#include <stdio.h>
#include <stdlib.h>

static unsigned state = 12345;
static unsigned next(void) { state = state * 1103515245u + 12345u; return state >> 8; }

static int classify(unsigned v)
{
   if (v % 3 == 0 && v % 5 == 0) return 0;
   if (v % 3 == 0 || v % 7 == 1) return 1;
   switch (v & 7) {
   case 0: return 2;
   case 1: case 2: return 3;
   case 5: return v > 1000 ? 4 : 5;
   default: return 6;
   }
}

int main(int argc, char **argv)
{
   int n = argc > 1 ? atoi(argv[1]) : 20000;
   unsigned hist[7] = {0};
   for (int i = 0; i < n; i++) {
      unsigned v = next();
      if (v & 1) hist[classify(v)]++;
      else if ((v & 6) && (v & 24)) hist[classify(v >> 3)] += 2;
   }
   for (int i = 0; i < 7; i++) printf("%u ", hist[i]);
   printf("\n");
   return 0;
}
