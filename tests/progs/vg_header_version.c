/* Prints the version of the valgrind.h that iai.h brought in, as a
   client program of this build sees it. */
#include <stdio.h>
#include <valgrind/iai.h>

int main(void)
{
   printf("%d.%d\n", __VALGRIND_MAJOR__, __VALGRIND_MINOR__);
   return 0;
}
