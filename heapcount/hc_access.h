/* hc_access.h: heapcount's instrumentation: the instruction clock, and
   bytes read and written inside heap blocks. */
#ifndef HC_ACCESS_H
#define HC_ACCESS_H

#include "pub_tool_basics.h"
#include "pub_tool_tooliface.h"

void  hc_access_init(Bool track_accesses);
Bool  hc_access_tracking(void);
IRSB* hc_instrument(VgCallbackClosure* closure, IRSB* sb_in,
                    const VexGuestLayout* layout,
                    const VexGuestExtents* vge,
                    const VexArchInfo* archinfo_host,
                    IRType guest_word_type, IRType host_word_type);

#endif
