/* bg_symbols.c: debug-info lookups for instrumentation, and the interned
   tables of strings, functions and source lines they produce.  Lookups
   happen when a superblock is translated, never when it runs.

   Copyright (C) 2026 The benchgrind authors.  GPL-2.0-or-later. */

#include "pub_tool_basics.h"
#include "pub_tool_debuginfo.h"
#include "pub_tool_libcassert.h"
#include "pub_tool_libcbase.h"
#include "pub_tool_libcprint.h"
#include "pub_tool_mallocfree.h"
#include "pub_tool_xarray.h"
#include "bg_symbols.h"

/* ---- a small open-addressing table of ids ------------------------------
   Slots hold ids into an outside array; the caller supplies the hash and
   the comparison against a key. */

#define EMPTY 0xFFFFFFFFu

typedef struct {
   UInt* slots;
   UInt  size;      /* a power of two */
   UInt  used;
} IdTable;

typedef Bool (*IdMatches)(UInt id, const void* key);
typedef UInt (*IdHash)(UInt id);

static void id_table_init(IdTable* t)
{
   UInt i;
   t->size = 1024;
   t->used = 0;
   t->slots = VG_(malloc)("bg.sym.table", t->size * sizeof(UInt));
   for (i = 0; i < t->size; i++)
      t->slots[i] = EMPTY;
}

static void id_table_grow(IdTable* t, IdHash rehash)
{
   UInt old_size = t->size, i;
   UInt* old = t->slots;
   t->size *= 2;
   t->slots = VG_(malloc)("bg.sym.table", t->size * sizeof(UInt));
   for (i = 0; i < t->size; i++)
      t->slots[i] = EMPTY;
   for (i = 0; i < old_size; i++) {
      UInt j;
      if (old[i] == EMPTY)
         continue;
      for (j = rehash(old[i]) & (t->size - 1); t->slots[j] != EMPTY;
           j = (j + 1) & (t->size - 1))
         ;
      t->slots[j] = old[i];
   }
   VG_(free)(old);
}

/* Returns the slot for KEY: holding its id, or EMPTY where it would go. */
static UInt* id_table_find(IdTable* t, UInt hash, const void* key,
                           IdMatches matches)
{
   UInt j;
   for (j = hash & (t->size - 1); t->slots[j] != EMPTY;
        j = (j + 1) & (t->size - 1))
      if (matches(t->slots[j], key))
         return &t->slots[j];
   return &t->slots[j];
}

static UInt hash_string(const HChar* s)
{
   UInt h = 2166136261u;
   for (; *s; s++)
      h = (h ^ (UChar)*s) * 16777619u;
   return h;
}

static UInt hash_words(UWord a, UWord b, UWord c)
{
   ULong h = a * 0x9E3779B97F4A7C15ULL;
   h ^= b + 0x7F4A7C159E3779B9ULL + (h << 6) + (h >> 2);
   h ^= c + 0x94D049BB133111EBULL + (h << 6) + (h >> 2);
   return (UInt)(h ^ (h >> 32));
}

/* ---- interned strings ----------------------------------------------- */

static XArray* strings;            /* of const HChar* */
static IdTable string_table;

static const HChar* string_at(UInt id)
{
   return *(const HChar**)VG_(indexXA)(strings, id);
}
static Bool string_matches(UInt id, const void* key)
{
   return VG_(strcmp)(string_at(id), key) == 0;
}
static UInt string_rehash(UInt id)
{
   return hash_string(string_at(id));
}

const HChar* bg_intern(const HChar* s)
{
   UInt* slot;
   HChar* copy;
   if (strings == NULL) {
      strings = VG_(newXA)(VG_(malloc), "bg.sym.strings", VG_(free),
                           sizeof(HChar*));
      id_table_init(&string_table);
   }
   slot = id_table_find(&string_table, hash_string(s), s, string_matches);
   if (*slot != EMPTY)
      return string_at(*slot);
   copy = VG_(strdup)("bg.sym.string", s);
   *slot = (UInt)VG_(addToXA)(strings, &copy);
   if (++string_table.used * 2 > string_table.size)
      id_table_grow(&string_table, string_rehash);
   return copy;
}

/* ---- functions and lines ------------------------------------------- */

static XArray* functions;          /* of BgFunction */
static XArray* lines;              /* of BgLine */
static IdTable function_table, line_table;

/* A function is its name, source file and ELF object: code without
   symbols ("???") in two libraries is two functions, each reported in the
   object that holds it. */
typedef struct {
   const HChar* object;
   const HChar* file;
   const HChar* name;
} FunctionKey;

const BgFunction* bg_sym_function(UInt id)
{
   return VG_(indexXA)(functions, id);
}
const BgLine* bg_sym_line(UInt id)
{
   return VG_(indexXA)(lines, id);
}
UInt bg_sym_n_functions(void)
{
   return functions ? (UInt)VG_(sizeXA)(functions) : 0;
}
UInt bg_sym_n_lines(void)
{
   return lines ? (UInt)VG_(sizeXA)(lines) : 0;
}

static Bool function_matches(UInt id, const void* key)
{
   const FunctionKey* k = key;
   const BgFunction* f = bg_sym_function(id);
   return f->file == k->file && f->name == k->name && f->object == k->object;
}
static UInt function_hash(const HChar* object, const HChar* file,
                          const HChar* name)
{
   return hash_words((UWord)file, (UWord)name, (UWord)object);
}
static UInt function_rehash(UInt id)
{
   const BgFunction* f = bg_sym_function(id);
   return function_hash(f->object, f->file, f->name);
}
static Bool line_matches(UInt id, const void* key)
{
   const BgLine* k = key;
   const BgLine* l = bg_sym_line(id);
   return l->fn == k->fn && l->line == k->line;
}
static UInt line_rehash(UInt id)
{
   const BgLine* l = bg_sym_line(id);
   return hash_words(l->fn, l->line, 1);
}

static void init_tables(void)
{
   functions = VG_(newXA)(VG_(malloc), "bg.sym.fns", VG_(free),
                          sizeof(BgFunction));
   lines = VG_(newXA)(VG_(malloc), "bg.sym.lines", VG_(free),
                      sizeof(BgLine));
   id_table_init(&function_table);
   id_table_init(&line_table);
}

/* OBJECT, FILE and NAME are interned (OBJECT may be NULL). */
static UInt function_id(const HChar* object, const HChar* file,
                        const HChar* name, UInt line)
{
   FunctionKey key = { object, file, name };
   UInt* slot = id_table_find(&function_table,
                              function_hash(object, file, name),
                              &key, function_matches);
   BgFunction f;
   UInt id;
   if (*slot != EMPTY) {
      BgFunction* known = VG_(indexXA)(functions, *slot);
      if (line != 0 && (known->line == 0 || line < known->line))
         known->line = line;
      return *slot;
   }
   f.file = file;
   f.name = name;
   f.line = line;
   f.object = object;
   id = *slot = (UInt)VG_(addToXA)(functions, &f);
   if (++function_table.used * 2 > function_table.size)
      id_table_grow(&function_table, function_rehash);
   return id;
}

static UInt line_id(UInt fn, UInt line)
{
   BgLine key = { fn, line };
   UInt* slot = id_table_find(&line_table, hash_words(fn, line, 1), &key,
                              line_matches);
   UInt id;
   if (*slot != EMPTY)
      return *slot;
   id = *slot = (UInt)VG_(addToXA)(lines, &key);
   if (++line_table.used * 2 > line_table.size)
      id_table_grow(&line_table, line_rehash);
   return id;
}

/* The file name as cachegrind prints it: "dir/file" when a directory is
   known.  The result is interned. */
static const HChar* file_name(const HChar* dir, const HChar* file)
{
   HChar buf[4096];
   if (dir == NULL || dir[0] == '\0')
      return bg_intern(file);
   VG_(snprintf)(buf, sizeof buf, "%s/%s", dir, file);
   return bg_intern(buf);
}

UInt bg_sym_line_of(Addr a)
{
   DiEpoch ep = VG_(current_DiEpoch)();
   const HChar *file, *dir, *name, *obj;
   const HChar *ifile, *iname, *iobj;
   UInt line;
   if (functions == NULL)
      init_tables();
   if (VG_(get_filename_linenum)(ep, a, &file, &dir, &line))
      ifile = file_name(dir, file);
   else {
      ifile = bg_intern("???");
      line = 0;
   }
   /* The name must be looked up after the file: each lookup may reuse the
      buffer of the one before. */
   iname = bg_intern(VG_(get_fnname)(ep, a, &name) ? name : "???");
   iobj = VG_(get_objname)(ep, a, &obj) ? bg_intern(obj) : NULL;
   return line_id(function_id(iobj, ifile, iname, line), line);
}
