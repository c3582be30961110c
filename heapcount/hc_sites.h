/* hc_sites.h: heapcount's accounting per allocation site (the allocating
   stack), per region and for the whole program, with DHAT's rules. */
#ifndef HC_SITES_H
#define HC_SITES_H

#include "pub_tool_basics.h"
#include "pub_tool_execontext.h"
#include "hc_blockmap.h"

/* One set of counters: a site, a site inside a region, a region, or the
   whole program. */
typedef struct {
   ULong tb, tbk;          /* total bytes / blocks (a realloc is a block) */
   ULong cb, cbk;          /* live now */
   ULong mb, mbk;          /* own peak (bytes, and blocks then) */
   ULong gb, gbk;          /* live at the global peak (t-gmax) */
   ULong stamp;            /* peak number when cb/cbk last changed */
   ULong rb, wb;           /* bytes read / written (retired blocks) */
   ULong lt_n, lt_sum, lt_min, lt_max;   /* lifetimes, in instructions */
   ULong never_read, never_written;      /* retired blocks */
} HcStats;

typedef struct HcSite {
   struct HcSite* next;    /* VgHashNode header: next, key */
   UWord          key;     /* the ExeContext* */
   ExeContext*    ec;
   UInt           id;      /* order of first allocation */
   HcStats        all;
} HcSite;

extern ULong hc_instrs;    /* the instruction clock, bumped by inline IR */

void hc_sites_init(void);
/* bg_regions listener: new blocks belong to CTX from now on. */
void hc_sites_switch_context(UInt ctx);
UInt hc_sites_current_context(void);

/* The site of an allocation by TID now, or NULL when not collecting. */
HcSite* hc_site_here(ThreadId tid);

/* B (payload, size, site, ctx set) has just been allocated. */
void hc_sites_alloc(HcBlock* b);
/* B changes size to NEW_SIZE (counted as one more block, like DHAT). */
void hc_sites_resize(HcBlock* b, SizeT new_size);
/* B goes away: freed (FREED) or still live at the end of the run. */
void hc_sites_retire(HcBlock* b, Bool freed);
/* Takes the t-gmax snapshot of every counter set (at the end). */
void hc_sites_settle(void);

/* Keeps a copy of every counter set, and puts it back: a file written
   before an execve that then fails must not count live blocks twice. */
void hc_sites_save(void);
void hc_sites_restore(void);

const HcStats* hc_sites_total(void);
const HcStats* hc_sites_region(UInt region);
/* SITE's counters inside REGION, NULL if it allocated nothing there. */
const HcStats* hc_sites_in_region(const HcSite* site, UInt region);
ULong          hc_sites_tgmax(void);      /* clock at the global peak */
/* All sites, in order of first allocation; *N gets their number. */
HcSite**       hc_sites_all(UInt* n);

#endif
