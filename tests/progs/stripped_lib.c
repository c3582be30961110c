/* A shared library linked with -s: no symbol table, no debug info, only
   the exported entry point in .dynsym.  Its work happens in a static
   function, which no symbol names: code without symbols, as in Debian's
   stripped libraries (libz). */
static __attribute__((noinline)) unsigned long mix(unsigned long n)
{
   unsigned long h = 0, i;
   for (i = 0; i < n; i++)
      h = h * 31 + i;
   return h;
}

unsigned long bg_stripped_work(unsigned long n);
unsigned long bg_stripped_work(unsigned long n)
{
   return mix(n) ^ n;
}
