/* hc_replace_strmem.c: string, memory and environment functions of the
   heapcount preload (vgpreload_heapcount-amd64-linux.so), run on the
   simulated CPU in place of glibc's.

   Why: glibc's vectorised versions read past the bytes they need (whole
   aligned chunks, overlapping tail loads), so the bytes read and written
   inside heap blocks would depend on which memcpy or strlen ran.  DHAT's
   preload replaces these functions with simple loops, and wraps putenv,
   setenv and unsetenv so that they read their strings first; doing the
   same here, with the same access pattern per function (byte loops; word
   loops where both pointers share word alignment; one 4-byte load per
   wide character), makes heapcount's ReadBytes and WriteBytes equal
   DHAT's.  The names and sonames replaced are the ones DHAT's preload
   replaces (the table at the end, grouped by the Valgrind version that
   added them; tests/heapcount/hc-preload.sh compares the two sets), so
   the same calls are redirected.  The case-insensitive functions fold
   case with the client's own tolower/tolower_l, so their results follow
   the client's locale.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "valgrind.h"

/* The symbol names m_redir looks for (pub_tool_redir.h's encoding, which
   is not included here: it brings Valgrind's config.h along):
   _vgr<tag>ZU_<Z-encoded soname>_<function> for a replacement, ZZ when
   the function name is Z-encoded too, _vgw for a wrapper.  The extra
   level of macros expands a soname macro before it is pasted in (a
   literal word there would make a replacement that never applies). */
#define PASTE6(a, b, c, d, e, f) a##b##c##d##e##f
#define REPLACEMENT(tag, so, fn)   PASTE6(_vgr, tag, ZU_, so, _, fn)
#define REPLACEMENT_Z(tag, so, fn) PASTE6(_vgr, tag, ZZ_, so, _, fn)
#define WRAPPER(so, fn)            PASTE6(_vgw, 00000, ZU_, so, _, fn)

/* Z-encoded sonames */
#define LIBC    libcZdsoZa                 /* libc.so* */
#define LDSO1   ldZdsoZd1                  /* ld.so.1 */
#define LD64    ld64ZdsoZd1                /* ld64.so.1 */
#define LDLNX2  ldZhlinuxZdsoZd2           /* ld-linux.so.2 */
#define LDLNX3  ldZhlinuxZdsoZd3           /* ld-linux.so.3 */
#define LDX8664 ldZhlinuxZhx86Zh64ZdsoZd2  /* ld-linux-x86-64.so.2 */
#define LDAA64  ldZhlinuxZhaarch64ZdsoZd1  /* ld-linux-aarch64.so.1 */

#define WORD  sizeof(UWord)
#define WMASK (WORD - 1)

static void overflow_abort(void)
{
   VALGRIND_PRINTF_BACKTRACE("*** buffer overflow detected ***: "
                             "program terminated\n");
   __builtin_trap();
}

/* ---- Copies ---------------------------------------------------------- */

/* Low to high; words while both pointers share word alignment. */
static __attribute__((always_inline)) inline
void copy_up(UChar* d, const UChar* s, SizeT n)
{
   if ((((Addr)d ^ (Addr)s) & WMASK) == 0) {
      for (; ((Addr)s & WMASK) != 0 && n > 0; n--)
         *d++ = *s++;
      for (; n >= 4 * WORD; n -= 4 * WORD, d += 4 * WORD, s += 4 * WORD) {
         ((UWord*)d)[0] = ((const UWord*)s)[0];
         ((UWord*)d)[1] = ((const UWord*)s)[1];
         ((UWord*)d)[2] = ((const UWord*)s)[2];
         ((UWord*)d)[3] = ((const UWord*)s)[3];
      }
      for (; n >= WORD; n -= WORD, d += WORD, s += WORD)
         *(UWord*)d = *(const UWord*)s;
   }
   if ((((Addr)d | (Addr)s) & 1) == 0)
      for (; n >= 2; n -= 2, d += 2, s += 2)
         *(UShort*)d = *(const UShort*)s;
   for (; n > 0; n--)
      *d++ = *s++;
}

/* High to low, for overlapping moves to a higher address. */
static __attribute__((always_inline)) inline
void copy_down(UChar* d, const UChar* s, SizeT n)
{
   d += n;
   s += n;
   if ((((Addr)d ^ (Addr)s) & WMASK) == 0) {
      for (; ((Addr)s & WMASK) != 0 && n > 0; n--)
         *--d = *--s;
      for (; n >= 4 * WORD; n -= 4 * WORD) {
         d -= 4 * WORD;
         s -= 4 * WORD;
         ((UWord*)d)[3] = ((const UWord*)s)[3];
         ((UWord*)d)[2] = ((const UWord*)s)[2];
         ((UWord*)d)[1] = ((const UWord*)s)[1];
         ((UWord*)d)[0] = ((const UWord*)s)[0];
      }
      for (; n >= WORD; n -= WORD) {
         d -= WORD;
         s -= WORD;
         *(UWord*)d = *(const UWord*)s;
      }
   }
   if ((((Addr)d | (Addr)s) & 1) == 0)
      for (; n >= 2; n -= 2) {
         d -= 2;
         s -= 2;
         *(UShort*)d = *(const UShort*)s;
      }
   for (; n > 0; n--)
      *--d = *--s;
}

static void* hc_move(void* dst, const void* src, SizeT n)
{
   UChar* d = dst;
   const UChar* s = src;
   if (n == 0)
      return dst;
   if (d < s || d >= s + n)
      copy_up(d, s, n);
   else if (d > s)
      copy_down(d, s, n);
   return dst;
}

/* Byte at a time, in the direction that survives overlap. */
static void bytewise_move(UChar* d, const UChar* s, SizeT n)
{
   SizeT i;
   if (d < s)
      for (i = 0; i < n; i++)
         d[i] = s[i];
   else if (d > s)
      for (i = n; i > 0; i--)
         d[i - 1] = s[i - 1];
}

static void* hc_mempcpy(void* dst, const void* src, SizeT n)
{
   bytewise_move(dst, src, n);
   return (UChar*)dst + n;
}

static void* hc_move_chk(void* dst, const void* src, SizeT n, SizeT room)
{
   if (room < n)
      overflow_abort();
   bytewise_move(dst, src, n);
   return dst;
}

static void hc_bcopy(const void* src, void* dst, SizeT n)
{
   bytewise_move(dst, src, n);
}

static void* hc_memset(void* dst, Int c, SizeT n)
{
   UChar* d = dst;
   UWord w = (UChar)c;
   w |= w << 8;
   w |= w << 16;
   if (WORD == 8)
      w |= (w << 16) << 16;     /* two shifts: no warning on 32-bit words */
   for (; ((Addr)d & WMASK) != 0 && n > 0; n--)
      *d++ = (UChar)c;
   for (; n >= 4 * WORD; n -= 4 * WORD, d += 4 * WORD) {
      ((UWord*)d)[0] = w;
      ((UWord*)d)[1] = w;
      ((UWord*)d)[2] = w;
      ((UWord*)d)[3] = w;
   }
   for (; n >= WORD; n -= WORD, d += WORD)
      *(UWord*)d = w;
   for (; n > 0; n--)
      *d++ = (UChar)c;
   return dst;
}

/* ---- Strings --------------------------------------------------------- */

static SizeT hc_strlen(const char* s)
{
   SizeT n = 0;
   while (s[n] != 0)
      n++;
   return n;
}

static SizeT hc_strnlen(const char* s, SizeT max)
{
   SizeT n = 0;
   while (n < max && s[n] != 0)
      n++;
   return n;
}

static char* hc_stpcpy(char* d, const char* s)
{
   while (*s)
      *d++ = *s++;
   *d = 0;
   return d;
}

static char* hc_strcpy(char* d, const char* s)
{
   hc_stpcpy(d, s);
   return d;
}

static char* hc_strcat(char* d, const char* s)
{
   char* end = d;
   while (*end)
      end++;
   hc_stpcpy(end, s);
   return d;
}

static char* hc_strncat(char* d, const char* s, SizeT n)
{
   char* end = d;
   SizeT k;
   while (*end)
      end++;
   for (k = 0; k < n && *s; k++)
      *end++ = *s++;
   *end = 0;
   return d;
}

/* Copies at most N, pads with NULs; returns the end of the copy. */
static char* copy_padded(char* d, const char* s, SizeT n)
{
   SizeT k = 0;
   char* end;
   for (; k < n && *s; k++)
      *d++ = *s++;
   end = d;
   for (; k < n; k++)
      *d++ = 0;
   return end;
}

static char* hc_strncpy(char* d, const char* s, SizeT n)
{
   copy_padded(d, s, n);
   return d;
}

static char* hc_stpncpy(char* d, const char* s, SizeT n)
{
   return copy_padded(d, s, n);
}

static char* copy_chk(char* d, const char* s, SizeT room)
{
   if (room == 0)
      overflow_abort();
   while ((*d++ = *s++) != 0)
      if (--room == 0)
         overflow_abort();
   return d - 1;
}

static char* hc_strcpy_chk(char* d, const char* s, SizeT room)
{
   copy_chk(d, s, room);
   return d;
}

static char* hc_stpcpy_chk(char* d, const char* s, SizeT room)
{
   return copy_chk(d, s, room);
}

static int hc_strcmp(const char* a, const char* b)
{
   UChar x, y;
   for (;; a++, b++) {
      x = *(const UChar*)a;
      y = *(const UChar*)b;
      if (x != y || x == 0)
         break;
   }
   return x < y ? -1 : x > y;
}

static int hc_strncmp(const char* a, const char* b, SizeT max)
{
   SizeT n;
   for (n = 0; n < max; n++, a++, b++) {
      UChar x = *(const UChar*)a, y = *(const UChar*)b;
      if (x == 0 && y == 0)
         return 0;
      if (x == 0)
         return -1;
      if (y == 0)
         return 1;
      if (x != y)
         return x < y ? -1 : 1;
   }
   return 0;
}

/* Words while both are word-aligned and equal, then bytes. */
static int hc_memcmp(const void* av, const void* bv, SizeT n)
{
   const UChar* a = av;
   const UChar* b = bv;
   if ((((Addr)a | (Addr)b) & WMASK) == 0)
      for (; n >= WORD; n -= WORD, a += WORD, b += WORD)
         if (*(const UWord*)a != *(const UWord*)b)
            break;
   for (; n > 0; n--, a++, b++)
      if (*a != *b)
         return (int)*a - (int)*b;
   return 0;
}

static char* hc_strchr(const char* s, int c)
{
   for (;; s++) {
      if (*s == (char)c)
         return (char*)(Addr)s;
      if (*s == 0)
         return NULL;
   }
}

static char* hc_strchrnul(const char* s, int c)
{
   while (*s != 0 && *s != (char)c)
      s++;
   return (char*)(Addr)s;
}

static char* hc_strrchr(const char* s, int c)
{
   const char* last = NULL;
   for (;; s++) {
      if (*s == (char)c)
         last = s;
      if (*s == 0)
         return (char*)(Addr)last;
   }
}

static void* hc_memchr(const void* s, int c, SizeT n)
{
   const UChar* p = s;
   SizeT i;
   for (i = 0; i < n; i++)
      if (p[i] == (UChar)c)
         return (void*)(Addr)&p[i];
   return NULL;
}

static void* hc_rawmemchr(const void* s, int c)
{
   const UChar* p = s;
   while (*p != (UChar)c)
      p++;
   return (void*)(Addr)p;
}

/* The needle's length first, then a byte compare at each position whose
   first byte matches. */
static char* hc_strstr(const char* h, const char* n)
{
   UWord len = 0, i;
   while (n[len])
      len++;
   if (len == 0)
      return (char*)(Addr)h;
   for (;; h++) {
      if (*h == 0)
         return NULL;
      if (*h != n[0])
         continue;
      for (i = 0; i < len && n[i] == h[i]; i++)
         ;
      if (i == len)
         return (char*)(Addr)h;
   }
}

/* ---- Case-insensitive compares --------------------------------------
   These call the client's tolower, so every byte is read again after a
   call: the loads below are volatile and placed as DHAT's compiled
   replacements place theirs (strncasecmp reads A twice and B three times
   per equal byte), since each load is a counted read. */

extern int tolower(int c);
extern int tolower_l(int c, void* locale);

static inline UChar load_byte(const char* p)
{
   return *(const volatile UChar*)p;
}

static inline int fold(UChar c, void* locale, Bool has_locale)
{
   return has_locale ? tolower_l(c, locale) : tolower(c);
}

static int hc_casecmp(const char* a, const char* b, void* locale,
                      Bool has_locale)
{
   UChar x, y;
   for (;; a++, b++) {
      x = (UChar)fold(load_byte(a), locale, has_locale);
      y = (UChar)fold(load_byte(b), locale, has_locale);
      if (x != y || x == 0)
         break;
   }
   return x < y ? -1 : x > y;
}

static int hc_ncasecmp(const char* a, const char* b, SizeT max,
                       void* locale, Bool has_locale)
{
   SizeT n;
   for (n = 0; n < max; n++, a++, b++) {
      UChar x = load_byte(a), y = load_byte(b);
      int fx;
      if (x == 0)
         return y == 0 ? 0 : -1;
      if (y == 0)
         return 1;
      fx = fold(x, locale, has_locale);
      if (fx < fold(load_byte(b), locale, has_locale))
         return -1;
      fx = fold(load_byte(a), locale, has_locale);
      if (fx > fold(load_byte(b), locale, has_locale))
         return 1;
   }
   return 0;
}

static int hc_strcasecmp(const char* a, const char* b)
{
   return hc_casecmp(a, b, NULL, False);
}
static int hc_strncasecmp(const char* a, const char* b, SizeT n)
{
   return hc_ncasecmp(a, b, n, NULL, False);
}
static int hc_strcasecmp_l(const char* a, const char* b, void* locale)
{
   return hc_casecmp(a, b, locale, True);
}
static int hc_strncasecmp_l(const char* a, const char* b, SizeT n,
                            void* locale)
{
   return hc_ncasecmp(a, b, n, locale, True);
}

/* One read a byte, from the end. */
static void* hc_memrchr(const void* s, int c, SizeT n)
{
   const UChar* p = (const UChar*)s + n;
   while (n-- > 0)
      if (*--p == (UChar)c)
         return (void*)(Addr)p;
   return NULL;
}

/* Scans S until a byte that is in SET (IN_SET) or not in SET (!IN_SET),
   or the end; SET's length is found first. */
static const char* scan(const char* s, const char* set, Bool in_set)
{
   UWord len = 0, i;
   while (set[len])
      len++;
   for (;; s++) {
      char c = *s;
      if (c == 0)
         break;
      for (i = 0; i < len && set[i] != c; i++)
         ;
      if ((i < len) == in_set)
         break;
   }
   return s;
}

static char* hc_strpbrk(const char* s, const char* accept)
{
   const char* p;
   if (*accept == 0)
      return NULL;
   p = scan(s, accept, True);
   return *p ? (char*)(Addr)p : NULL;
}

static SizeT hc_strcspn(const char* s, const char* reject)
{
   return (SizeT)(scan(s, reject, True) - s);
}

static SizeT hc_strspn(const char* s, const char* accept)
{
   if (*accept == 0)
      return 0;
   return (SizeT)(scan(s, accept, False) - s);
}

/* ---- strcasestr ------------------------------------------------------
   The needle is measured first (each of its bytes read once, the first
   one kept for folding); then at each haystack position one read, and
   where it folds to the needle's first byte, a compare from the start
   that reads a byte of each string per step. */

static char* hc_strcasestr(const char* hay, const char* needle)
{
   UChar first = load_byte(needle);
   SizeT len = 1, i;
   int folded_first;
   if (first == 0)
      return (char*)(Addr)hay;
   while (load_byte(needle + len) != 0)
      len++;
   folded_first = tolower(first);
   for (;; hay++) {
      int c = tolower(load_byte(hay));
      if (c == 0)
         return NULL;
      if (c != folded_first)
         continue;
      for (i = 0; i < len; i++)
         if (tolower(load_byte(needle + i)) != tolower(load_byte(hay + i)))
            break;
      if (i == len)
         return (char*)(Addr)hay;
   }
}

/* ---- Wide characters (wchar_t is a signed 32-bit int here) -----------
   One 4-byte read per character looked at, one write per character
   stored. */

static SizeT hc_wcslen(const Int* s)
{
   SizeT n = 0;
   while (s[n] != 0)
      n++;
   return n;
}

static SizeT hc_wcsnlen(const Int* s, SizeT max)
{
   SizeT n = 0;
   while (n < max && s[n] != 0)
      n++;
   return n;
}

/* Both characters are read at each step, before either is tested. */
static int hc_wcsncmp(const Int* a, const Int* b, SizeT max)
{
   SizeT i;
   for (i = 0; i < max; i++) {
      Int x = a[i], y = b[i];
      if (x != y)
         return x < y ? -1 : 1;
      if (x == 0)
         return 0;
   }
   return 0;
}

static int hc_wcscmp(const Int* a, const Int* b)
{
   return hc_wcsncmp(a, b, ~(SizeT)0);
}

static Int* hc_wcscpy(Int* d, const Int* s)
{
   Int* start = d;
   Int c;
   while ((c = *s++) != 0)
      *d++ = c;
   *d = 0;
   return start;
}

static Int* hc_wcschr(const Int* s, Int c)
{
   for (;; s++) {
      Int x = *s;
      if (x == c)
         return (Int*)(Addr)s;
      if (x == 0)
         return NULL;
   }
}

static Int* hc_wcsrchr(const Int* s, Int c)
{
   const Int* last = NULL;
   for (;; s++) {
      Int x = *s;
      if (x == c)
         last = s;
      if (x == 0)
         return (Int*)(Addr)last;
   }
}

static Int* hc_wmemchr(const Int* s, Int c, SizeT n)
{
   SizeT i;
   for (i = 0; i < n; i++)
      if (s[i] == c)
         return (Int*)(Addr)&s[i];
   return NULL;
}

/* ---- Added to DHAT's preload after 3.19 ------------------------------
   Built when configure found them in the chosen Valgrind's DHAT preload
   (config.h's HC_DHAT_*), so that heapcount's set follows the version it
   is built against.  The same loads and stores as DHAT's, element by
   element: one read per byte or wide character looked at, one write per
   one stored; where DHAT's reads a byte again (strlcpy and strlcat
   measure the rest of the source from where the copy stopped), so do
   these. */

static inline Int load_wide(const Int* p)
{
   return *(const volatile Int*)p;
}

#if defined(HC_DHAT_STRLCPY)
static SizeT hc_strlcpy(char* d, const char* s, SizeT n)
{
   const char* start = s;
   SizeT m = 0;
   UChar c;
   while (m + 1 < n && (c = load_byte(s)) != 0) {
      *d++ = (char)c;
      s++;
      m++;
   }
   if (n > 0)
      *d = 0;
   while (load_byte(s) != 0)
      s++;
   return (SizeT)(s - start);
}
#endif

#if defined(HC_DHAT_STRLCAT)
static SizeT hc_strlcat(char* d, const char* s, SizeT n)
{
   SizeT m = 0;
   UChar c;
   while (m < n && load_byte(d) != 0) {
      d++;
      m++;
   }
   if (m < n) {
      while (m + 1 < n && (c = load_byte(s)) != 0) {
         *d++ = (char)c;
         s++;
         m++;
      }
      *d = 0;
   }
   while (load_byte(s) != 0) {
      s++;
      m++;
   }
   return m;
}
#endif

#if defined(HC_DHAT_MEMCCPY)
/* Copies up to and including the first byte equal to C. */
static void* hc_memccpy(void* dst, const void* src, int c, SizeT n)
{
   UChar* d = dst;
   const char* s = src;
   SizeT i;
   for (i = 0; i < n; i++) {
      UChar x = load_byte(s + i);
      d[i] = x;
      if (x == (UChar)c)
         return d + i + 1;
   }
   return NULL;
}
#endif

#if defined(HC_DHAT_WMEMCMP)
static int hc_wmemcmp(const Int* a, const Int* b, SizeT n)
{
   SizeT i;
   for (i = 0; i < n; i++) {
      Int y = load_wide(b + i), x = load_wide(a + i);
      if (x != y)
         return x > y ? 1 : -1;
   }
   return 0;
}
#endif

#if defined(HC_DHAT_WCSNCPY) || defined(HC_DHAT_WCPNCPY)
/* wcsncpy's copy: up to N characters, then zeros up to N; returns the
   end of the characters copied (wcpncpy's result). */
static Int* copy_wide_padded(Int* d, const Int* s, SizeT n)
{
   Int* end;
   SizeT m = 0;
   Int c;
   while (m < n && (c = load_wide(s + m)) != 0) {
      d[m] = c;
      m++;
   }
   end = d + m;
   for (; m < n; m++)
      d[m] = 0;
   return end;
}
#endif

#if defined(HC_DHAT_WCSNCPY)
static Int* hc_wcsncpy(Int* d, const Int* s, SizeT n)
{
   copy_wide_padded(d, s, n);
   return d;
}
#endif

#if defined(HC_DHAT_WCPNCPY)
static Int* hc_wcpncpy(Int* d, const Int* s, SizeT n)
{
   return copy_wide_padded(d, s, n);
}
#endif

#if defined(HC_DHAT_WCSCAT_AVX2)
static Int* hc_wcscat(Int* d, const Int* s)
{
   Int* start = d;
   Int c;
   while (load_wide(d) != 0)
      d++;
   while ((c = load_wide(s++)) != 0)
      *d++ = c;
   *d = 0;
   return start;
}
#endif

/* ---- The environment: wrappers around glibc's own -------------------
   Each string argument is read byte by byte up to and including its
   NUL before glibc's function runs, as in DHAT's preload (where the
   wrappers exist for memcheck's definedness checks): those reads count
   when the string lives in a heap block.  The wrapper is a frame of its
   own in the stacks of what glibc allocates, as in DHAT's. */

static void read_string(const char* s)
{
   if (s != NULL)
      while (load_byte(s++) != 0)
         ;
}

int WRAPPER(LIBC, putenv)(char* string);
int WRAPPER(LIBC, putenv)(char* string)
{
   OrigFn fn;
   Word result;
   VALGRIND_GET_ORIG_FN(fn);
   read_string(string);
   CALL_FN_W_W(result, fn, string);
   return (int)result;
}

int WRAPPER(LIBC, unsetenv)(const char* name);
int WRAPPER(LIBC, unsetenv)(const char* name)
{
   OrigFn fn;
   Word result;
   VALGRIND_GET_ORIG_FN(fn);
   read_string(name);
   CALL_FN_W_W(result, fn, name);
   return (int)result;
}

int WRAPPER(LIBC, setenv)(const char* name,
                                                  const char* value,
                                                  int overwrite);
int WRAPPER(LIBC, setenv)(const char* name,
                                                  const char* value,
                                                  int overwrite)
{
   OrigFn fn;
   Word result;
   VALGRIND_GET_ORIG_FN(fn);
   read_string(name);
   read_string(value);
   CALL_FN_W_WWW(result, fn, name, value, overwrite);
   return (int)result;
}

/* ---- The redirections ------------------------------------------------
   One line a symbol DHAT's preload exports: tag (m_redir's equivalence
   class), soname pattern, function name.  Grouped by the Valgrind
   version whose DHAT preload added them. */

/* R(tag, soname, name, ret, impl, params, args): one replacement; RZ the
   same for a Z-encoded function name; RV for one that returns nothing. */
#define R(tag, so, fn, ret, impl, params, args) \
   ret REPLACEMENT(tag, so, fn) params; \
   ret REPLACEMENT(tag, so, fn) params { return impl args; }
#define RZ(tag, so, fn, ret, impl, params, args) \
   ret REPLACEMENT_Z(tag, so, fn) params; \
   ret REPLACEMENT_Z(tag, so, fn) params { return impl args; }
#define RV(tag, so, fn, impl, params, args) \
   void REPLACEMENT(tag, so, fn) params; \
   void REPLACEMENT(tag, so, fn) params { impl args; }

#define P_S_C   (const char* s, int c)
#define A_S_C   (s, c)
#define P_D_S   (char* d, const char* s)
#define A_D_S   (d, s)
#define P_D_S_N (char* d, const char* s, SizeT n)
#define A_D_S_N (d, s, n)
#define P_CPY   (void* d, const void* s, SizeT n)
#define A_CPY   (d, s, n)
#define P_CMP   (const char* a, const char* b)
#define A_CMP   (a, b)
#define P_NCMP  (const char* a, const char* b, SizeT n)
#define A_NCMP  (a, b, n)
#define P_CMP_L  (const char* a, const char* b, void* l)
#define A_CMP_L  (a, b, l)
#define P_NCMP_L (const char* a, const char* b, SizeT n, void* l)
#define A_NCMP_L (a, b, n, l)
#define P_W_C   (const Int* s, Int c)
#define A_W_C   (s, c)

/* -- Valgrind 3.19 -- (putenv, setenv and unsetenv are wrapped above) */

R(20010, LIBC, strrchr, char*, hc_strrchr, P_S_C, A_S_C)
R(20010, LIBC, rindex, char*, hc_strrchr, P_S_C, A_S_C)
R(20010, LIBC, __GI_strrchr, char*, hc_strrchr, P_S_C, A_S_C)
R(20010, LIBC, __strrchr_sse2, char*, hc_strrchr, P_S_C, A_S_C)
R(20010, LIBC, __strrchr_sse2_no_bsf, char*, hc_strrchr, P_S_C, A_S_C)
R(20010, LIBC, __strrchr_sse42, char*, hc_strrchr, P_S_C, A_S_C)
R(20010, LDLNX2, rindex, char*, hc_strrchr, P_S_C, A_S_C)

R(20020, LIBC, strchr, char*, hc_strchr, P_S_C, A_S_C)
R(20020, LIBC, index, char*, hc_strchr, P_S_C, A_S_C)
R(20020, LIBC, __GI_strchr, char*, hc_strchr, P_S_C, A_S_C)
R(20020, LIBC, __strchr_sse2, char*, hc_strchr, P_S_C, A_S_C)
R(20020, LIBC, __strchr_sse2_no_bsf, char*, hc_strchr, P_S_C, A_S_C)

R(20030, LIBC, strcat, char*, hc_strcat, P_D_S, A_D_S)
R(20030, LIBC, __GI_strcat, char*, hc_strcat, P_D_S, A_D_S)
R(20040, LIBC, strncat, char*, hc_strncat, P_D_S_N, A_D_S_N)

R(20060, LIBC, strnlen, SizeT, hc_strnlen, (const char* s, SizeT n), (s, n))
R(20060, LIBC, __GI_strnlen, SizeT, hc_strnlen, (const char* s, SizeT n), (s, n))

R(20070, LIBC, strlen, SizeT, hc_strlen, (const char* s), (s))
R(20070, LIBC, __GI_strlen, SizeT, hc_strlen, (const char* s), (s))
R(20070, LIBC, __strlen_sse2, SizeT, hc_strlen, (const char* s), (s))
R(20070, LIBC, __strlen_sse2_no_bsf, SizeT, hc_strlen, (const char* s), (s))
R(20070, LIBC, __strlen_sse42, SizeT, hc_strlen, (const char* s), (s))
R(20070, LDLNX2, strlen, SizeT, hc_strlen, (const char* s), (s))
R(20070, LDX8664, strlen, SizeT, hc_strlen, (const char* s), (s))

R(20080, LIBC, strcpy, char*, hc_strcpy, P_D_S, A_D_S)
R(20080, LIBC, __GI_strcpy, char*, hc_strcpy, P_D_S, A_D_S)

R(20090, LIBC, strncpy, char*, hc_strncpy, P_D_S_N, A_D_S_N)
R(20090, LIBC, __GI_strncpy, char*, hc_strncpy, P_D_S_N, A_D_S_N)
R(20090, LIBC, __strncpy_sse2, char*, hc_strncpy, P_D_S_N, A_D_S_N)
R(20090, LIBC, __strncpy_sse2_unaligned, char*, hc_strncpy, P_D_S_N, A_D_S_N)

R(20110, LIBC, strncmp, int, hc_strncmp, P_NCMP, A_NCMP)
R(20110, LIBC, __GI_strncmp, int, hc_strncmp, P_NCMP, A_NCMP)
R(20110, LIBC, __strncmp_sse2, int, hc_strncmp, P_NCMP, A_NCMP)
R(20110, LIBC, __strncmp_sse42, int, hc_strncmp, P_NCMP, A_NCMP)

R(20120, LIBC, strcasecmp, int, hc_strcasecmp, P_CMP, A_CMP)
R(20120, LIBC, __GI_strcasecmp, int, hc_strcasecmp, P_CMP, A_CMP)
R(20130, LIBC, strncasecmp, int, hc_strncasecmp, P_NCMP, A_NCMP)
R(20130, LIBC, __GI_strncasecmp, int, hc_strncasecmp, P_NCMP, A_NCMP)
R(20140, LIBC, strcasecmp_l, int, hc_strcasecmp_l, P_CMP_L, A_CMP_L)
R(20140, LIBC, __GI_strcasecmp_l, int, hc_strcasecmp_l, P_CMP_L, A_CMP_L)
R(20140, LIBC, __GI___strcasecmp_l, int, hc_strcasecmp_l, P_CMP_L, A_CMP_L)
R(20150, LIBC, strncasecmp_l, int, hc_strncasecmp_l, P_NCMP_L, A_NCMP_L)
R(20150, LIBC, __GI_strncasecmp_l, int, hc_strncasecmp_l, P_NCMP_L, A_NCMP_L)
R(20150, LIBC, __GI___strncasecmp_l, int, hc_strncasecmp_l, P_NCMP_L, A_NCMP_L)

R(20160, LIBC, strcmp, int, hc_strcmp, P_CMP, A_CMP)
R(20160, LIBC, __GI_strcmp, int, hc_strcmp, P_CMP, A_CMP)
R(20160, LIBC, __strcmp_sse2, int, hc_strcmp, P_CMP, A_CMP)
R(20160, LIBC, __strcmp_sse42, int, hc_strcmp, P_CMP, A_CMP)
R(20160, LD64, strcmp, int, hc_strcmp, P_CMP, A_CMP)
R(20160, LDX8664, strcmp, int, hc_strcmp, P_CMP, A_CMP)

R(20170, LIBC, memchr, void*, hc_memchr, (const void* s, int c, SizeT n), (s, c, n))
R(20170, LIBC, __GI_memchr, void*, hc_memchr, (const void* s, int c, SizeT n), (s, c, n))

RZ(20180, LIBC, memcpy, void*, hc_move, P_CPY, A_CPY)
RZ(20180, LIBC, memcpyZAZAGLIBCZu2Zd14, void*, hc_move, P_CPY, A_CPY)
RZ(20180, LIBC, __GI_memcpy, void*, hc_move, P_CPY, A_CPY)
RZ(20180, LIBC, __memcpy_avx_unaligned_erms, void*, hc_move, P_CPY, A_CPY)
RZ(20180, LIBC, __memcpy_sse2, void*, hc_move, P_CPY, A_CPY)
RZ(20180, LDSO1, memcpy, void*, hc_move, P_CPY, A_CPY)
RZ(20180, LD64, memcpy, void*, hc_move, P_CPY, A_CPY)
RZ(20180, NONE, ZuintelZufastZumemcpy, void*, hc_move, P_CPY, A_CPY)
RZ(20181, LIBC, memmove, void*, hc_move, P_CPY, A_CPY)
RZ(20181, LIBC, __GI_memmove, void*, hc_move, P_CPY, A_CPY)
RZ(20181, LIBC, memcpyZAGLIBCZu2Zd2Zd5, void*, hc_move, P_CPY, A_CPY)
RZ(20181, LD64, memmove, void*, hc_move, P_CPY, A_CPY)

R(20190, LIBC, memcmp, int, hc_memcmp, (const void* a, const void* b, SizeT n), (a, b, n))
R(20190, LIBC, bcmp, int, hc_memcmp, (const void* a, const void* b, SizeT n), (a, b, n))
R(20190, LIBC, __GI_memcmp, int, hc_memcmp, (const void* a, const void* b, SizeT n), (a, b, n))
R(20190, LIBC, __memcmp_sse2, int, hc_memcmp, (const void* a, const void* b, SizeT n), (a, b, n))
R(20190, LIBC, __memcmp_sse4_1, int, hc_memcmp, (const void* a, const void* b, SizeT n), (a, b, n))
R(20190, LDSO1, bcmp, int, hc_memcmp, (const void* a, const void* b, SizeT n), (a, b, n))

R(20200, LIBC, stpcpy, char*, hc_stpcpy, P_D_S, A_D_S)
R(20200, LIBC, __GI_stpcpy, char*, hc_stpcpy, P_D_S, A_D_S)
R(20200, LIBC, __stpcpy_sse2, char*, hc_stpcpy, P_D_S, A_D_S)
R(20200, LIBC, __stpcpy_sse2_unaligned, char*, hc_stpcpy, P_D_S, A_D_S)
R(20200, LDLNX2, stpcpy, char*, hc_stpcpy, P_D_S, A_D_S)
R(20200, LDX8664, stpcpy, char*, hc_stpcpy, P_D_S, A_D_S)
R(20200, LDAA64, stpcpy, char*, hc_stpcpy, P_D_S, A_D_S)  /* in amd64's too */

RZ(20210, LIBC, memset, void*, hc_memset, (void* d, Int c, SizeT n), (d, c, n))

RV(20230, LIBC, bcopy, hc_bcopy, (const void* s, void* d, SizeT n), (s, d, n))

R(20240, LIBC, __memmove_chk, void*, hc_move_chk,
  (void* d, const void* s, SizeT n, SizeT room), (d, s, n, room))
R(20250, LIBC, strchrnul, char*, hc_strchrnul, P_S_C, A_S_C)
R(20260, LIBC, rawmemchr, void*, hc_rawmemchr, (const void* s, int c), (s, c))
R(20260, LIBC, __GI___rawmemchr, void*, hc_rawmemchr, (const void* s, int c), (s, c))
R(20270, LIBC, __strcpy_chk, char*, hc_strcpy_chk, P_D_S_N, A_D_S_N)
R(20280, LIBC, __stpcpy_chk, char*, hc_stpcpy_chk, P_D_S_N, A_D_S_N)

R(20290, LIBC, mempcpy, void*, hc_mempcpy, P_CPY, A_CPY)
R(20290, LIBC, __GI_mempcpy, void*, hc_mempcpy, P_CPY, A_CPY)
R(20290, LDSO1, mempcpy, void*, hc_mempcpy, P_CPY, A_CPY)
R(20290, LDLNX3, mempcpy, void*, hc_mempcpy, P_CPY, A_CPY)
R(20290, LDX8664, mempcpy, void*, hc_mempcpy, P_CPY, A_CPY)

R(20300, LIBC, __memcpy_chk, void*, hc_move_chk,
  (void* d, const void* s, SizeT n, SizeT room), (d, s, n, room))
R(20310, LIBC, strstr, char*, hc_strstr, P_CMP, A_CMP)
R(20310, LIBC, __strstr_sse2, char*, hc_strstr, P_CMP, A_CMP)
R(20310, LIBC, __strstr_sse42, char*, hc_strstr, P_CMP, A_CMP)
R(20320, LIBC, strpbrk, char*, hc_strpbrk, P_CMP, A_CMP)
R(20330, LIBC, strcspn, SizeT, hc_strcspn, P_CMP, A_CMP)
R(20330, LIBC, __GI_strcspn, SizeT, hc_strcspn, P_CMP, A_CMP)
R(20340, LIBC, strspn, SizeT, hc_strspn, P_CMP, A_CMP)
R(20350, LIBC, strcasestr, char*, hc_strcasestr, P_CMP, A_CMP)
R(20360, LIBC, memrchr, void*, hc_memrchr, (const void* s, int c, SizeT n), (s, c, n))

R(20370, LIBC, wcslen, SizeT, hc_wcslen, (const Int* s), (s))
R(20380, LIBC, wcscmp, int, hc_wcscmp, (const Int* a, const Int* b), (a, b))
R(20390, LIBC, wcscpy, Int*, hc_wcscpy, (Int* d, const Int* s), (d, s))
R(20400, LIBC, wcschr, Int*, hc_wcschr, P_W_C, A_W_C)
R(20410, LIBC, wcsrchr, Int*, hc_wcsrchr, P_W_C, A_W_C)
R(20420, LIBC, stpncpy, char*, hc_stpncpy, P_D_S_N, A_D_S_N)
R(20430, LIBC, wmemchr, Int*, hc_wmemchr, (const Int* s, Int c, SizeT n), (s, c, n))
R(20430, LIBC, __GI_wmemchr, Int*, hc_wmemchr, (const Int* s, Int c, SizeT n), (s, c, n))
R(20440, LIBC, wcsnlen, SizeT, hc_wcsnlen, (const Int* s, SizeT n), (s, n))
R(20440, LIBC, __GI_wcsnlen, SizeT, hc_wcsnlen, (const Int* s, SizeT n), (s, n))
R(20450, LIBC, wcsncmp, int, hc_wcsncmp, (const Int* a, const Int* b, SizeT n), (a, b, n))

/* -- added later: what configure found in the chosen DHAT preload
   (3.20: ld.so's strncmp; 3.21: wmemcmp; 3.22: wcsncpy; 3.23: strlcpy,
   strlcat, memccpy, wcpncpy; 3.25: __wcscat_avx2, by Valgrind's NEWS) -- */

#if defined(HC_DHAT_LDSO_STRNCMP)
R(20110, LDLNX2, strncmp, int, hc_strncmp, P_NCMP, A_NCMP)
R(20110, LDX8664, strncmp, int, hc_strncmp, P_NCMP, A_NCMP)
#endif
#if defined(HC_DHAT_STRLCAT)
R(20050, LIBC, strlcat, SizeT, hc_strlcat, P_D_S_N, A_D_S_N)
#endif
#if defined(HC_DHAT_STRLCPY)
R(20100, LIBC, strlcpy, SizeT, hc_strlcpy, P_D_S_N, A_D_S_N)
#endif
#if defined(HC_DHAT_WMEMCMP)
R(20470, LIBC, wmemcmp, int, hc_wmemcmp, (const Int* a, const Int* b, SizeT n), (a, b, n))
#endif
#if defined(HC_DHAT_WCSNCPY)
R(20480, LIBC, wcsncpy, Int*, hc_wcsncpy, (Int* d, const Int* s, SizeT n), (d, s, n))
#endif
#if defined(HC_DHAT_MEMCCPY)
R(20490, LIBC, memccpy, void*, hc_memccpy,
  (void* d, const void* s, int c, SizeT n), (d, s, c, n))
#endif
#if defined(HC_DHAT_WCPNCPY)
R(20500, LIBC, wcpncpy, Int*, hc_wcpncpy, (Int* d, const Int* s, SizeT n), (d, s, n))
#endif
#if defined(HC_DHAT_WCSCAT_AVX2)
R(20510, LIBC, __wcscat_avx2, Int*, hc_wcscat, (Int* d, const Int* s), (d, s))
#endif
