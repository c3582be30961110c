/* hc_frames.c: heapcount's frame table (hc_frames.h).  Frames are keyed
   by code address and debug-info epoch; an address stands for one frame,
   or for several when calls were inlined there.

   A frame's name, file, line and object come from VG_(describe_IP) in
   its XML form, which keeps them apart (and the directory whole): the
   file is spelled "dir/file" as the debug info records it, as cachegrind
   writes fl= lines and as bg_symbols.c spells it for the other tools.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_debuginfo.h"
#include "pub_tool_hashtable.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcprint.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_options.h"
#include "pub_tool_xarray.h"
#include "bg_symbols.h"
#include "hc_frames.h"

typedef struct {
   Addr         ip;
   const HChar* name;      /* interned */
   const HChar* file;
   const HChar* object;    /* NULL when unknown */
   UInt         line;
} Frame;

/* The frames of one code address: ids first .. first + n - 1. */
typedef struct IpFrames {
   struct IpFrames* next;  /* VgHashNode header */
   UWord            key;   /* the address */
   UInt             epoch;
   UInt             first, n;
} IpFrames;

static XArray*      frames;      /* of Frame; id = index + 1 */
static VgHashTable* by_ip;
static XArray*      stack_ids;   /* of UInt, hc_frames_stack's result */

void hc_frames_init(void)
{
   frames = VG_(newXA)(VG_(malloc), "hc.frames", VG_(free), sizeof(Frame));
   by_ip = VG_(HT_construct)("hc.frames.ip");
   stack_ids = VG_(newXA)(VG_(malloc), "hc.frames.stack", VG_(free),
                          sizeof(UInt));
}

static Word same_ip(const void* a, const void* b)
{
   const IpFrames* x = a;
   const IpFrames* y = b;
   return x->key == y->key && x->epoch == y->epoch ? 0 : 1;
}

static IpFrames* lookup(DiEpoch ep, Addr ip)
{
   IpFrames key;
   key.key = ip;
   key.epoch = ep.n;
   return VG_(HT_gen_lookup)(by_ip, &key, same_ip);
}

/* ---- describing a frame --------------------------------------------- */

/* The text of element <TAG> in XML (describe_IP's), with &amp; &lt;
   &gt; decoded, interned; or NULL when absent. */
static const HChar* xml_field(const HChar* xml, const HChar* tag)
{
   HChar open[16], buf[4096];
   const HChar* s;
   SizeT n = 0;
   VG_(snprintf)(open, sizeof open, "<%s>", tag);
   s = VG_(strstr)(xml, open);
   if (s == NULL)
      return NULL;
   for (s += VG_(strlen)(open); *s && *s != '<' && n < sizeof buf - 1; ) {
      if (VG_(strncmp)(s, "&amp;", 5) == 0) {
         buf[n++] = '&';
         s += 5;
      } else if (VG_(strncmp)(s, "&lt;", 4) == 0) {
         buf[n++] = '<';
         s += 4;
      } else if (VG_(strncmp)(s, "&gt;", 4) == 0) {
         buf[n++] = '>';
         s += 4;
      } else
         buf[n++] = *s++;
   }
   buf[n] = '\0';
   return bg_intern(buf);
}

/* One frame from describe_IP's XML: <fn>, <dir>, <file>, <line>, <obj>,
   each present only when known. */
static void add_frame(Addr ip, const HChar* xml)
{
   Frame f;
   const HChar* dir = xml_field(xml, "dir");
   const HChar* file = xml_field(xml, "file");
   const HChar* line = xml_field(xml, "line");
   f.ip = ip;
   f.name = xml_field(xml, "fn");
   if (f.name == NULL)
      f.name = bg_intern("???");
   f.object = xml_field(xml, "obj");
   f.line = line ? (UInt)VG_(strtoll10)(line, NULL) : 0;
   if (file == NULL)
      f.file = bg_intern("???");
   else if (dir == NULL || dir[0] == '\0')
      f.file = file;
   else {
      HChar buf[4096];
      VG_(snprintf)(buf, sizeof buf, "%s/%s", dir, file);
      f.file = bg_intern(buf);
   }
   VG_(addToXA)(frames, &f);
}

/* Numbers the frames at IP: one, or more when calls were inlined there
   (innermost first). */
static void add_ip(DiEpoch ep, Addr ip)
{
   IpFrames* node = VG_(malloc)("hc.frames.node", sizeof *node);
   Bool xml = VG_(clo_xml);
   InlIPCursor* iipc;
   node->key = ip;
   node->epoch = ep.n;
   node->first = (UInt)VG_(sizeXA)(frames) + 1;
   /* Valgrind describes a frame field by field only in its XML form. */
   VG_(clo_xml) = True;
   iipc = VG_(new_IIPC)(ep, ip);
   do
      add_frame(ip, VG_(describe_IP)(ep, ip, iipc));
   while (VG_(next_IIPC)(iipc));
   VG_(delete_IIPC)(iipc);
   VG_(clo_xml) = xml;
   node->n = (UInt)VG_(sizeXA)(frames) + 1 - node->first;
   VG_(HT_add_node)(by_ip, node);
}

/* ---- stacks ---------------------------------------------------------- */

#define MAX_IPS 256

typedef struct {
   Addr    ips[MAX_IPS];
   UInt    n;
   DiEpoch ep;
} Stack;

static void collect_ip(UInt i, DiEpoch ep, Addr ip, void* opaque)
{
   Stack* st = opaque;
   st->ep = ep;
   if (st->n < MAX_IPS)
      st->ips[st->n++] = ip;
}

static Bool in_preload(DiEpoch ep, Addr ip)
{
   const HChar* obj;
   const HChar* base;
   if (!VG_(get_objname)(ep, ip, &obj))
      return False;
   base = VG_(strrchr)(obj, '/');
   base = base ? base + 1 : obj;
   return VG_(strncmp)(base, "vgpreload_", 10) == 0;
}

/* EC's addresses without the malloc replacement's frames on top; a stack
   with no address at all is one unknown frame at address 0. */
static void get_stack(ExeContext* ec, Stack* st)
{
   UInt skip = 0, i;
   st->n = 0;
   st->ep = VG_(get_ExeContext_epoch)(ec);
   VG_(apply_ExeContext)(collect_ip, st, ec);
   while (skip + 1 < st->n && in_preload(st->ep, st->ips[skip]))
      skip++;
   for (i = skip; i < st->n; i++)
      st->ips[i - skip] = st->ips[i];
   st->n -= skip;
   if (st->n == 0)
      st->ips[st->n++] = 0;
}

void hc_frames_add(ExeContext* ec)
{
   Stack st;
   UInt i;
   get_stack(ec, &st);
   for (i = 0; i < st.n; i++)
      if (lookup(st.ep, st.ips[i]) == NULL)
         add_ip(st.ep, st.ips[i]);
}

const UInt* hc_frames_stack(ExeContext* ec, UInt* n)
{
   Stack st;
   UInt i, k;
   get_stack(ec, &st);
   VG_(dropTailXA)(stack_ids, VG_(sizeXA)(stack_ids));
   for (i = 0; i < st.n; i++) {
      const IpFrames* node = lookup(st.ep, st.ips[i]);
      tl_assert(node != NULL);
      for (k = 0; k < node->n; k++) {
         UInt id = node->first + k;
         VG_(addToXA)(stack_ids, &id);
      }
   }
   *n = (UInt)VG_(sizeXA)(stack_ids);
   return VG_(indexXA)(stack_ids, 0);
}

void hc_frames_write(BgXml* x)
{
   Word i, n = VG_(sizeXA)(frames);
   if (n == 0)
      return;
   bg_xml_begin_frames(x);
   for (i = 0; i < n; i++) {
      const Frame* f = VG_(indexXA)(frames, i);
      bg_xml_frame(x, (UInt)i + 1, f->ip, f->name, f->file, f->line,
                   f->object);
   }
   bg_xml_end_frames(x);
}

void hc_frames_free(void)
{
   VG_(HT_destruct)(by_ip, VG_(free));
   VG_(deleteXA)(frames);
   VG_(deleteXA)(stack_ids);
}
