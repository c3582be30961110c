#!/bin/sh
# --merge refuses files of different tools or commands unless --force.
. "$tests_srcdir/iaidiff/common.sh"

out=$scratch/merged.xml
expect_status 2 "$IAIDIFF" --merge -o "$out" shard1.xml other-tool.xml
expect_error "iaidiff: shard1.xml and other-tool.xml come from different tools (heapcount, iaicount); use --force to merge anyway"
[ -e "$out" ] && fail "output written despite the refusal"
expect_status 2 "$IAIDIFF" --merge -o "$out" shard1.xml other-command.xml
expect_error "iaidiff: shard1.xml and other-command.xml profile different commands; use --force to merge anyway"
expect_status 0 "$IAIDIFF" --merge --force -o "$out" shard1.xml other-command.xml
validate "$PROFILE_SCHEMA" "$out"
expect_value './server --shard' profile_command "$out"
expect_value 607 region_metric "$out" insert TotalBytes
expect_status 0 "$IAIDIFF" --merge --force -o "$out" shard1.xml other-tool.xml
validate "$PROFILE_SCHEMA" "$out"
expect_value heapcount profile_tool "$out"
# --force outside --merge is a usage error
expect_status 2 "$IAIDIFF" --force old.xml new.xml
finish
