/* bg_symbols.h: where an instruction belongs (file, function, line),
   resolved once per translation and interned, so that counters can point
   at small integer ids.  Functions are keyed by (ELF object, file,
   function name): cachegrind's and cg_annotate's key (file, function
   name) plus the object, so that code without symbols is filed under the
   object that holds it; readers that want cachegrind's view add up the
   functions that share a file and name. */
#ifndef BG_SYMBOLS_H
#define BG_SYMBOLS_H

#include "pub_tool_basics.h"

typedef struct {
   const HChar* file;    /* "dir/file", or "???" */
   const HChar* name;    /* "???" when unknown */
   const HChar* object;  /* the ELF object, or NULL */
   UInt         line;    /* the lowest line seen in it, 0 if none */
} BgFunction;

typedef struct {
   UInt fn;              /* a BgFunction id */
   UInt line;
} BgLine;

/* The id of the source line holding instruction A (instrumentation time). */
UInt bg_sym_line_of(Addr a);

const BgLine*     bg_sym_line(UInt line_id);
const BgFunction* bg_sym_function(UInt fn_id);
UInt              bg_sym_n_lines(void);
UInt              bg_sym_n_functions(void);

/* A permanent copy of S, shared by equal strings. */
const HChar* bg_intern(const HChar* s);

#endif
