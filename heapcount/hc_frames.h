/* hc_frames.h: the frame table of heapcount's profile.  Every frame of
   the allocation stacks written (inlined calls expanded, the frames of
   the malloc replacement left out) gets one id, in the order stacks are
   added; <frames> lists them and a site's stack is a list of ids. */
#ifndef HC_FRAMES_H
#define HC_FRAMES_H

#include "pub_tool_basics.h"
#include "pub_tool_execontext.h"
#include "bg_xml.h"

void hc_frames_init(void);
/* Numbers the frames of EC not seen yet. */
void hc_frames_add(ExeContext* ec);
/* <frames> ... </frames>, or nothing when no stack was added. */
void hc_frames_write(BgXml* x);
/* The ids of EC's frames, innermost first (EC added before); *N gets
   their number.  Valid until the next call. */
const UInt* hc_frames_stack(ExeContext* ec, UInt* n);
void hc_frames_free(void);

#endif
