/* transpose: a 2048 x 2048 matrix of 32-bit words (16 MiB) transposed
   into another, reading down the columns: every read lands 8 KiB after
   the last one, so it misses D1 (and its set's most recently used line)
   nearly always; the writes run along the rows.  Both matrices together
   are 32 MiB.  A cache simulator spends its time on misses here.

   Part of benchgrind's overhead benchmarks.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef SIDE
#define SIDE 2048u                  /* 2048^2 x 4 bytes = 16 MiB */
#endif
#ifndef PASSES
#define PASSES 32
#endif

int main(void)
{
    size_t n = (size_t)SIDE * SIDE, r, c;
    uint32_t *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b);
    uint64_t sum = 0;
    unsigned p;

    if (!a || !b) {
        fputs("transpose: out of memory\n", stderr);
        return 1;
    }
    for (r = 0; r < n; r++)
        a[r] = (uint32_t)(r * 2654435761u);
    for (p = 0; p < PASSES; p++) {
        /* b = transpose(a) + p, column by column of a */
        for (r = 0; r < SIDE; r++)
            for (c = 0; c < SIDE; c++)
                b[r * SIDE + c] = a[c * SIDE + r] + p;
        sum += b[(p * 7919u) % n];
        { uint32_t *t = a; a = b; b = t; }
    }
    for (r = 0; r < n; r += 4099)
        sum = sum * 31 + a[r];
    printf("transpose: %016llx\n", (unsigned long long)sum);
    free(a);
    free(b);
    return 0;
}
