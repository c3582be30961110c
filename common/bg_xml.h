/* bg_xml.h: writes the benchgrind profile XML (docs/profile.rng). */
#ifndef BG_XML_H
#define BG_XML_H

#include "pub_tool_basics.h"
#include "bg_outfile.h"

/* <?xml ...?>, <profile tool=...>, <command>, <pid>, <ppid>. */
void bg_xml_begin_profile(BgOut* out, const HChar* tool);
void bg_xml_end_profile(BgOut* out);
/* <partial reason="..."/>: the file covers part of the process only. */
void bg_xml_partial(BgOut* out, const HChar* reason);
void bg_xml_option(BgOut* out, const HChar* name, const HChar* value);

/* <summary> and <region name="...">: call bg_xml_end_costs to close. */
void bg_xml_begin_summary(BgOut* out);
void bg_xml_begin_region(BgOut* out, const HChar* name);
void bg_xml_end_costs(BgOut* out, Bool is_summary);

/* A metric line, indented by DEPTH levels. */
void bg_xml_metric(BgOut* out, Int depth, const HChar* name, ULong value);

/* <function name file line [object]> ... </function> */
void bg_xml_begin_function(BgOut* out, const HChar* name, const HChar* file,
                           UInt line, const HChar* object);
void bg_xml_end_function(BgOut* out);

/* Prints S escaped for XML text or attribute values. */
void bg_xml_escaped(BgOut* out, const HChar* s);

#endif
