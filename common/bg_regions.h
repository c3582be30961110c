/* bg_regions.h: iai.h regions and collection on/off, shared by the tools.

   A "context" is a path of open regions (root, root/a, root/a/b, ...).
   The tools keep their counters per context and learn of every switch
   through a listener; at the end, a region's cost is the sum of the
   contexts whose path contains it, and the summary's cost is the sum of
   all collected contexts. */
#ifndef BG_REGIONS_H
#define BG_REGIONS_H

#include "pub_tool_basics.h"

#define BG_CTX_OFF   0u   /* collection is off: costs go nowhere */
#define BG_CTX_ROOT  1u   /* collecting, no region open */

typedef void (*BgContextListener)(UInt new_ctx);

void bg_regions_init(Bool collect_atstart, BgContextListener on_switch);

/* Handles the iai.h requests; returns False for any other code. */
Bool bg_regions_handle_client_request(ThreadId tid, UWord* arg, UWord* ret);

UInt bg_regions_current(void);        /* the context costs go to now */
UInt bg_regions_n_contexts(void);     /* ids are 0 .. n-1 */
UInt bg_regions_n_regions(void);      /* ids are 0 .. n-1, in order of
                                         first BEGIN */
const HChar* bg_region_name(UInt region);
Bool bg_context_in_region(UInt ctx, UInt region);

/* Tells the user about unbalanced or bad requests seen during the run. */
void bg_regions_report_problems(void);

#endif
