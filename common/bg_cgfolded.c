/* bg_cgfolded.c: folded stacks (bg_cgfile.h): the call tree walked depth
   first, one "root;...;leaf count" line per stack with a self cost;
   stacks that print alike (functions of one name in two objects) are
   added up into one line.  A ';' in a name becomes ':' and a control
   character '?', so that a line always splits into its frames.  Stacks
   are cut after MAX_FRAMES frames (a deep recursion would make the file
   grow with the square of its depth): what ran deeper is counted on a
   line ending in a frame "...".

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_hashtable.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_xarray.h"
#include "bg_outfile.h"
#include "bg_cgfn.h"
#include "bg_cgtree.h"
#include "bg_cgfile.h"

#define MAX_FRAMES 1024

typedef struct Stack {
   struct Stack* next;
   UWord         key;
   HChar*        text;
   ULong         count;
} Stack;

static UWord hash(const HChar* s)
{
   ULong h = 14695981039346656037ULL;
   for (; *s; s++)
      h = (h ^ (UChar)*s) * 1099511628211ULL;
   return (UWord)(h ^ (h >> 32));
}

static Word same_text(const void* a, const void* b)
{
   return VG_(strcmp)(((const Stack*)a)->text, ((const Stack*)b)->text);
}

/* Appends NAME, cleaned, to BUF at *LEN (growing it). */
static void append(HChar** buf, SizeT* cap, SizeT* len, const HChar* name)
{
   SizeT n = VG_(strlen)(name), i;
   while (*len + n + 2 > *cap) {
      *cap *= 2;
      *buf = VG_(realloc)("bg.folded.buf", *buf, *cap);
   }
   if (*len > 0)
      (*buf)[(*len)++] = ';';
   for (i = 0; i < n; i++) {
      HChar c = name[i];
      (*buf)[(*len)++] = c == ';' ? ':' : (UChar)c < 0x20 ? '?' : c;
   }
   (*buf)[*len] = '\0';
}

Bool bg_cgfolded_write(const HChar* option, const HChar* pattern,
                       const HChar* suffix, const BgCgFileSpec* s)
{
   const BgCgResults* r = s->results;
   UInt n = r->n_nodes, ne = r->n_events, col = s->columns[0], i, k;
   UInt *first, *kids, *fill, *stack, *next;
   SizeT* mark;
   SizeT cap = 4096, len = 0;
   HChar* buf = VG_(malloc)("bg.folded.buf", cap);
   VgHashTable* seen = VG_(HT_construct)("bg.folded.seen");
   XArray* order = VG_(newXA)(VG_(malloc), "bg.folded.order", VG_(free),
                              sizeof(Stack*));
   UInt depth = 0;
   BgOut* out = bg_out_open(option, pattern, suffix);
   if (out == NULL)
      return False;
   /* children of each result node (parents come before children) */
   first = VG_(calloc)("bg.folded.first", n + 1, sizeof(UInt));
   kids = VG_(malloc)("bg.folded.kids", (n ? n : 1) * sizeof(UInt));
   fill = VG_(malloc)("bg.folded.fill", (n + 1) * sizeof(UInt));
   for (k = 1; k < n; k++)
      first[r->parent[k] + 1]++;
   for (k = 0; k < n; k++)
      first[k + 1] += first[k];
   VG_(memcpy)(fill, first, (n + 1) * sizeof(UInt));
   for (k = 1; k < n; k++)
      kids[fill[r->parent[k]]++] = k;
   stack = VG_(malloc)("bg.folded.stack", (n ? n : 1) * sizeof(UInt));
   next = VG_(malloc)("bg.folded.next", (n ? n : 1) * sizeof(UInt));
   mark = VG_(malloc)("bg.folded.mark", (n ? n : 1) * sizeof(SizeT));
   buf[0] = '\0';
   stack[0] = 0;
   next[0] = first[0];
   mark[0] = 0;
   depth = 1;
   while (depth > 0) {
      UInt top = stack[depth - 1];
      if (next[depth - 1] < first[top + 1]) {
         UInt c = kids[next[depth - 1]++];
         ULong self = r->self[(SizeT)c * ne + col];
         len = mark[depth - 1];
         buf[len] = '\0';
         if (depth <= MAX_FRAMES)
            append(&buf, &cap, &len,
                   bg_cgfn(bg_cgtree_nodes[r->node[c]].fn)->name);
         else if (depth == MAX_FRAMES + 1)
            append(&buf, &cap, &len, "...");
         if (self > 0) {
            Stack probe, *st;
            probe.key = hash(buf);
            probe.text = buf;
            st = VG_(HT_gen_lookup)(seen, &probe, same_text);
            if (st == NULL) {
               st = VG_(malloc)("bg.folded.stack", sizeof *st);
               st->key = probe.key;
               st->text = VG_(strdup)("bg.folded.text", buf);
               st->count = 0;
               VG_(HT_add_node)(seen, st);
               VG_(addToXA)(order, &st);
            }
            st->count += self;
         }
         stack[depth] = c;
         next[depth] = first[c];
         mark[depth++] = len;
      } else {
         depth--;
      }
   }
   /* (costs spent with no frame at all; none are expected) */
   if (n > 0 && r->self[col] > 0)
      bg_out_printf(out, "[no frame] %llu\n", r->self[col]);
   for (i = 0; i < (UInt)VG_(sizeXA)(order); i++) {
      Stack* st = *(Stack**)VG_(indexXA)(order, i);
      bg_out_printf(out, "%s %llu\n", st->text, st->count);
      VG_(free)(st->text);
   }
   VG_(HT_destruct)(seen, VG_(free));
   VG_(deleteXA)(order);
   VG_(free)(first);
   VG_(free)(kids);
   VG_(free)(fill);
   VG_(free)(stack);
   VG_(free)(next);
   VG_(free)(mark);
   VG_(free)(buf);
   return bg_out_commit(out);
}
