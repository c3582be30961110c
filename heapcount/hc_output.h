/* hc_output.h: heapcount's profile XML and stderr summary. */
#ifndef HC_OUTPUT_H
#define HC_OUTPUT_H

#include "pub_tool_basics.h"

typedef struct {
   const HChar* pattern;          /* --heapcount-out-file */
   const HChar* suffix;           /* before ".xml", or NULL */
   const HChar* partial_reason;   /* "exec", or NULL */
   Bool         track_accesses;
   Bool         collect_atstart;
   Bool         print;            /* the summary on stderr too */
} HcOutputSettings;

/* Writes the file (counters must be settled: see hc_sites_settle). */
void hc_output_write(const HcOutputSettings* settings);

#endif
