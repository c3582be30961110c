/* heapwalk: a random walk through one 16 MiB heap block.  Every step
   reads one 8-byte word, writes it back changed, and goes where the word
   it read says: every access lands in the same (large) heap block at a
   place the caches do not hold, and the next one waits for it.  A heap
   profiler that counts accesses pays its per-access path on every step
   (and can hide it only behind the wait), and a cache simulator sees a
   D1 miss on almost every access.

   Part of benchgrind's overhead benchmarks.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef WALK_BYTES
#define WALK_BYTES (16u << 20)      /* one 16 MiB block */
#endif
#ifndef WALK_STEPS
#define WALK_STEPS 8000000u         /* read + write each */
#endif

int main(void)
{
    size_t n = WALK_BYTES / sizeof(uint64_t), mask = n - 1, i;
    uint64_t *buf = malloc(WALK_BYTES);
    uint64_t sum = 0, v;
    unsigned s;

    if (!buf) {
        fputs("heapwalk: out of memory\n", stderr);
        return 1;
    }
    for (i = 0; i < n; i++)
        buf[i] = i * 0x2545f4914f6cdd1dull;
    for (s = 0, i = 0; s < WALK_STEPS; s++) {
        v = buf[i];
        sum += v;
        buf[i] = v ^ s;
        i = (size_t)(v ^ (v >> 29) ^ (s * 0x9e3779b97f4a7c15ull)) & mask;
    }
    printf("heapwalk: %016llx\n", (unsigned long long)sum);
    free(buf);
    return 0;
}
