/* bg_regions.h: iai.h regions and collection on/off, shared by the tools.

   A "context" is a path of open regions (root, root/a, root/a/b, ...).
   The tools keep their counters per context and learn of every switch
   through a listener; at the end, a region's cost is the sum of the
   contexts whose path contains it (bg_region_contexts), and the
   summary's cost is the sum of all collected contexts.  A region appears
   at most once on a path (opening an open region again stays in the same
   context). */
#ifndef BG_REGIONS_H
#define BG_REGIONS_H

#include "pub_tool_basics.h"

#define BG_CTX_OFF   0u   /* collection is off: costs go nowhere */
#define BG_CTX_ROOT  1u   /* collecting, no region open */
#define BG_MAX_DEPTH 64   /* regions open at once (deeper BEGINs ignored) */

typedef void (*BgContextListener)(UInt new_ctx);

void bg_regions_init(Bool collect_atstart, BgContextListener on_switch);

/* Handles the iai.h requests; returns False for any other code. */
Bool bg_regions_handle_client_request(ThreadId tid, UWord* arg, UWord* ret);

UInt bg_regions_current(void);        /* the context costs go to now */
/* Collection is also on while ON (bg_toggle: a --toggle-collect function
   runs in the running thread). */
void bg_regions_set_toggled(Bool on);
UInt bg_regions_n_contexts(void);     /* ids are 0 .. n-1 */
UInt bg_regions_n_regions(void);      /* ids are 0 .. n-1, in order of
                                         first BEGIN */
const HChar* bg_region_name(UInt region);

/* The regions on CTX's path, innermost first, into REGIONS (room for
   BG_MAX_DEPTH); returns how many (0 for ROOT and OFF). */
UInt bg_context_path(UInt ctx, UInt* regions);
/* The contexts whose path holds REGION, ascending; *N gets how many.
   Valid until the next context is made (an index built on first use). */
const UInt* bg_region_contexts(UInt region, UInt* n);

/* Tells the user about unbalanced or bad requests seen during the run. */
void bg_regions_report_problems(void);

#endif
