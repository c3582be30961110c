/* A client that changes what its output file name was made of:
     outname_client unset VAR        removes VAR from its environment
     outname_client set VAR VALUE    gives VAR another value
     outname_client mkdir DIR        creates DIR
     outname_client exit N           exits with status N
   setenv and unsetenv edit the environment array the process started
   with, where Valgrind's VG_(getenv) reads. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int main(int argc, char **argv)
{
   if (argc == 3 && strcmp(argv[1], "unset") == 0)
      return unsetenv(argv[2]) != 0;
   if (argc == 4 && strcmp(argv[1], "set") == 0)
      return setenv(argv[2], argv[3], 1) != 0;
   if (argc == 3 && strcmp(argv[1], "mkdir") == 0)
      return mkdir(argv[2], 0777) != 0;
   if (argc == 3 && strcmp(argv[1], "exit") == 0)
      return atoi(argv[2]);
   fprintf(stderr, "usage: outname_client unset VAR | set VAR VALUE | "
           "mkdir DIR | exit N\n");
   return 2;
}
