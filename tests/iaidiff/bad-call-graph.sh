#!/bin/sh
# Malformed call graphs (iaicount --call-graph=yes): a <node> id out of
# order, a <call> naming a frame the table lacks: exit 2 and a one-line
# message naming the file and line.
. "$tests_srcdir/iaidiff/common.sh"

expect_bad bad/call-graph.xml 'bad/call-graph.xml:12: <node> id 3 where 2 was due (ids are 1, 2, 3, ... in file order)'
expect_bad bad/call-unknown-frame.xml 'bad/call-unknown-frame.xml:10: <call> to: frame id 7 is not in <frames>'
finish
