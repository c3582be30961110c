/* Names that must survive the trip through the profile XML and reach a
   terminal escaped: regions, a function and a file whose names hold bytes
   that are not UTF-8, controls (tab, newline, an escape sequence, a C1
   control), a bidi override, markup and backslashes.  Each region does a
   different amount of work, so that its numbers tell it apart, and
   allocates from the oddly named function, for heapcount. */
#include <stdlib.h>
#include <valgrind/iai.h>

static const char *const names[] = {
   "a\xff", "a\xfe", "a?", "a\\xff", "a\\\\xff",
   "tab\there", "nl\nhere", "cr\rhere", "esc\x1b[31mred", "ctl\x01x",
   "c1\xc2\x85next", "bidi\xe2\x80\xaertl", "amp&lt;<b>\"'",
   "caf\xc3\xa9", "nul-free\x7f",
};

/* a function and a file whose names XML cannot carry as they are */
#line 100 "we\xffird\tfile.c"
static __attribute__((noinline, noipa)) unsigned long weird(unsigned long n)
   __asm__("\"weird\xff\x1b[2Jname\"");
static __attribute__((noinline, noipa)) unsigned long weird(unsigned long n)
{
   unsigned long s = 0;
   for (unsigned long i = 0; i < n; i++)
      s += i * 3;
   free(iai_black_box(malloc(n)));
   return iai_black_box(s);
}
#line 30 "names.c"

int main(void)
{
   unsigned long n = sizeof names / sizeof names[0];
   for (unsigned long i = 0; i < n; i++) {
      IAI_REGION_BEGIN(names[i]);
      weird(100 * (i + 1));
      IAI_REGION_END();
   }
   return 0;
}
