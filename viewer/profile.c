/* profile.c: the profile reader.  Streams a document through libxml2's
   xmlTextReader (no DOM, so memory stays proportional to the data kept),
   checks it against the structure of docs/profile.rng and fills the structs
   of profile.h.  Input is untrusted: no network, no DTD loading, no entity
   substitution, and any DOCTYPE is refused.

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#define _GNU_SOURCE   /* memmem */
#include "profile.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/xmlreader.h>

enum ctx {
   C_DOC, C_PROFILE, C_COMMAND, C_PID, C_PPID, C_PARTIAL, C_OPTION,
   C_COSTS, C_FUNCTION, C_SITE, C_FRAME, C_METRIC
};

#define MAX_DEPTH 8

struct reader {
   xmlTextReaderPtr xr;
   const char *name;            /* file name for messages */
   struct profile *p;
   struct profile_error *err;
   int failed;
   enum ctx stack[MAX_DEPTH];
   int depth;
   int seen_root, seen_command, seen_summary, seen_pid, seen_ppid,
       seen_partial;
   struct costs *costs;         /* the summary or region being read */
   struct metric_list *metrics; /* where <metric> goes now */
   size_t metrics_stamp;        /* number of that list, for duplicates */
   size_t next_stamp;
   struct site *site;
   char *text;                  /* text of <command>, <pid>, <ppid> */
   size_t textlen;
   struct strtab region_names;
};

/* ---- errors ------------------------------------------------------------ */

static void fail_at(struct reader *r, int line, const char *fmt, ...)
{
   if (r->failed)
      return;
   r->failed = 1;
   char detail[400];
   va_list ap;
   va_start(ap, fmt);
   vsnprintf(detail, sizeof detail, fmt, ap);
   va_end(ap);
   if (line > 0)
      snprintf(r->err->msg, sizeof r->err->msg, "%s:%d: %s", r->name, line,
               detail);
   else
      snprintf(r->err->msg, sizeof r->err->msg, "%s: %s", r->name, detail);
}

static int node_line(struct reader *r)
{
   xmlNodePtr n = xmlTextReaderCurrentNode(r->xr);
   return n ? (int)xmlGetLineNo(n) : 0;
}

static void fail(struct reader *r, const char *fmt, const char *arg)
{
   fail_at(r, node_line(r), fmt, arg);
}

/* libxml2's own diagnostics: keep the first error, print nothing. */
static void on_xml_error(void *arg, xmlErrorPtr e)
{
   struct reader *r = arg;
   if (!e || e->level < XML_ERR_ERROR)
      return;
   char msg[300];
   snprintf(msg, sizeof msg, "%s", e->message ? e->message : "XML error");
   size_t n = strlen(msg);
   while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
      msg[--n] = '\0';
   /* The streaming parser reports input that ends inside the root
      element as "extra content"; say what it is. */
   if (e->code == XML_ERR_DOCUMENT_END && r->depth > 0)
      fail_at(r, e->line, "malformed XML: premature end of data (truncated file?)");
   else
      fail_at(r, e->line, "malformed XML: %s", msg);
}

static void silent_generic(void *ctx, const char *msg, ...)
{
   (void)ctx;
   (void)msg;
}

/* ---- small helpers ----------------------------------------------------- */

/* Parse an unsigned decimal integer of at most MAX.  Returns 0 on success,
   or a short reason. */
static const char *parse_unsigned(const char *s, uint64_t max, uint64_t *v)
{
   if (*s == '\0')
      return "is empty";
   if (*s == '-')
      return "is negative";
   for (const char *c = s; *c; c++)
      if (*c < '0' || *c > '9')
         return "is not a decimal integer";
   errno = 0;
   char *end;
   unsigned long long x = strtoull(s, &end, 10);
   if (errno == ERANGE || *end != '\0' || x > max)
      return "is out of range";
   *v = x;
   return NULL;
}

static char *dup_str(struct reader *r, const char *s)
{
   char *d = strdup(s);
   if (!d)
      fail_at(r, 0, "out of memory");
   return d;
}

static int is_blank(const char *s)
{
   for (; *s; s++)
      if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
         return 0;
   return 1;
}

static void *grow_array(void *v, size_t *cap, size_t n, size_t size)
{
   if (n < *cap)
      return v;
   size_t ncap = *cap ? *cap * 2 : 4;
   void *nv = realloc(v, ncap * size);
   if (nv)
      *cap = ncap;
   return nv;
}

const char *profile_intern(struct profile *p, const char *name)
{
   size_t i;
   int added;
   if (strtab_add(&p->names, name, strlen(name), &i, &added) < 0)
      return NULL;
   if (added && i >= p->capstamp) {
      size_t cap = p->capstamp ? p->capstamp * 2 : 32;
      size_t *st = realloc(p->name_stamp, cap * sizeof *st);
      if (!st)
         return NULL;
      memset(st + p->capstamp, 0, (cap - p->capstamp) * sizeof *st);
      p->name_stamp = st;
      p->capstamp = cap;
   }
   return strtab_key(&p->names, i);
}

const struct metric *metric_find(const struct metric_list *l,
                                 const char *name)
{
   for (size_t i = 0; i < l->n; i++)
      if (l->v[i].name == name)
         return &l->v[i];
   for (size_t i = 0; i < l->n; i++)
      if (strcmp(l->v[i].name, name) == 0)
         return &l->v[i];
   return NULL;
}

/* Start collecting <metric>s into L. */
static void use_metrics(struct reader *r, struct metric_list *l)
{
   r->metrics = l;
   r->metrics_stamp = ++r->next_stamp;
}

/* ---- attributes -------------------------------------------------------- */

/* The attributes an element may carry; values are copied. */
struct attrs {
   const char *want[5];
   char *got[5];
};

static void attrs_free(struct attrs *a)
{
   for (int i = 0; i < 5; i++) {
      free(a->got[i]);
      a->got[i] = NULL;
   }
}

/* Read the wanted attributes of the current element; others are ignored. */
static int read_attrs(struct reader *r, struct attrs *a)
{
   while (xmlTextReaderMoveToNextAttribute(r->xr) == 1) {
      const char *an = (const char *)xmlTextReaderConstName(r->xr);
      const char *av = (const char *)xmlTextReaderConstValue(r->xr);
      for (int i = 0; i < 5 && a->want[i]; i++) {
         if (strcmp(an, a->want[i]) == 0 && !a->got[i]) {
            a->got[i] = dup_str(r, av ? av : "");
            if (!a->got[i])
               return -1;
         }
      }
   }
   xmlTextReaderMoveToElement(r->xr);
   return 0;
}

static int require(struct reader *r, int line, const char *elem,
                   struct attrs *a, int count)
{
   for (int i = 0; i < count; i++) {
      if (!a->got[i]) {
         fail_at(r, line, "<%s> without the %s attribute", elem, a->want[i]);
         return -1;
      }
   }
   return 0;
}

static int parse_line_attr(struct reader *r, int line, const char *elem,
                           const char *s, unsigned *out)
{
   uint64_t v;
   const char *why = parse_unsigned(s, UINT_MAX, &v);
   if (why) {
      fail_at(r, line, "<%s> line \"%s\" %s", elem, s, why);
      return -1;
   }
   *out = (unsigned)v;
   return 0;
}

/* ---- elements ---------------------------------------------------------- */

static int start_profile(struct reader *r, int line)
{
   struct attrs a = { { "tool", "version" }, { 0 } };
   if (read_attrs(r, &a) < 0 || require(r, line, "profile", &a, 2) < 0)
      goto bad;
   if (strcmp(a.got[0], "iaicount") != 0 && strcmp(a.got[0], "cachetrace") != 0
       && strcmp(a.got[0], "heapcount") != 0) {
      fail_at(r, line, "unknown tool \"%s\" (expected iaicount, cachetrace or heapcount)",
              a.got[0]);
      goto bad;
   }
   if (strcmp(a.got[1], "1") != 0) {
      fail_at(r, line, "unsupported profile version \"%s\" (expected 1)",
              a.got[1]);
      goto bad;
   }
   r->p->tool = a.got[0];
   a.got[0] = NULL;
   attrs_free(&a);
   return 0;
bad:
   attrs_free(&a);
   return -1;
}

static int start_metric(struct reader *r, int line)
{
   struct attrs a = { { "name", "value" }, { 0 } };
   if (read_attrs(r, &a) < 0 || require(r, line, "metric", &a, 2) < 0)
      goto bad;
   if (is_blank(a.got[0])) {
      fail_at(r, line, "<metric> with an empty name");
      goto bad;
   }
   uint64_t v;
   const char *why = parse_unsigned(a.got[1], UINT64_MAX, &v);
   if (why) {
      fail_at(r, line, "metric %s: value \"%.40s\" %s (expected an unsigned 64-bit integer)",
              a.got[0], a.got[1], why);
      goto bad;
   }
   const char *name = profile_intern(r->p, a.got[0]);
   if (!name) {
      fail_at(r, 0, "out of memory");
      goto bad;
   }
   size_t idx = strtab_find(&r->p->names, name, strlen(name));
   if (r->p->name_stamp[idx] == r->metrics_stamp) {
      fail_at(r, line, "duplicate metric %s", name);
      goto bad;
   }
   r->p->name_stamp[idx] = r->metrics_stamp;
   struct metric_list *l = r->metrics;
   struct metric *nv = grow_array(l->v, &l->cap, l->n, sizeof *nv);
   if (!nv) {
      fail_at(r, 0, "out of memory");
      goto bad;
   }
   l->v = nv;
   l->v[l->n].name = name;
   l->v[l->n].value = v;
   l->n++;
   attrs_free(&a);
   return 0;
bad:
   attrs_free(&a);
   return -1;
}

static int start_function(struct reader *r, int line)
{
   struct attrs a = { { "name", "file", "line", "object" }, { 0 } };
   struct costs *c = r->costs;
   if (read_attrs(r, &a) < 0 || require(r, line, "function", &a, 3) < 0)
      goto bad;
   unsigned ln;
   if (parse_line_attr(r, line, "function", a.got[2], &ln) < 0)
      goto bad;
   struct function *nf = grow_array(c->functions, &c->capfunctions,
                                    c->nfunctions, sizeof *nf);
   if (!nf) {
      fail_at(r, 0, "out of memory");
      goto bad;
   }
   c->functions = nf;
   struct function *f = &c->functions[c->nfunctions++];
   memset(f, 0, sizeof *f);
   f->name = a.got[0];
   f->file = a.got[1];
   f->object = a.got[3];
   f->line = ln;
   free(a.got[2]);
   use_metrics(r, &f->metrics);
   return 0;
bad:
   attrs_free(&a);
   return -1;
}

static int start_site(struct reader *r)
{
   struct costs *c = r->costs;
   struct site *ns = grow_array(c->sites, &c->capsites, c->nsites,
                                sizeof *ns);
   if (!ns) {
      fail_at(r, 0, "out of memory");
      return -1;
   }
   c->sites = ns;
   r->site = &c->sites[c->nsites++];
   memset(r->site, 0, sizeof *r->site);
   use_metrics(r, &r->site->metrics);
   return 0;
}

static int start_frame(struct reader *r, int line)
{
   struct attrs a = { { "name", "file", "line", "ip", "object" }, { 0 } };
   struct site *s = r->site;
   if (read_attrs(r, &a) < 0 || require(r, line, "frame", &a, 4) < 0)
      goto bad;
   unsigned ln;
   if (parse_line_attr(r, line, "frame", a.got[2], &ln) < 0)
      goto bad;
   /* frames are few per site: grow one at a time */
   struct frame *nf = realloc(s->frames, (s->nframes + 1) * sizeof *nf);
   if (!nf) {
      fail_at(r, 0, "out of memory");
      goto bad;
   }
   s->frames = nf;
   struct frame *f = &s->frames[s->nframes++];
   f->name = a.got[0];
   f->file = a.got[1];
   f->line = ln;
   f->ip = a.got[3];
   f->object = a.got[4];
   free(a.got[2]);
   return 0;
bad:
   attrs_free(&a);
   return -1;
}

static int start_region(struct reader *r, int line)
{
   struct attrs a = { { "name" }, { 0 } };
   struct profile *p = r->p;
   if (read_attrs(r, &a) < 0 || require(r, line, "region", &a, 1) < 0)
      goto bad;
   size_t idx;
   int added;
   if (strtab_add(&r->region_names, a.got[0], strlen(a.got[0]), &idx,
                  &added) < 0) {
      fail_at(r, 0, "out of memory");
      goto bad;
   }
   if (!added) {
      fail_at(r, line, "duplicate region \"%.100s\"", a.got[0]);
      goto bad;
   }
   struct region *nr = realloc(p->regions, (p->nregions + 1) * sizeof *nr);
   if (!nr) {
      fail_at(r, 0, "out of memory");
      goto bad;
   }
   p->regions = nr;
   struct region *rg = &p->regions[p->nregions++];
   memset(rg, 0, sizeof *rg);
   rg->name = a.got[0];
   r->costs = &rg->costs;
   use_metrics(r, &rg->costs.metrics);
   return 0;
bad:
   attrs_free(&a);
   return -1;
}

static int start_option(struct reader *r, int line)
{
   struct attrs a = { { "name", "value" }, { 0 } };
   struct profile *p = r->p;
   if (read_attrs(r, &a) < 0 || require(r, line, "option", &a, 2) < 0)
      goto bad;
   struct option_pair *no = realloc(p->options,
                                    (p->noptions + 1) * sizeof *no);
   if (!no) {
      fail_at(r, 0, "out of memory");
      goto bad;
   }
   p->options = no;
   p->options[p->noptions].name = a.got[0];
   p->options[p->noptions].value = a.got[1];
   p->noptions++;
   return 0;
bad:
   attrs_free(&a);
   return -1;
}

static int start_partial(struct reader *r, int line)
{
   struct attrs a = { { "reason" }, { 0 } };
   if (read_attrs(r, &a) < 0 || require(r, line, "partial", &a, 1) < 0) {
      attrs_free(&a);
      return -1;
   }
   r->p->partial = a.got[0];
   return 0;
}

/* Which child NAME may appear in context C, and what it opens. */
static int child_ctx(struct reader *r, enum ctx c, const char *name,
                     int line, enum ctx *out)
{
   int *once = NULL;
   switch (c) {
   case C_DOC:
      if (strcmp(name, "profile") == 0) {
         *out = C_PROFILE;
         return start_profile(r, line);
      }
      fail_at(r, line, "root element is <%.60s>, not <profile>: not a benchgrind profile",
              name);
      return -1;
   case C_PROFILE:
      if (strcmp(name, "command") == 0) {
         *out = C_COMMAND;
         once = &r->seen_command;
      } else if (strcmp(name, "pid") == 0) {
         *out = C_PID;
         once = &r->seen_pid;
      } else if (strcmp(name, "ppid") == 0) {
         *out = C_PPID;
         once = &r->seen_ppid;
      } else if (strcmp(name, "partial") == 0) {
         if (r->seen_partial) {
            fail_at(r, line, "more than one <partial>");
            return -1;
         }
         r->seen_partial = 1;
         *out = C_PARTIAL;
         return start_partial(r, line);
      } else if (strcmp(name, "option") == 0) {
         *out = C_OPTION;
         return start_option(r, line);
      } else if (strcmp(name, "summary") == 0) {
         if (r->seen_summary) {
            fail_at(r, line, "more than one <summary>");
            return -1;
         }
         r->seen_summary = 1;
         *out = C_COSTS;
         r->costs = &r->p->summary;
         use_metrics(r, &r->p->summary.metrics);
         return 0;
      } else if (strcmp(name, "region") == 0) {
         *out = C_COSTS;
         return start_region(r, line);
      } else
         break;
      if (*once) {
         fail_at(r, line, "more than one <%s>", name);
         return -1;
      }
      *once = 1;
      r->textlen = 0;
      return 0;
   case C_COSTS:
      if (strcmp(name, "metric") == 0) {
         *out = C_METRIC;
         return start_metric(r, line);
      } else if (strcmp(name, "function") == 0) {
         *out = C_FUNCTION;
         return start_function(r, line);
      } else if (strcmp(name, "site") == 0) {
         *out = C_SITE;
         return start_site(r);
      }
      break;
   case C_FUNCTION:
      if (strcmp(name, "metric") == 0) {
         *out = C_METRIC;
         return start_metric(r, line);
      }
      break;
   case C_SITE:
      if (strcmp(name, "metric") == 0) {
         *out = C_METRIC;
         return start_metric(r, line);
      } else if (strcmp(name, "frame") == 0) {
         *out = C_FRAME;
         return start_frame(r, line);
      }
      break;
   default:
      break;
   }
   fail_at(r, line, "unexpected element <%.60s>", name);
   return -1;
}

static int append_text(struct reader *r, const char *s)
{
   size_t n = strlen(s);
   char *t = realloc(r->text, r->textlen + n + 1);
   if (!t) {
      fail_at(r, 0, "out of memory");
      return -1;
   }
   memcpy(t + r->textlen, s, n + 1);
   r->text = t;
   r->textlen += n;
   return 0;
}

static int end_ctx(struct reader *r, enum ctx c, int line)
{
   uint64_t v;
   const char *why;
   switch (c) {
   case C_COMMAND:
      r->p->command = dup_str(r, r->text ? r->text : "");
      return r->p->command ? 0 : -1;
   case C_PID:
   case C_PPID:
      why = parse_unsigned(r->text ? r->text : "", UINT_MAX, &v);
      if (why) {
         fail_at(r, line, "<%s> %s", c == C_PID ? "pid" : "ppid", why);
         return -1;
      }
      if (c == C_PID) {
         r->p->pid = (unsigned)v;
         r->p->has_pid = 1;
      } else {
         r->p->ppid = (unsigned)v;
         r->p->has_ppid = 1;
      }
      return 0;
   case C_FUNCTION:
      use_metrics(r, &r->costs->metrics);
      return 0;
   case C_SITE:
      if (r->site->nframes == 0) {
         fail_at(r, line, "<site> without any <frame>");
         return -1;
      }
      use_metrics(r, &r->costs->metrics);
      return 0;
   case C_PROFILE:
      if (!r->seen_command) {
         fail_at(r, line, "<profile> without <command>");
         return -1;
      }
      if (!r->seen_summary) {
         fail_at(r, line, "<profile> without <summary>");
         return -1;
      }
      return 0;
   default:
      return 0;
   }
}

static int on_text(struct reader *r, int type)
{
   const char *s = (const char *)xmlTextReaderConstValue(r->xr);
   enum ctx c = r->stack[r->depth - 1];
   if (!s)
      return 0;
   if (c == C_COMMAND || c == C_PID || c == C_PPID)
      return append_text(r, s);
   if (type == XML_READER_TYPE_WHITESPACE
       || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || is_blank(s))
      return 0;
   fail(r, "unexpected text \"%.40s\"", s);
   return -1;
}

static int on_node(struct reader *r)
{
   int type = xmlTextReaderNodeType(r->xr);
   int line = node_line(r);
   switch (type) {
   case XML_READER_TYPE_DOCUMENT_TYPE:
      fail_at(r, line, "DOCTYPE declarations are not allowed in a profile");
      return -1;
   case XML_READER_TYPE_ENTITY_REFERENCE:
   case XML_READER_TYPE_ENTITY:
      fail_at(r, line, "entity references are not allowed in a profile");
      return -1;
   case XML_READER_TYPE_ELEMENT: {
      const char *name = (const char *)xmlTextReaderConstName(r->xr);
      int empty = xmlTextReaderIsEmptyElement(r->xr);
      enum ctx parent = r->depth ? r->stack[r->depth - 1] : C_DOC;
      enum ctx c;
      if (parent == C_DOC && r->seen_root) {
         fail_at(r, line, "more than one root element");
         return -1;
      }
      if (child_ctx(r, parent, name ? name : "", line, &c) < 0)
         return -1;
      if (parent == C_DOC)
         r->seen_root = 1;
      if (r->depth == MAX_DEPTH) {
         fail_at(r, line, "elements nested too deeply");
         return -1;
      }
      r->stack[r->depth++] = c;
      if (empty) {
         r->depth--;
         return end_ctx(r, c, line);
      }
      return 0;
   }
   case XML_READER_TYPE_END_ELEMENT:
      if (r->depth == 0)
         return 0;
      return end_ctx(r, r->stack[--r->depth], line);
   case XML_READER_TYPE_TEXT:
   case XML_READER_TYPE_CDATA:
   case XML_READER_TYPE_WHITESPACE:
   case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
      if (r->depth == 0)
         return 0;
      return on_text(r, type);
   default:
      return 0;   /* comments, processing instructions */
   }
}

/* ---- entry points ------------------------------------------------------ */

/* Find a DOCTYPE in the prolog (XML declaration, comments, processing
   instructions, blanks) before libxml2 sees its declarations.  Returns the
   line of the DOCTYPE, or 0.  Files in other encodings than UTF-8/ASCII are
   left to the check in on_node. */
static int prolog_doctype_line(const char *buf, size_t len)
{
   size_t i = 0;
   int line = 1;
   if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0)
      i = 3;
   while (i < len) {
      char c = buf[i];
      if (c == '\n') {
         line++;
         i++;
      } else if (c == ' ' || c == '\t' || c == '\r') {
         i++;
      } else if (len - i >= 4 && memcmp(buf + i, "<!--", 4) == 0) {
         const char *end = memmem(buf + i + 4, len - i - 4, "-->", 3);
         if (!end)
            return 0;
         for (const char *s = buf + i; s < end; s++)
            line += *s == '\n';
         i = (size_t)(end - buf) + 3;
      } else if (len - i >= 2 && memcmp(buf + i, "<?", 2) == 0) {
         const char *end = memmem(buf + i + 2, len - i - 2, "?>", 2);
         if (!end)
            return 0;
         for (const char *s = buf + i; s < end; s++)
            line += *s == '\n';
         i = (size_t)(end - buf) + 2;
      } else if (len - i >= 9 && memcmp(buf + i, "<!DOCTYPE", 9) == 0) {
         return line;
      } else {
         return 0;
      }
   }
   return 0;
}

static void costs_free(struct costs *c)
{
   for (size_t i = 0; i < c->nfunctions; i++) {
      struct function *f = &c->functions[i];
      free(f->name);
      free(f->file);
      free(f->object);
      free(f->metrics.v);
   }
   free(c->functions);
   for (size_t i = 0; i < c->nsites; i++) {
      struct site *s = &c->sites[i];
      for (size_t j = 0; j < s->nframes; j++) {
         free(s->frames[j].name);
         free(s->frames[j].file);
         free(s->frames[j].object);
         free(s->frames[j].ip);
      }
      free(s->frames);
      free(s->metrics.v);
   }
   free(c->sites);
   free(c->metrics.v);
}

void profile_free(struct profile *p)
{
   if (!p)
      return;
   free(p->tool);
   free(p->command);
   free(p->partial);
   for (size_t i = 0; i < p->noptions; i++) {
      free(p->options[i].name);
      free(p->options[i].value);
   }
   free(p->options);
   costs_free(&p->summary);
   for (size_t i = 0; i < p->nregions; i++) {
      free(p->regions[i].name);
      costs_free(&p->regions[i].costs);
   }
   free(p->regions);
   strtab_free(&p->names);
   free(p->name_stamp);
   free(p);
}

int profile_load_memory(const char *buf, size_t len, const char *name,
                        struct profile **out, struct profile_error *err)
{
   struct reader r;
   memset(&r, 0, sizeof r);
   r.name = name;
   r.err = err;
   *out = NULL;
   err->msg[0] = '\0';

   if (len == 0) {
      fail_at(&r, 0, "empty file, not a profile");
      return -1;
   }
   if (len > PROFILE_MAX_BYTES || len > INT_MAX) {
      fail_at(&r, 0, "larger than the %zu MiB limit",
              PROFILE_MAX_BYTES >> 20);
      return -1;
   }
   int dt = prolog_doctype_line(buf, len);
   if (dt) {
      fail_at(&r, dt, "DOCTYPE declarations are not allowed in a profile");
      return -1;
   }
   r.p = calloc(1, sizeof *r.p);
   if (!r.p) {
      fail_at(&r, 0, "out of memory");
      return -1;
   }
   xmlSetGenericErrorFunc(NULL, silent_generic);
   r.xr = xmlReaderForMemory(buf, (int)len, NULL, NULL, XML_PARSE_NONET);
   if (!r.xr) {
      fail_at(&r, 0, "cannot create an XML parser");
   } else {
      xmlTextReaderSetStructuredErrorHandler(r.xr, on_xml_error, &r);
      int rc;
      while (!r.failed && (rc = xmlTextReaderRead(r.xr)) == 1)
         on_node(&r);
      if (!r.failed && rc < 0)
         fail_at(&r, 0, "malformed XML");
      if (!r.failed && !r.seen_root)
         fail_at(&r, 0, "no <profile> element");
      xmlFreeTextReader(r.xr);
   }
   free(r.text);
   strtab_free(&r.region_names);
   if (r.failed) {
      profile_free(r.p);
      return -1;
   }
   *out = r.p;
   return 0;
}

int read_file_capped(const char *path, char **bufp, size_t *lenp,
                     struct profile_error *err)
{
   *bufp = NULL;
   *lenp = 0;
   int fd = open(path, O_RDONLY);
   if (fd < 0) {
      snprintf(err->msg, sizeof err->msg, "%s: %s", path, strerror(errno));
      return -1;
   }
   struct stat st;
   if (fstat(fd, &st) < 0) {
      snprintf(err->msg, sizeof err->msg, "%s: %s", path, strerror(errno));
      close(fd);
      return -1;
   }
   if (!S_ISREG(st.st_mode)) {
      snprintf(err->msg, sizeof err->msg, "%s: not a regular file", path);
      close(fd);
      return -1;
   }
   if ((uint64_t)st.st_size > PROFILE_MAX_BYTES) {
      snprintf(err->msg, sizeof err->msg,
               "%s: larger than the %zu MiB limit", path,
               PROFILE_MAX_BYTES >> 20);
      close(fd);
      return -1;
   }
   size_t size = (size_t)st.st_size;
   char *buf = malloc(size + 1);
   if (!buf) {
      snprintf(err->msg, sizeof err->msg, "%s: out of memory", path);
      close(fd);
      return -1;
   }
   size_t got = 0;
   while (got < size) {
      ssize_t n = read(fd, buf + got, size - got);
      if (n < 0 && errno == EINTR)
         continue;
      if (n < 0) {
         snprintf(err->msg, sizeof err->msg, "%s: %s", path,
                  strerror(errno));
         free(buf);
         close(fd);
         return -1;
      }
      if (n == 0)
         break;   /* the file shrank: parse what is there */
      got += (size_t)n;
   }
   close(fd);
   buf[got] = '\0';
   *bufp = buf;
   *lenp = got;
   return 0;
}

int profile_load_file(const char *path, struct profile **out,
                      struct profile_error *err)
{
   char *buf;
   size_t len;
   *out = NULL;
   if (read_file_capped(path, &buf, &len, err) < 0)
      return -1;
   int rc = profile_load_memory(buf, len, path, out, err);
   free(buf);
   return rc;
}
