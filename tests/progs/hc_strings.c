/* The string, wide-character and environment functions whose reads and
   writes DHAT's preload counts its own way (strcasestr, wcs*, wmemchr,
   bcopy, and the putenv/setenv/unsetenv wrappers; and those its preload
   replaces only in later Valgrinds: wmemcmp, wcsncpy, memccpy, wcpncpy,
   wcscat, strlcpy and strlcat where the C library has them), each on
   heap blocks allocated at a site of its own.  Built with -fno-builtin,
   so every call reaches the C library. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>

static wchar_t* wide(const wchar_t* s)
{
   wchar_t* w = malloc((wcslen(s) + 1) * sizeof *w);
   return wcscpy(w, s);
}

static char* narrow(const char* s)
{
   return strcpy(malloc(strlen(s) + 1), s);
}

int main(void)
{
   wchar_t* a = wide(L"the quick brown fox jumps over the lazy dog");
   wchar_t* b = wide(L"the quick brown fox jumps over the lazy cat");
   wchar_t* c = malloc(64 * sizeof *c);
   wchar_t* tail = wide(L", twice");
   char* hay = narrow("Some Text With A NEEDLE in the Middle of it");
   char* needle = narrow("needle");
   char* env = narrow("BG_STRINGS_TEST=from putenv");
   char* name = narrow("BG_STRINGS_NAME");
   char* value = narrow("a value set by setenv");
   char* src = narrow("bytes copied by bcopy, forwards and backwards");
   char* dst = malloc(64);
   long sum = 0;

   sum += (long)wcslen(a) + (long)wcsnlen(b, 10) + (long)wcsnlen(b, 1000);
   sum += wcscmp(a, b) + wcsncmp(a, b, 20) + wcsncmp(a, b, 100);
   wcscpy(c, a);
   sum += wcschr(c, L'z') - c;
   sum += wcsrchr(c, L'o') - c;
   sum += wmemchr(c, L'j', wcslen(c)) - c;
   sum += wcschr(c, L'#') == NULL;
   sum += strcasestr(hay, needle) - hay;
   sum += strcasestr(hay, "middle") - hay;
   sum += strcasestr(hay, "absent") == NULL;
   bcopy(src, dst, strlen(src) + 1);
   bcopy(dst, dst + 3, 20);              /* overlapping, copied backwards */
   bcopy(dst + 3, dst, 20);              /* overlapping, copied forwards */
   /* replaced by DHAT's preload since 3.21 to 3.25 */
   sum += wmemcmp(a, b, wcslen(a)) + wmemcmp(a, b, 10);
   wcsncpy(c, b, 64);                    /* zero-filled to 64 */
   wcsncpy(c, a, 5);                     /* no terminator copied */
   sum += wcpncpy(c, b, 50) - c;
   c[0] = L'\0';
   wcscat(c, a);                         /* 43 of 64 */
   wcscat(c, tail);
   sum += memccpy(dst, src, 'f', 64) != NULL;
   sum += memccpy(dst, src, '#', 40) == NULL;
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 38)
   sum += (long)strlcpy(dst, src, 64) + (long)strlcpy(dst, src, 10);
   sum += (long)strlcat(dst, needle, 64) + (long)strlcat(dst, hay, 20);
#endif
   putenv(env);
   setenv(name, value, 1);
   sum += (long)strlen(getenv("BG_STRINGS_NAME"));
   unsetenv(name);
   unsetenv("BG_STRINGS_TEST");
   printf("%ld %s\n", sum, dst);
   free(a); free(b); free(c); free(tail); free(hay); free(needle); free(name);
   free(value); free(src); free(dst);
   return 0;                             /* env stays: putenv keeps it */
}
