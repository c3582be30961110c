/* bmf.c: Bencher Metric Format JSON (see bmf.h).  The layout, from
   Bencher's documentation of the json adapter:

     { "BENCHMARK": { "MEASURE": { "value": NUMBER }, ... }, ... }

   Names are written as term_escape spells them (so a name reads the same
   here as on the terminal, and the file is valid UTF-8), then escaped for
   JSON.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "bmf.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atomic.h"
#include "join.h"
#include "strtab.h"
#include "term_escape.h"

/* Each metric's measure: its slug in Bencher (kebab case, at most 64
   characters).  Never change one: dashboards key their history on it.
   A metric not listed keeps its own name; "M.incl" is M's slug with
   "-inclusive". */
static const struct {
   const char *metric, *slug;
} slugs[] = {
   { "Ir", "instructions" },
   { "Dr", "data-reads" }, { "Dw", "data-writes" },
   { "I1mr", "i1-read-misses" }, { "D1mr", "d1-read-misses" },
   { "D1mw", "d1-write-misses" }, { "ILmr", "lli-read-misses" },
   { "DLmr", "lld-read-misses" }, { "DLmw", "lld-write-misses" },
   { "Bc", "conditional-branches" }, { "Bcm", "conditional-branch-misses" },
   { "Bi", "indirect-branches" }, { "Bim", "indirect-branch-misses" },
   { "L1hits", "l1-hits" }, { "LLhits", "ll-hits" },
   { "RAMhits", "ram-hits" }, { "TotalRW", "total-read-write" },
   { "EstimatedCycles", "estimated-cycles" },
   { "TotalBytes", "total-bytes" }, { "TotalBlocks", "total-blocks" },
   { "AtGmaxBytes", "at-t-gmax-bytes" },
   { "AtGmaxBlocks", "at-t-gmax-blocks" },
   { "MaxBytes", "max-bytes" }, { "MaxBlocks", "max-blocks" },
   { "EndBytes", "at-t-end-bytes" }, { "EndBlocks", "at-t-end-blocks" },
   { "ReadBytes", "read-bytes" }, { "WriteBytes", "write-bytes" },
   { "LifetimeMin", "lifetime-min" }, { "LifetimeMean", "lifetime-mean" },
   { "LifetimeMax", "lifetime-max" }, { "LifetimeTotal", "lifetime-total" },
   { "BlocksNeverRead", "blocks-never-read" },
   { "BlocksNeverWritten", "blocks-never-written" },
   { "Instructions", "heap-instructions" },
   { "AtGmaxInstructions", "at-t-gmax-instructions" },
   { "BadFrees", "bad-frees" }, { "DoubleFrees", "double-frees" },
   { "InteriorFrees", "interior-frees" }, { "BadReallocs", "bad-reallocs" },
   { "FailedAllocs", "failed-allocs" },
   { "ZeroSizeAllocs", "zero-size-allocs" },
   { "BadCustomRequests", "bad-custom-requests" },
};
#define NSLUGS (sizeof slugs / sizeof slugs[0])

static const char *metric_slug(const char *name, char *buf, size_t len)
{
   size_t n = strlen(name);
   int incl = n > 5 && strcmp(name + n - 5, ".incl") == 0;
   size_t base = incl ? n - 5 : n;
   for (size_t i = 0; i < NSLUGS; i++)
      if (strlen(slugs[i].metric) == base
          && strncmp(slugs[i].metric, name, base) == 0) {
         snprintf(buf, len, "%s%s", slugs[i].slug, incl ? "-inclusive" : "");
         return buf;
      }
   snprintf(buf, len, "%s", name);
   return buf;
}

struct bmf {
   FILE *f;
   struct strtab benchmarks;    /* names written, to refuse duplicates */
   size_t count;
   char *why;
   size_t whylen;
};

/* Characters (not bytes) of a UTF-8 string. */
static size_t utf8_chars(const char *s)
{
   size_t n = 0;
   for (const unsigned char *p = (const unsigned char *)s; *p; p++)
      n += (*p & 0xc0) != 0x80;
   return n;
}

static void json_string(FILE *f, const char *escaped)
{
   fputc('"', f);
   for (const char *p = escaped; *p; p++) {
      if (*p == '"' || *p == '\\')
         fputc('\\', f);
      fputc(*p, f);
   }
   fputc('"', f);
}

static int oom(struct bmf *b)
{
   snprintf(b->why, b->whylen, "out of memory");
   return -1;
}

/* The program's file name, malloc'd; "" for an empty command. */
static char *program_name(const char *command)
{
   size_t len;
   const char *s = command_program(command, &len);
   return strndup(s, len);
}

/* "A::B" or "B" when A is empty. */
static char *join_name(const char *a, const char *b)
{
   size_t la = strlen(a), lb = strlen(b);
   char *s = malloc(la + lb + 3);
   if (!s)
      return NULL;
   if (la)
      snprintf(s, la + lb + 3, "%s::%s", a, b);
   else
      memcpy(s, b, lb + 1);
   return s;
}

/* Open benchmark NAME (raw bytes): refuse a name over Bencher's limit and
   a name already written.  Returns 0, or -1 with b->why set. */
static int start_benchmark(struct bmf *b, const char *name)
{
   size_t idx;
   int added;
   char *e = term_escape_dup(name);
   if (!e)
      return oom(b);
   if (utf8_chars(e) > BMF_MAX_BENCHMARK) {
      snprintf(b->why, b->whylen,
               "benchmark name \"%.60s...\" is longer than Bencher's %d characters",
               e, BMF_MAX_BENCHMARK);
      free(e);
      return -1;
   }
   if (strtab_add(&b->benchmarks, e, strlen(e), &idx, &added) < 0) {
      free(e);
      return oom(b);
   }
   if (!added) {
      snprintf(b->why, b->whylen, "two benchmarks named \"%.200s\"", e);
      free(e);
      return -1;
   }
   fputs(b->count++ ? ",\n  " : "{\n  ", b->f);
   json_string(b->f, e);
   fputs(": {", b->f);
   free(e);
   return 0;
}

/* The measures of one benchmark. */
static int write_measures(struct bmf *b, const char *benchmark,
                          const struct metric_list *l)
{
   struct strtab seen;
   char slug[256];
   int rc = 0;
   memset(&seen, 0, sizeof seen);
   for (size_t i = 0; i < l->n && rc == 0; i++) {
      size_t idx;
      int added;
      char *e = term_escape_dup(metric_slug(l->v[i].name, slug, sizeof slug));
      if (!e)
         return oom(b);
      if (utf8_chars(e) > BMF_MAX_MEASURE) {
         snprintf(b->why, b->whylen,
                  "metric \"%.80s\" is longer than Bencher's %d characters for a measure",
                  e, BMF_MAX_MEASURE);
         rc = -1;
      } else if (strtab_add(&seen, e, strlen(e), &idx, &added) < 0) {
         rc = oom(b);
      } else if (!added) {
         snprintf(b->why, b->whylen,
                  "benchmark \"%.200s\": two metrics give the measure \"%s\"",
                  benchmark, e);
         rc = -1;
      } else {
         fputs(i ? ",\n    " : "\n    ", b->f);
         json_string(b->f, e);
         fprintf(b->f, ": { \"value\": %" PRIu64 " }", l->v[i].value);
      }
      free(e);
   }
   fputs(l->n ? "\n  }" : "}", b->f);
   strtab_free(&seen);
   return rc;
}

static int write_benchmark(struct bmf *b, const char *name,
                           const struct metric_list *l)
{
   if (start_benchmark(b, name) < 0)
      return -1;
   return write_measures(b, name, l);
}

/* ---- functions, on request --------------------------------------------- */

static uint64_t rank_value(const struct function *fn)
{
   const struct metric *m = metric_find(&fn->metrics, "Ir.incl");
   if (!m)
      m = metric_find(&fn->metrics, "Ir");
   return m ? m->value : 0;
}

static int by_rank(const void *a, const void *b)
{
   uint64_t x = rank_value(*(const struct function *const *)a);
   uint64_t y = rank_value(*(const struct function *const *)b);
   return x < y ? 1 : x > y ? -1 : 0;
}

/* "PREFIX::FUNCTION (FILE)", with " [OBJECT]" when WITH_OBJECT. */
static char *function_name(const char *prefix, const struct function *fn,
                           int with_object)
{
   char *s = NULL;
   size_t len = 0;
   FILE *f = open_memstream(&s, &len);
   if (!f)
      return NULL;
   fprintf(f, "%s%s%s (%s)", prefix, prefix[0] ? "::" : "", fn->name,
           fn->file);
   if (with_object && fn->object)
      fprintf(f, " [%s]", fn->object);
   if (fclose(f) != 0) {
      free(s);
      return NULL;
   }
   return s;
}

/* name NUL file, the key of a function within one region. */
static char *function_key(const struct function *fn, size_t *len)
{
   size_t a = strlen(fn->name), b = strlen(fn->file);
   char *k = malloc(a + b + 2);
   if (k) {
      memcpy(k, fn->name, a + 1);
      memcpy(k + a + 1, fn->file, b + 1);
      *len = a + b + 1;
   }
   return k;
}

/* The N costliest functions of C as benchmarks under PREFIX.  Two
   functions of one name and file (in two objects) are told apart by
   their object. */
static int write_functions(struct bmf *b, const char *prefix,
                           const struct costs *c, size_t n)
{
   size_t nf = c->nfunctions;
   const struct function **v = calloc(nf ? nf : 1, sizeof *v);
   size_t *uses = calloc(nf ? nf : 1, sizeof *uses);
   struct strtab keys;
   int rc = 0;
   memset(&keys, 0, sizeof keys);
   if (!v || !uses)
      rc = oom(b);
   for (size_t i = 0; i < nf && rc == 0; i++) {
      size_t len, idx;
      int added;
      char *k = function_key(&c->functions[i], &len);
      v[i] = &c->functions[i];
      if (!k || strtab_add(&keys, k, len, &idx, &added) < 0)
         rc = oom(b);
      else
         uses[idx]++;
      free(k);
   }
   if (rc == 0)
      qsort(v, nf, sizeof *v, by_rank);
   if (n > nf)
      n = nf;
   for (size_t i = 0; i < n && rc == 0; i++) {
      size_t len, idx;
      char *k = function_key(v[i], &len);
      idx = k ? strtab_find(&keys, k, len) : 0;
      free(k);
      char *name = k ? function_name(prefix, v[i], uses[idx] > 1) : NULL;
      rc = name ? write_benchmark(b, name, &v[i]->metrics) : oom(b);
      free(name);
   }
   strtab_free(&keys);
   free(v);
   free(uses);
   return rc;
}

/* ---- the file ---------------------------------------------------------- */

static int write_costs(struct bmf *b, const char *name,
                       const struct costs *c, size_t functions)
{
   if (write_benchmark(b, name, &c->metrics) < 0)
      return -1;
   return functions ? write_functions(b, name, c, functions) : 0;
}

static int write_all(struct bmf *b, const struct profile *p,
                     size_t functions)
{
   char *program = program_name(p->command);
   int rc = 0;
   if (!program)
      return oom(b);
   if (p->nregions == 0)
      rc = write_costs(b, program[0] ? program : p->tool, &p->summary,
                       functions);
   for (size_t i = 0; i < p->nregions && rc == 0; i++) {
      char *name = join_name(program, p->regions[i].name);
      rc = name ? write_costs(b, name, &p->regions[i].costs, functions)
                : oom(b);
      free(name);
   }
   fputs(b->count ? "\n}\n" : "{}\n", b->f);
   free(program);
   return rc;
}

int bmf_write(const char *path, const struct profile *p, size_t functions,
              char *why, size_t whylen)
{
   struct bmf b;
   char *buf = NULL;
   size_t len = 0;
   memset(&b, 0, sizeof b);
   b.why = why;
   b.whylen = whylen;
   b.f = open_memstream(&buf, &len);
   if (!b.f) {
      snprintf(why, whylen, "%s: out of memory", path);
      return -1;
   }
   int rc = write_all(&b, p, functions);
   strtab_free(&b.benchmarks);
   if (fclose(b.f) != 0 && rc == 0)
      rc = oom(&b);
   if (rc == 0)
      rc = atomic_write(path, buf, len, why, whylen);
   else {
      char reason[512];
      snprintf(reason, sizeof reason, "%s", why);
      snprintf(why, whylen, "%s: %s", path, reason);
   }
   free(buf);
   return rc;
}
