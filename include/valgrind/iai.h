/* iai.h: client requests understood by the benchgrind tools (iaicount,
   cachetrace, heapcount), and a minimal iai-style benchmark harness.

   Outside Valgrind every macro costs a few instructions and does nothing.
   Define NVALGRIND to compile them away entirely.

   ----------------------------------------------------------------------
   Copyright (C) 2026 The benchgrind authors.

   Permission is hereby granted, free of charge, to any person obtaining a
   copy of this software and associated documentation files (the
   "Software"), to deal in the Software without restriction, including
   without limitation the rights to use, copy, modify, merge, publish,
   distribute, sublicense, and/or sell copies of the Software, and to permit
   persons to whom the Software is furnished to do so, subject to the
   following conditions:

   The above copyright notice and this permission notice shall be included
   in all copies or substantial portions of the Software.

   THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS
   OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
   MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.
   IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY
   CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT,
   TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE
   SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
   ---------------------------------------------------------------------- */

#ifndef IAI_H
#define IAI_H

#include <valgrind/valgrind.h>

/* Request codes.  Append new codes at the end only: this is an ABI. */
typedef enum {
   IAI_USERREQ__REGION_BEGIN = VG_USERREQ_TOOL_BASE('I', 'A'),
   IAI_USERREQ__REGION_END,
   IAI_USERREQ__COLLECT_START,
   IAI_USERREQ__COLLECT_STOP
} Iai_ClientRequest;

/* Metrics between BEGIN and END are reported under NAME (a C string).
   Regions nest; a region entered again under the same name adds up. */
#define IAI_REGION_BEGIN(name) \
   VALGRIND_DO_CLIENT_REQUEST_STMT(IAI_USERREQ__REGION_BEGIN, (name), 0, 0, 0, 0)
#define IAI_REGION_END() \
   VALGRIND_DO_CLIENT_REQUEST_STMT(IAI_USERREQ__REGION_END, 0, 0, 0, 0, 0)

/* Switch collection on and off (see --collect-atstart=no). */
#define IAI_COLLECT_START() \
   VALGRIND_DO_CLIENT_REQUEST_STMT(IAI_USERREQ__COLLECT_START, 0, 0, 0, 0, 0)
#define IAI_COLLECT_STOP() \
   VALGRIND_DO_CLIENT_REQUEST_STMT(IAI_USERREQ__COLLECT_STOP, 0, 0, 0, 0, 0)

#ifndef IAI_REQUESTS_ONLY   /* the tools include only the codes above */

/* iai_black_box(x): yields x, but the optimiser must assume it was read
   and may have been changed, so work producing it is not deleted.  In C
   and C++ alike (a template in C++, where __auto_type does not exist). */
#if defined(__cplusplus) && (defined(__GNUC__) || defined(__clang__))
template <typename IaiT>
static __inline__ IaiT iai_black_box_(IaiT iai_bb_value_)
{
   __asm__ __volatile__("" : : "r"(&iai_bb_value_) : "memory");
   return iai_bb_value_;
}
#define iai_black_box(x) iai_black_box_(x)
#elif defined(__GNUC__) || defined(__clang__)
#define iai_black_box(x) __extension__ ({ \
      __auto_type iai_bb_value_ = (x); \
      __asm__ __volatile__("" : : "r"(&iai_bb_value_) : "memory"); \
      iai_bb_value_; })
#else
#define iai_black_box(x) (x)
#endif

/* ---- The harness -------------------------------------------------------

     #include <valgrind/iai.h>
     IAI_BENCH(sum_small) { iai_black_box(sum(data, 100)); }
     IAI_BENCH(sum_large) { iai_black_box(sum(data, 100000)); }
     IAI_MAIN()

   Each bench body runs once, inside a region of its own name, in the order
   written.  Given arguments, the program runs only the benches named; a
   name that is no bench's stops it before any runs, with the known names
   on stderr and exit status 2 (so a typo in CI measures nothing and
   says so). */

#include <stdio.h>

struct iai_bench {
   const char *name;
   void (*run)(void);
   struct iai_bench *next;
};

static struct iai_bench *iai_benches_;
static struct iai_bench **iai_benches_tail_ = &iai_benches_;

static __inline__ void iai_register_(struct iai_bench *b)
{
   *iai_benches_tail_ = b;
   iai_benches_tail_ = &b->next;
}

#define IAI_BENCH(name) \
   static void iai_bench_fn_##name(void); \
   static struct iai_bench iai_bench_##name = { #name, iai_bench_fn_##name, 0 }; \
   __attribute__((constructor)) static void iai_bench_reg_##name(void) \
   { iai_register_(&iai_bench_##name); } \
   static void iai_bench_fn_##name(void)

static __inline__ int iai_same_name_(const char *a, const char *b)
{
   while (*a && *a == *b) {
      a++;
      b++;
   }
   return *a == *b;
}

static __inline__ int iai_selected_(const char *name, int argc, char **argv)
{
   int i;
   if (argc <= 1)
      return 1;
   for (i = 1; i < argc; i++)
      if (iai_same_name_(argv[i], name))
         return 1;
   return 0;
}

/* Every argument names a bench, or the known names go to stderr. */
static __inline__ int iai_names_known_(int argc, char **argv)
{
   struct iai_bench *b;
   int i, known = 1;
   for (i = 1; i < argc; i++) {
      for (b = iai_benches_; b; b = b->next)
         if (iai_same_name_(argv[i], b->name))
            break;
      if (!b) {
         fprintf(stderr, "%s: no benchmark named \"%s\"\n", argv[0], argv[i]);
         known = 0;
      }
   }
   if (!known) {
      fputs("known benchmarks:", stderr);
      for (b = iai_benches_; b; b = b->next)
         fprintf(stderr, " %s", b->name);
      fputc('\n', stderr);
   }
   return known;
}

static __inline__ int iai_run_all_(int argc, char **argv)
{
   struct iai_bench *b;
   if (!iai_names_known_(argc, argv))
      return 2;
   for (b = iai_benches_; b; b = b->next) {
      if (!iai_selected_(b->name, argc, argv))
         continue;
      IAI_REGION_BEGIN(b->name);
      b->run();
      IAI_REGION_END();
   }
   return 0;
}

#define IAI_MAIN() \
   int main(int argc, char **argv) { return iai_run_all_(argc, argv); }

#endif /* IAI_REQUESTS_ONLY */
#endif /* IAI_H */
