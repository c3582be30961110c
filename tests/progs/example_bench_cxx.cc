/* The bundled example benchmark compiled as C++: the same source, so its
   regions count what example_bench's do (tests/iaicount/iai-header.sh). */
#include "example_bench.c"
