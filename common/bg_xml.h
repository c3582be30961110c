/* bg_xml.h: the writer of the benchgrind profile XML, format version 2
   (docs/profile.rng), shared by the three tools.

   A profile names its metrics once, in the tool's order, in the metrics
   attribute of <profile>; every cost is then an array of values in that
   order.  <summary> and <region> carry every metric as an attribute (the
   program-wide ones, the last N_PROGRAM of the list, on <summary> only);
   <function> and <site> leave out the metrics that are 0.  Heap stacks are
   lists of ids into the one <frames> table, written before <summary>.
   Names from the client are escaped by bg_names.h's rules. */
#ifndef BG_XML_H
#define BG_XML_H

#include "pub_tool_basics.h"
#include "bg_outfile.h"

typedef struct {
   BgOut*              out;
   const HChar* const* metrics;
   UInt                n_metrics;
   UInt                n_region_metrics;   /* the metrics regions carry */
   UInt                used;
   HChar               buf[8192];          /* written out when full */
} BgXml;

/* <?xml ...?>, <profile tool version valgrind metrics [program-metrics]>,
   <command>, <pid>, <ppid>.  METRICS must live until bg_xml_end. */
void bg_xml_begin(BgXml* x, BgOut* out, const HChar* tool,
                  const HChar* const* metrics, UInt n_metrics,
                  UInt n_program_metrics);
/* </profile>, and everything buffered handed to OUT. */
void bg_xml_end(BgXml* x);

/* <partial reason="..."/>: the file covers part of the process only. */
void bg_xml_partial(BgXml* x, const HChar* reason);
void bg_xml_option(BgXml* x, const HChar* name, const HChar* value);

/* <frames> <frame id ip name file line [object]/> ... </frames> */
void bg_xml_begin_frames(BgXml* x);
void bg_xml_frame(BgXml* x, UInt id, Addr ip, const HChar* name,
                  const HChar* file, UInt line, const HChar* object);
void bg_xml_end_frames(BgXml* x);

/* <summary ...> and <region name="..." ...>: VALUES holds one value per
   metric.  Close them with bg_xml_end_costs. */
void bg_xml_begin_summary(BgXml* x, const ULong* values);
void bg_xml_begin_region(BgXml* x, const HChar* name, const ULong* values);
void bg_xml_end_costs(BgXml* x, Bool is_summary);

/* <function name file line [object] ...nonzero metrics.../> */
void bg_xml_function(BgXml* x, const HChar* name, const HChar* file,
                     UInt line, const HChar* object, const ULong* values);
/* <site stack="ID ID ..." ...nonzero metrics.../>, innermost frame first */
void bg_xml_site(BgXml* x, const UInt* stack, UInt n_frames,
                 const ULong* values);

/* A call-graph edge between two frames (ids of <frames>), with the
   calls made and their costs:
   <call from="ID" to="ID" calls="N" ...nonzero metrics.../> */
void bg_xml_call(BgXml* x, UInt from, UInt to, ULong calls,
                 const ULong* values);
/* A call-tree node: its id (unique in its summary or region, parents
   first), its parent's (0: the root), its frame, the calls into it and
   its costs:
   <node id="N" parent="P" frame="ID" calls="N" ...nonzero metrics.../> */
void bg_xml_node(BgXml* x, UInt id, UInt parent, UInt frame, ULong calls,
                 const ULong* values);

#endif
