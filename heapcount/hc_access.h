/* hc_access.h: heapcount's instrumentation: the instruction clock, and
   bytes read and written inside heap blocks. */
#ifndef HC_ACCESS_H
#define HC_ACCESS_H

#include "pub_tool_basics.h"
#include "pub_tool_tooliface.h"
#include "hc_blockmap.h"

void  hc_access_init(Bool track_accesses);
Bool  hc_access_tracking(void);
IRSB* hc_instrument(VgCallbackClosure* closure, IRSB* sb_in,
                    const VexGuestLayout* layout,
                    const VexGuestExtents* vge,
                    const VexArchInfo* archinfo_host,
                    IRType guest_word_type, IRType host_word_type);

/* The block B is about to change (freed, moved, resized): its pending
   counts are settled and it leaves the lookup cache. */
void hc_access_forget(HcBlock* b);
/* The block B was put in a block map (new, moved or resized): the heap's
   hull grows to hold it. */
void hc_access_block_added(const HcBlock* b);
/* Settles the pending counts of the cached block (before reporting). */
void hc_access_flush(void);

#endif
