/* Loads the stripped library named by argv[1] and has it work argv[2]
   times (default 100000) in its nameless function. */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char** argv)
{
   unsigned long (*work)(unsigned long);
   unsigned long n = argc > 2 ? strtoul(argv[2], NULL, 10) : 100000;
   void* lib = argc > 1 ? dlopen(argv[1], RTLD_NOW) : NULL;
   if (lib == NULL) {
      fprintf(stderr, "usage: stripped_main LIBRARY [N]: %s\n", dlerror());
      return 2;
   }
   work = (unsigned long (*)(unsigned long))dlsym(lib, "bg_stripped_work");
   if (work == NULL) {
      fprintf(stderr, "no bg_stripped_work: %s\n", dlerror());
      return 2;
   }
   printf("%lu\n", work(n));
   return 0;
}
