/* mem: memory-bound work over a large working set (64 MiB in all).
   Pointer chasing through one pseudo-random cyclic permutation of 4M
   slots (32 MiB), then an open-addressing hash table of 2M buckets
   (32 MiB) filled and probed with pseudo-random keys.  Almost every load
   misses the caches and the TLB, so the guest spends its time waiting on
   memory.

   Part of benchgrind's overhead benchmarks.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef CHASE_SLOTS
#define CHASE_SLOTS (4u << 20)      /* 4M x 8 bytes = 32 MiB */
#endif
#ifndef CHASE_STEPS
#define CHASE_STEPS (2u << 20)      /* half a lap: 2M dependent misses */
#endif
#ifndef TABLE_LOG2
#define TABLE_LOG2 21               /* 2M buckets x 16 bytes = 32 MiB */
#endif
#ifndef LOOKUPS
#define LOOKUPS (2u << 20)
#endif

static uint64_t rng_state = 0x243f6a8885a308d3ull;
static uint64_t rng(void)
{
    uint64_t x = rng_state;
    x ^= x >> 12; x ^= x << 25; x ^= x >> 27;
    rng_state = x;
    return x * 0x2545f4914f6cdd1dull;
}

/* A bijective mix of an index below CHASE_SLOTS, a power of two
   (xorshifts and odd multiplies are invertible modulo a power of two). */
static size_t scramble(size_t x, size_t mask, uint64_t seed)
{
    x = (x ^ (size_t)seed) & mask;
    x = (x * 0x9e3779b1u + 0x7f4a7c15u) & mask;
    x ^= x >> 11;
    x = (x * 0x85ebca6bu) & mask;
    x ^= x >> 13;
    x = (x * 0xc2b2ae35u + (size_t)(seed >> 32)) & mask;
    x ^= x >> 9;
    return x;
}

/* One pseudo-random cycle through every slot: visit the slots in the
   order scramble(0), scramble(1), ..., each pointing to the next.  (A
   Sattolo shuffle would do as well, but its random swaps cost more
   than the chase itself.) */
static uint64_t chase(void)
{
    const size_t n = CHASE_SLOTS, mask = n - 1;
    uint64_t *next = malloc(n * sizeof *next);
    uint64_t seed = rng();
    if (!next || (n & mask) != 0) {
        fputs("mem: out of memory or CHASE_SLOTS not a power of two\n", stderr);
        exit(1);
    }
    for (size_t k = 0; k < n; k++)
        next[scramble(k, mask, seed)] = scramble((k + 1) & mask, mask, seed);

    uint64_t start = scramble(0, mask, seed), p = start, sum = 0;
    for (size_t s = 0; s < CHASE_STEPS; s++) {
        p = next[p];
        sum += p ^ s;
    }
    if (CHASE_STEPS % CHASE_SLOTS == 0 && p != start) {
        fputs("mem: permutation is not a single cycle\n", stderr);
        exit(1);
    }
    free(next);
    return sum;
}

struct bucket {
    uint64_t key;      /* 0 = empty */
    uint64_t value;
};

static uint64_t mix(uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ull;
    k ^= k >> 33;
    return k;
}

static uint64_t hashtable(void)
{
    const size_t size = (size_t)1 << TABLE_LOG2, mask = size - 1;
    const size_t fill = size / 2 + size / 8;    /* load factor 0.625 */
    struct bucket *t = calloc(size, sizeof *t);
    uint64_t found = 0, sum = 0;
    if (!t) {
        fputs("mem: out of memory\n", stderr);
        exit(1);
    }

    /* Insert: key i's hash decides the bucket; linear probing. */
    uint64_t seed = rng();
    for (size_t i = 1; i <= fill; i++) {
        uint64_t key = mix(i ^ seed) | 1;
        size_t b = (size_t)mix(key) & mask;
        while (t[b].key != 0 && t[b].key != key)
            b = (b + 1) & mask;
        t[b].key = key;
        t[b].value += i;
    }

    /* Probe: about half the lookups hit, half miss. */
    for (size_t q = 0; q < LOOKUPS; q++) {
        uint64_t r = rng();
        size_t i = (size_t)(r % (2 * fill)) + 1;
        uint64_t key = mix(i ^ seed) | 1;
        size_t b = (size_t)mix(key) & mask;
        while (t[b].key != 0) {
            if (t[b].key == key) {
                found++;
                sum += t[b].value;
                break;
            }
            b = (b + 1) & mask;
        }
    }
    free(t);
    return sum * 1000003u + found;
}

int main(void)
{
    uint64_t a = chase();
    uint64_t b = hashtable();
    printf("mem: chase %016llx, table %016llx\n",
           (unsigned long long)a, (unsigned long long)b);
    return 0;
}
