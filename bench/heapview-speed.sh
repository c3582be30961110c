#!/bin/sh
# heapview-speed.sh: generate a heapcount profile of N sites (default
# 1,000,000; each with three frames and heapcount's sixteen metrics, as
# heapcount writes them) and time heapview printing its top 20, with its
# peak memory, and the time libxml2 alone needs to parse the file
# (bench/sax-floor.c).  Usage: bench/heapview-speed.sh [N] [HEAPVIEW]
set -eu
n=${1:-1000000}
heapview=${2:-$(dirname "$0")/../viewer/heapview/heapview}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
awk -v n="$n" 'BEGIN {
  print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
  print "<profile tool=\"heapcount\" version=\"1\">"
  print "  <command>./generated</command>"
  print "  <option name=\"track-accesses\" value=\"yes\"/>"
  print "  <summary>"
  print "    <metric name=\"TotalBytes\" value=\"" n * 100 "\"/>"
  print "    <metric name=\"Instructions\" value=\"100000000\"/>"
  for (i = 0; i < n; i++) {
    tb = (i * 7919) % 100000 + 1; bk = i % 10 + 1; lt = i % 9000 + 100
    print "    <site>"
    printf "      <frame name=\"alloc_%d\" file=\"gen.c\" line=\"%d\" ip=\"0x%x\" object=\"/usr/bin/generated\"/>\n", i % 1000, i % 5000, 4198400 + i
    printf "      <frame name=\"caller_%d\" file=\"gen.c\" line=\"%d\" ip=\"0x%x\" object=\"/usr/bin/generated\"/>\n", i % 77, i % 300, 4298400 + i
    print "      <frame name=\"main\" file=\"gen.c\" line=\"10\" ip=\"0x401000\" object=\"/usr/bin/generated\"/>"
    printf "      <metric name=\"TotalBytes\" value=\"%d\"/>\n      <metric name=\"TotalBlocks\" value=\"%d\"/>\n", tb, bk
    printf "      <metric name=\"AtGmaxBytes\" value=\"%d\"/>\n      <metric name=\"AtGmaxBlocks\" value=\"1\"/>\n", tb / 2
    printf "      <metric name=\"MaxBytes\" value=\"%d\"/>\n      <metric name=\"MaxBlocks\" value=\"1\"/>\n", tb
    print "      <metric name=\"EndBytes\" value=\"0\"/>\n      <metric name=\"EndBlocks\" value=\"0\"/>"
    printf "      <metric name=\"ReadBytes\" value=\"%d\"/>\n      <metric name=\"WriteBytes\" value=\"%d\"/>\n", tb, tb
    printf "      <metric name=\"LifetimeMin\" value=\"100\"/>\n      <metric name=\"LifetimeMean\" value=\"%d\"/>\n", lt
    printf "      <metric name=\"LifetimeMax\" value=\"9000\"/>\n      <metric name=\"LifetimeTotal\" value=\"%d\"/>\n", lt * bk
    print "      <metric name=\"BlocksNeverRead\" value=\"0\"/>\n      <metric name=\"BlocksNeverWritten\" value=\"0\"/>"
    print "    </site>"
  }
  print "  </summary>"
  print "</profile>"
}' >"$dir/big.xml"
echo "profile: $n sites, $(du -m "$dir/big.xml" | cut -f1) MB"
/usr/bin/time -f "heapview --top=20: %e s elapsed, %M KB peak RSS" \
   "$heapview" --top=20 "$dir/big.xml" >"$dir/out"
tail -n +1 "$dir/out" | head -12
# The floor: libxml2 parsing the same file with callbacks that do nothing.
if cc -O2 -o "$dir/sax-floor" "$(dirname "$0")/sax-floor.c" \
      $(pkg-config --cflags --libs libxml-2.0) 2>/dev/null; then
   /usr/bin/time -f "libxml2 SAX2 alone (bench/sax-floor.c): %e s elapsed, %M KB peak RSS" \
      "$dir/sax-floor" "$dir/big.xml"
fi
