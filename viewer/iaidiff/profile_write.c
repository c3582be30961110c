/* profile_write.c: writing a profile back in the docs/profile.rng format
   (used by iaidiff --merge).

   Copyright (C) 2026 The benchgrind authors.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include "merge.h"

#include <stdio.h>

#include "xmlout.h"

static void write_metrics(struct xmlout *o, const struct metric_list *l)
{
   for (size_t i = 0; i < l->n; i++) {
      xmlout_start(o, "metric");
      xmlout_attr(o, "name", l->v[i].name);
      xmlout_attr_u64(o, "value", l->v[i].value);
      xmlout_end(o);
   }
}

static void write_costs(struct xmlout *o, const struct costs *c)
{
   write_metrics(o, &c->metrics);
   for (size_t i = 0; i < c->nfunctions && !o->failed; i++) {
      const struct function *f = &c->functions[i];
      xmlout_start(o, "function");
      xmlout_attr(o, "name", f->name);
      xmlout_attr(o, "file", f->file);
      xmlout_attr_u64(o, "line", f->line);
      if (f->object)
         xmlout_attr(o, "object", f->object);
      write_metrics(o, &f->metrics);
      xmlout_end(o);
   }
   for (size_t i = 0; i < c->nsites && !o->failed; i++) {
      const struct site *s = &c->sites[i];
      xmlout_start(o, "site");
      for (size_t j = 0; j < s->nframes; j++) {
         const struct frame *f = &s->frames[j];
         xmlout_start(o, "frame");
         xmlout_attr(o, "name", f->name);
         xmlout_attr(o, "file", f->file);
         xmlout_attr_u64(o, "line", f->line);
         xmlout_attr(o, "ip", f->ip);
         if (f->object)
            xmlout_attr(o, "object", f->object);
         xmlout_end(o);
      }
      write_metrics(o, &s->metrics);
      xmlout_end(o);
   }
}

int profile_write(const char *path, const struct profile *p, char *why,
                  size_t whylen)
{
   struct xmlout o;
   if (xmlout_open(&o) < 0) {
      snprintf(why, whylen, "%s: out of memory", path);
      return -1;
   }
   xmlout_start(&o, "profile");
   xmlout_attr(&o, "tool", p->tool);
   xmlout_attr(&o, "version", "1");
   xmlout_start(&o, "command");
   xmlout_text(&o, p->command);
   xmlout_end(&o);
   if (p->has_pid) {
      xmlout_start(&o, "pid");
      if (xmlTextWriterWriteFormatString(o.w, "%u", p->pid) < 0)
         o.failed = 1;
      xmlout_end(&o);
   }
   if (p->has_ppid) {
      xmlout_start(&o, "ppid");
      if (xmlTextWriterWriteFormatString(o.w, "%u", p->ppid) < 0)
         o.failed = 1;
      xmlout_end(&o);
   }
   if (p->partial) {
      xmlout_start(&o, "partial");
      xmlout_attr(&o, "reason", p->partial);
      xmlout_end(&o);
   }
   for (size_t i = 0; i < p->noptions; i++) {
      xmlout_start(&o, "option");
      xmlout_attr(&o, "name", p->options[i].name);
      xmlout_attr(&o, "value", p->options[i].value);
      xmlout_end(&o);
   }
   xmlout_start(&o, "summary");
   write_costs(&o, &p->summary);
   xmlout_end(&o);
   for (size_t i = 0; i < p->nregions && !o.failed; i++) {
      xmlout_start(&o, "region");
      xmlout_attr(&o, "name", p->regions[i].name);
      write_costs(&o, &p->regions[i].costs);
      xmlout_end(&o);
   }
   xmlout_end(&o);
   return xmlout_save(&o, path, why, whylen);
}
