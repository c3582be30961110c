/* mutate_profile.c: hostile variants of a real profile, for tests/mutate.sh.

   mutate_profile SEED FIRST COUNT IN OUTDIR
   writes OUTDIR/NNNNN.xml for mutants FIRST .. FIRST+COUNT-1 of the file IN
   and prints one line per mutant: its number and the mutations applied.
   Mutant I depends only on SEED, I and IN, never on the others, so a run
   is repeatable and any one mutant can be made again alone.

   The mutations aim at what a profile reader trusts: the bytes (flips,
   deletions, duplicated and truncated ranges, invalid UTF-8, character
   references, stray markup), the numbers (huge, negative, NaN, empty,
   leading zeros), the names (attributes and elements renamed to others of
   the file, so metrics move between elements and elements appear where
   another was expected), the frame ids and stacks (out of range,
   repeated), the structure (lines duplicated, deleted or swapped, deep
   nesting) and the size (sites or functions repeated past the point
   where the viewers read a file on two threads).

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct buf {
   char *p;
   size_t n, cap;
};

static uint64_t rng_state;

/* splitmix64: small, and the same on every machine */
static uint64_t next(void)
{
   uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
   z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
   z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
   return z ^ (z >> 31);
}

static size_t below(size_t n)
{
   return n ? (size_t)(next() % n) : 0;
}

static void need(struct buf *b, size_t more)
{
   if (b->n + more <= b->cap) return;
   while (b->cap < b->n + more) b->cap = b->cap ? b->cap * 2 : 4096;
   b->p = realloc(b->p, b->cap);
   if (!b->p) { perror("mutate_profile"); exit(2); }
}

/* Replace [at, at+len) of B with S[0..slen). */
static void splice(struct buf *b, size_t at, size_t len, const char *s,
                   size_t slen)
{
   if (at > b->n) at = b->n;
   if (len > b->n - at) len = b->n - at;
   need(b, slen);
   memmove(b->p + at + slen, b->p + at + len, b->n - at - len);
   memcpy(b->p + at, s, slen);
   b->n = b->n + slen - len;
}

static void insert(struct buf *b, size_t at, const char *s, size_t slen)
{
   splice(b, at, 0, s, slen);
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define PICK(a) ((a)[below(COUNT(a))])

/* ---- positions of interest ------------------------------------------ */

static int is_name_char(char c)
{
   return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
          (c >= '0' && c <= '9') || c == '-' || c == '_' || c == ':';
}

/* Where each attribute value starts (just after its opening quote), and
   each attribute name (its first byte and length). */
struct spot {
   size_t at, len;
};

static size_t find_attrs(const struct buf *b, struct spot *names,
                         struct spot *values, size_t max)
{
   size_t k = 0;
   for (size_t i = 1; i + 1 < b->n && k < max; i++) {
      if (b->p[i] != '=' || b->p[i + 1] != '"') continue;
      size_t s = i;
      while (s > 0 && is_name_char(b->p[s - 1])) s--;
      if (s == i) continue;
      size_t e = i + 2;
      while (e < b->n && b->p[e] != '"') e++;
      names[k].at = s;
      names[k].len = i - s;
      values[k].at = i + 2;
      values[k].len = e - (i + 2);
      k++;
   }
   return k;
}

/* Element names: after '<' or '</'. */
static size_t find_tags(const struct buf *b, struct spot *tags, size_t max)
{
   size_t k = 0;
   for (size_t i = 0; i + 1 < b->n && k < max; i++) {
      if (b->p[i] != '<') continue;
      size_t s = i + 1 + (b->p[i + 1] == '/');
      size_t e = s;
      while (e < b->n && is_name_char(b->p[e])) e++;
      if (e == s) continue;
      tags[k].at = s;
      tags[k].len = e - s;
      k++;
   }
   return k;
}

/* Runs of digits inside attribute values or text. */
static size_t find_numbers(const struct buf *b, struct spot *nums,
                           size_t max, const char *only_attr)
{
   size_t k = 0, alen = only_attr ? strlen(only_attr) : 0;
   for (size_t i = 1; i < b->n && k < max; i++) {
      char c = b->p[i];
      if (c < '0' || c > '9') continue;
      char p = b->p[i - 1];
      if (p != '"' && p != '>' && p != ' ') continue;
      size_t e = i;
      while (e < b->n && b->p[e] >= '0' && b->p[e] <= '9') e++;
      if (only_attr) {
         /* the value must belong to ONLY_ATTR="..." */
         size_t q = i;
         while (q > 0 && b->p[q - 1] != '"' && b->p[q - 1] != '<' &&
                b->p[q - 1] != '>') q--;
         if (q < alen + 2 || b->p[q - 1] != '"' || b->p[q - 2] != '=' ||
             memcmp(b->p + q - 2 - alen, only_attr, alen) != 0) {
            i = e;
            continue;
         }
      }
      nums[k].at = i;
      nums[k].len = e - i;
      k++;
      i = e;
   }
   return k;
}

static size_t line_start(const struct buf *b, size_t at)
{
   while (at > 0 && b->p[at - 1] != '\n') at--;
   return at;
}

static size_t line_end(const struct buf *b, size_t at)
{
   while (at < b->n && b->p[at] != '\n') at++;
   return at < b->n ? at + 1 : at;
}

/* ---- the mutations ---------------------------------------------------- */

#define MAXSPOTS 65536
static struct spot names[MAXSPOTS], values[MAXSPOTS];

static const char *const hostile_numbers[] = {
   "", "-1", "-0", "+1", "0", "00000000000000000001", "1.5", "1e308",
   "NaN", "nan", "INF", "-inf", "0x10", " 1", "1 ", "4294967295",
   "4294967296", "9223372036854775807", "9223372036854775808",
   "18446744073709551615", "18446744073709551616",
   "99999999999999999999999999999999999999", "-9223372036854775808",
   "1,000", "&#49;", "&#x31;2", "\xd9\xa3", "\xef\xbc\x91",
};

static void m_number(struct buf *b, const char *attr)
{
   static struct spot nums[MAXSPOTS];
   size_t k = find_numbers(b, nums, MAXSPOTS, attr);
   if (!k) return;
   struct spot s = nums[below(k)];
   const char *v = PICK(hostile_numbers);
   if (below(8) == 0) {     /* a number of 5000 digits */
      char big[5001];
      memset(big, '9', 5000);
      splice(b, s.at, s.len, big, 5000);
      return;
   }
   splice(b, s.at, s.len, v, strlen(v));
}

static void m_flip(struct buf *b)
{
   if (b->n) b->p[below(b->n)] ^= (char)(1u << below(8));
}

static void m_setbyte(struct buf *b)
{
   static const char specials[] = { 0, '<', '>', '"', '&', '\'', '/', '=',
      '\n', '\r', '\t', ' ', (char)0xff, (char)0xc0, (char)0x80, '0', '-' };
   if (b->n) b->p[below(b->n)] = PICK(specials);
}

static void m_delete(struct buf *b)
{
   size_t at = below(b->n);
   size_t len = below(8) == 0 ? below(b->n / 4 + 1) : 1 + below(64);
   splice(b, at, len, "", 0);
}

static void m_duplicate(struct buf *b)
{
   size_t at = below(b->n);
   size_t len = 1 + below(below(4) == 0 ? b->n / 4 + 1 : 200);
   if (len > b->n - at) len = b->n - at;
   char *copy = malloc(len);
   if (!copy) exit(2);
   memcpy(copy, b->p + at, len);
   insert(b, below(b->n + 1), copy, len);
   free(copy);
}

static void m_truncate(struct buf *b)
{
   b->n = below(b->n);
}

/* An attribute renamed to another attribute name of the file (a metric
   moved to a frame, a name given twice, ...) or to a bogus one. */
static void m_attr_name(struct buf *b)
{
   static const char *const bogus[] = { "x", "xmlns", "xmlns:a", "a:b",
      "Ir ", "ir", "name2", "ID", "" };
   size_t k = find_attrs(b, names, values, MAXSPOTS);
   if (!k) return;
   struct spot to = names[below(k)];
   if (below(4) == 0) {
      const char *s = PICK(bogus);
      splice(b, to.at, to.len, s, strlen(s));
      return;
   }
   struct spot from = names[below(k)];
   char tmp[256];
   size_t len = from.len < sizeof tmp ? from.len : sizeof tmp;
   memcpy(tmp, b->p + from.at, len);
   splice(b, to.at, to.len, tmp, len);
}

/* Two attribute values swapped. */
static void m_attr_swap(struct buf *b)
{
   size_t k = find_attrs(b, names, values, MAXSPOTS);
   if (k < 2) return;
   size_t i = below(k), j = below(k);
   if (i == j) return;
   if (i > j) { size_t t = i; i = j; j = t; }
   struct spot a = values[i], c = values[j];
   char *va = malloc(a.len + 1), *vc = malloc(c.len + 1);
   if (!va || !vc) exit(2);
   memcpy(va, b->p + a.at, a.len);
   memcpy(vc, b->p + c.at, c.len);
   splice(b, c.at, c.len, va, a.len);     /* later one first */
   splice(b, a.at, a.len, vc, c.len);
   free(va);
   free(vc);
}

/* An element renamed, at its start or end tag alone, to another element
   name of the file or a bogus one. */
static void m_elem_name(struct buf *b)
{
   static const char *const bogus[] = { "x", "Profile", "regions", "a:region",
      "site2", "" };
   static struct spot tags[MAXSPOTS];
   size_t k = find_tags(b, tags, MAXSPOTS);
   if (!k) return;
   struct spot to = tags[below(k)];
   if (below(4) == 0) {
      const char *s = PICK(bogus);
      splice(b, to.at, to.len, s, strlen(s));
      return;
   }
   struct spot from = tags[below(k)];
   char tmp[64];
   size_t len = from.len < sizeof tmp ? from.len : sizeof tmp;
   memcpy(tmp, b->p + from.at, len);
   splice(b, to.at, to.len, tmp, len);
}

/* Frame ids and stacks pointing out of range, at 0, or repeated. */
static void m_ids(struct buf *b)
{
   static const char *const attrs[] = { "id", "stack", "line", "ip" };
   static const char *const ids[] = { "0", "1", "2", "4294967295",
      "4294967296", "18446744073709551615", "-1", "999999", "1 1 1 1",
      "", " ", "1  2", "3 2 1 0", "0x0", "0xffffffffffffffffff" };
   static struct spot nums[MAXSPOTS];
   size_t k = find_numbers(b, nums, MAXSPOTS, PICK(attrs));
   if (!k) { m_number(b, NULL); return; }
   struct spot s = nums[below(k)];
   const char *v = PICK(ids);
   splice(b, s.at, s.len, v, strlen(v));
}

/* Elements opened inside each other, N deep, closed or not. */
static void m_nest(struct buf *b)
{
   static struct spot tags[MAXSPOTS];
   static const size_t depths[] = { 9, 10, 100, 300, 3000, 100000 };
   size_t k = find_tags(b, tags, MAXSPOTS);
   if (!k) return;
   struct spot t = tags[below(k)];
   size_t depth = PICK(depths);
   char open[80], close[80];
   int ol = snprintf(open, sizeof open, "<%.*s>", (int)(t.len < 60 ? t.len : 60),
                     b->p + t.at);
   int cl = snprintf(close, sizeof close, "</%.*s>",
                     (int)(t.len < 60 ? t.len : 60), b->p + t.at);
   size_t at = t.at - 1 - (b->p[t.at - 1] == '/');
   int closed = (int)below(2);
   struct buf ins = { 0 };
   for (size_t i = 0; i < depth; i++) {
      need(&ins, (size_t)ol);
      memcpy(ins.p + ins.n, open, (size_t)ol);
      ins.n += (size_t)ol;
   }
   if (closed) {
      for (size_t i = 0; i < depth; i++) {
         need(&ins, (size_t)cl);
         memcpy(ins.p + ins.n, close, (size_t)cl);
         ins.n += (size_t)cl;
      }
   }
   insert(b, at, ins.p, ins.n);
   free(ins.p);
}

static const char *const bad_utf8[] = {
   "\xff", "\xfe", "\xc3\x28", "\xc0\xaf", "\xe0\x80\xaf", "\xed\xa0\x80",
   "\xf4\x90\x80\x80", "\x80", "\xe2\x82", "\xf0\x9f\x98", "\xef\xbf\xbe",
   "\xc2\x85", "\xe2\x80\xae", "\x1b[2J", "\r", "\x7f",
};

static const char *const refs[] = {
   "&#0;", "&#1;", "&#x7f;", "&#xD800;", "&#x110000;", "&amp;", "&lt;",
   "&quot;", "&unknown;", "&#9;", "&#10;", "&#13;", "\t", "\n", "&#x85;",
   "&#x1b;[31m", "&", "&#", "&#x;", "&#99999999999999999999;",
};

/* Into an attribute value (mostly) or anywhere. */
static void m_inject(struct buf *b, const char *const *list, size_t n)
{
   const char *s = list[below(n)];
   size_t at;
   size_t k = find_attrs(b, names, values, MAXSPOTS);
   if (k && below(4) != 0) {
      struct spot v = values[below(k)];
      at = v.at + below(v.len + 1);
   } else {
      at = below(b->n + 1);
   }
   insert(b, at, s, strlen(s));
}

static void m_markup(struct buf *b)
{
   static const char *const bits[] = {
      "<!DOCTYPE profile>", "<?pi x?>", "<!-- c -->", "<![CDATA[x]]>",
      "text", " xmlns:a=\"u\"", " a:b=\"1\"", "\xef\xbb\xbf", "<x/>",
      "</summary>", "<summary>", "<region name=\"r\">", "</region>",
      "<site TotalBytes=\"1\" stack=\"1\"/>", "<frames></frames>",
      "<partial/>", "<pid>1</pid>", "<command>x</command>",
      "<?xml version=\"1.0\"?>", "<!ENTITY e \"x\">", "&e;",
   };
   static const char *const headers[] = {
      "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>",
      "<?xml version=\"1.1\"?>", "", "<?xml version=\"2.0\"?>",
      "<?xml version=\"1.0\" encoding=\"EBCDIC\"?>",
   };
   if (below(5) == 0) {
      const char *h = PICK(headers);
      splice(b, 0, line_end(b, 0) - 1, h, strlen(h));
      return;
   }
   const char *s = PICK(bits);
   insert(b, below(b->n + 1), s, strlen(s));
}

static void m_lines(struct buf *b)
{
   if (!b->n) return;
   size_t a0 = line_start(b, below(b->n)), a1 = line_end(b, a0);
   size_t len = a1 - a0;
   char *line = malloc(len + 1);
   if (!line) exit(2);
   memcpy(line, b->p + a0, len);
   switch (below(4)) {
   case 0:                          /* duplicated */
      insert(b, a1, line, len);
      break;
   case 1:                          /* deleted */
      splice(b, a0, len, "", 0);
      break;
   default: {                       /* moved elsewhere */
      splice(b, a0, len, "", 0);
      insert(b, line_start(b, below(b->n + 1)), line, len);
      break;
   }
   }
   free(line);
}

/* A value grown to 200 KB. */
static void m_long_value(struct buf *b)
{
   size_t k = find_attrs(b, names, values, MAXSPOTS);
   if (!k) return;
   struct spot v = values[below(k)];
   size_t len = 200000;
   char *s = malloc(len);
   if (!s) exit(2);
   memset(s, below(2) ? 'A' : '7', len);
   insert(b, v.at, s, len);
   free(s);
}

/* The file grown past 32 MiB by repeating one summary line (a site or a
   function), so the viewers read it on two threads; often followed by
   another mutation. */
static void m_inflate(struct buf *b)
{
   const char *s = strstr(b->p, "<summary");
   if (!s) return;
   size_t a0 = line_end(b, (size_t)(s - b->p));
   size_t a1 = line_end(b, a0);
   size_t len = a1 - a0;
   if (len < 8 || b->p[a1 - 2] != '>' || b->p[a1 - 3] != '/')
      return;                       /* not a one-line element */
   size_t copies = ((size_t)33 << 20) / len + 1;
   struct buf ins = { 0 };
   need(&ins, copies * len);
   for (size_t i = 0; i < copies; i++) {
      memcpy(ins.p + ins.n, b->p + a0, len);
      ins.n += len;
   }
   insert(b, a1, ins.p, ins.n);
   free(ins.p);
}

struct mutation {
   const char *name;
   void (*fn)(struct buf *);
   unsigned weight;
};

static void m_number_any(struct buf *b) { m_number(b, NULL); }
static void m_utf8(struct buf *b) { m_inject(b, bad_utf8, COUNT(bad_utf8)); }
static void m_refs(struct buf *b) { m_inject(b, refs, COUNT(refs)); }

static const struct mutation mutations[] = {
   { "flip", m_flip, 6 },
   { "setbyte", m_setbyte, 6 },
   { "delete", m_delete, 5 },
   { "duplicate", m_duplicate, 5 },
   { "truncate", m_truncate, 4 },
   { "number", m_number_any, 12 },
   { "attr-name", m_attr_name, 8 },
   { "attr-swap", m_attr_swap, 5 },
   { "elem-name", m_elem_name, 6 },
   { "ids", m_ids, 8 },
   { "nest", m_nest, 3 },
   { "utf8", m_utf8, 6 },
   { "refs", m_refs, 5 },
   { "markup", m_markup, 5 },
   { "lines", m_lines, 8 },
   { "long-value", m_long_value, 2 },
};

static const struct mutation *pick_mutation(void)
{
   unsigned total = 0;
   for (size_t i = 0; i < COUNT(mutations); i++) total += mutations[i].weight;
   unsigned r = (unsigned)below(total);
   for (size_t i = 0; i < COUNT(mutations); i++) {
      if (r < mutations[i].weight) return &mutations[i];
      r -= mutations[i].weight;
   }
   return &mutations[0];
}

static void read_file(const char *path, struct buf *b)
{
   FILE *f = fopen(path, "rb");
   if (!f) { perror(path); exit(2); }
   char tmp[65536];
   size_t n;
   while ((n = fread(tmp, 1, sizeof tmp, f)) > 0) {
      need(b, n);
      memcpy(b->p + b->n, tmp, n);
      b->n += n;
   }
   fclose(f);
}

int main(int argc, char **argv)
{
   if (argc != 6) {
      fprintf(stderr, "usage: mutate_profile SEED FIRST COUNT IN OUTDIR\n");
      return 2;
   }
   uint64_t seed = strtoull(argv[1], NULL, 10);
   unsigned long first = strtoul(argv[2], NULL, 10);
   unsigned long count = strtoul(argv[3], NULL, 10);
   struct buf orig = { 0 };
   read_file(argv[4], &orig);
   for (unsigned long i = first; i < first + count; i++) {
      struct buf b = { 0 };
      need(&b, orig.n + 1);
      memcpy(b.p, orig.p, orig.n);
      b.n = orig.n;
      b.p[b.n] = 0;               /* for strstr */
      rng_state = seed * 0x100000001b3ULL ^ (uint64_t)i * 0x9e3779b97f4a7c15ULL;
      next();
      printf("%05lu", i);
      /* one mutation in 250 first grows the file past 32 MiB */
      if (below(250) == 0) {
         m_inflate(&b);
         printf(" inflate");
      }
      unsigned n = 1 + (below(3) == 0 ? 1 + (unsigned)below(2) : 0);
      for (unsigned j = 0; j < n; j++) {
         const struct mutation *m = pick_mutation();
         need(&b, 1);
         b.p[b.n] = 0;            /* for strstr */
         m->fn(&b);
         printf(" %s", m->name);
      }
      printf("\n");
      char path[4096];
      snprintf(path, sizeof path, "%s/%05lu.xml", argv[5], i);
      FILE *f = fopen(path, "wb");
      if (!f || fwrite(b.p, 1, b.n, f) != b.n || fclose(f) != 0) {
         perror(path);
         return 2;
      }
      free(b.p);
   }
   free(orig.p);
   return 0;
}
