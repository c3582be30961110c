/* cpu: LZ77-style compression of generated text, then SHA-256 over the
   text and the compressed stream.  A compute kernel: integer arithmetic,
   byte loads and stores, few calls, a working set that fits in L2.

   Part of benchgrind's overhead benchmarks.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef TEXT_BYTES
#define TEXT_BYTES (6u << 20)   /* generated text; tuned for ~0.4 s natively */
#endif
#ifndef SHA_PASSES
#define SHA_PASSES 4            /* SHA-256 passes over the text */
#endif

/* ---- deterministic generator (xorshift64*) ---------------------------- */
static uint64_t rng_state = 0x9e3779b97f4a7c15ull;
static uint64_t rng(void)
{
    uint64_t x = rng_state;
    x ^= x >> 12; x ^= x << 25; x ^= x >> 27;
    rng_state = x;
    return x * 0x2545f4914f6cdd1dull;
}

/* Text made of words from a small vocabulary with a skewed distribution,
   so the compressor finds plenty of (but not only) long matches. */
static void gen_text(unsigned char *buf, size_t n)
{
    static const char *const words[] = {
        "the", "of", "and", "valgrind", "instruction", "count", "a", "to",
        "in", "benchmark", "is", "cache", "that", "for", "it", "with",
        "as", "was", "on", "simulation", "be", "at", "by", "this", "heap",
        "profile", "from", "or", "have", "an", "they", "which", "one",
        "you", "were", "her", "all", "she", "there", "would", "their",
        "we", "him", "been", "has", "when", "who", "will", "more", "no",
    };
    const size_t nwords = sizeof words / sizeof words[0];
    size_t i = 0;
    while (i < n) {
        uint64_t r = rng();
        /* Square of a uniform draw: small indices are more frequent. */
        size_t k = (size_t)(((r & 0xffff) * (r & 0xffff)) >> 32) % nwords;
        const char *w = words[(r >> 20) % 8 == 0 ? (r >> 32) % nwords : k];
        size_t len = strlen(w);
        for (size_t j = 0; j < len && i < n; j++)
            buf[i++] = (unsigned char)w[j];
        if (i < n)
            buf[i++] = ((r >> 40) % 13 == 0) ? '\n' : ((r >> 48) % 7 == 0 ? ',' : ' ');
    }
}

/* ---- LZ77 with hash chains -------------------------------------------- */
#define WIN_BITS  15
#define WIN_SIZE  (1u << WIN_BITS)
#define HASH_BITS 15
#define HASH_SIZE (1u << HASH_BITS)
#define MIN_MATCH 4
#define MAX_MATCH 258
#define MAX_CHAIN 32

static uint32_t hash4(const unsigned char *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return (v * 2654435761u) >> (32 - HASH_BITS);
}

/* Output: literal runs and (length, distance) pairs in a byte format.
   Returns the compressed size. */
/* bench-toggle: lz77* (17% of the run's instructions; GCC names it
   lz77.constprop.0).  Not inlined, so --toggle-collect can find it. */
__attribute__((noinline))
static size_t lz77(const unsigned char *in, size_t n, unsigned char *out)
{
    int32_t *head = malloc(HASH_SIZE * sizeof *head);
    int32_t *prev = malloc(WIN_SIZE * sizeof *prev);
    size_t o = 0, i = 0, lit_start = 0;

    for (size_t k = 0; k < HASH_SIZE; k++)
        head[k] = -1;

    while (i + MIN_MATCH <= n) {
        uint32_t h = hash4(in + i);
        int32_t cand = head[h];
        size_t best_len = 0, best_dist = 0;
        int chain = MAX_CHAIN;
        size_t limit = n - i < MAX_MATCH ? n - i : MAX_MATCH;

        while (cand >= 0 && i - (size_t)cand <= WIN_SIZE && chain-- > 0) {
            const unsigned char *a = in + cand, *b = in + i;
            if (a[best_len] == b[best_len]) {
                size_t l = 0;
                while (l < limit && a[l] == b[l])
                    l++;
                if (l > best_len) {
                    best_len = l;
                    best_dist = i - (size_t)cand;
                    if (l == limit)
                        break;
                }
            }
            cand = prev[cand & (WIN_SIZE - 1)];
        }

        if (best_len >= MIN_MATCH) {
            /* Flush pending literals: 0x00, count, bytes (runs of <= 255). */
            while (lit_start < i) {
                size_t run = i - lit_start > 255 ? 255 : i - lit_start;
                out[o++] = 0;
                out[o++] = (unsigned char)run;
                memcpy(out + o, in + lit_start, run);
                o += run;
                lit_start += run;
            }
            out[o++] = (unsigned char)(best_len - MIN_MATCH + 1);
            out[o++] = (unsigned char)(best_dist & 0xff);
            out[o++] = (unsigned char)(best_dist >> 8);
            /* Insert every position of the match into the chains. */
            size_t end = i + best_len;
            for (; i < end; i++) {
                if (i + MIN_MATCH <= n) {
                    uint32_t hh = hash4(in + i);
                    prev[i & (WIN_SIZE - 1)] = head[hh];
                    head[hh] = (int32_t)i;
                }
            }
            lit_start = i;
        } else {
            prev[i & (WIN_SIZE - 1)] = head[h];
            head[h] = (int32_t)i;
            i++;
        }
    }
    i = n;
    while (lit_start < i) {
        size_t run = i - lit_start > 255 ? 255 : i - lit_start;
        out[o++] = 0;
        out[o++] = (unsigned char)run;
        memcpy(out + o, in + lit_start, run);
        o += run;
        lit_start += run;
    }
    free(head);
    free(prev);
    return o;
}

/* Decompress and check, so the compressor is known to be correct. */
static size_t unlz77(const unsigned char *in, size_t n, unsigned char *out)
{
    size_t i = 0, o = 0;
    while (i < n) {
        unsigned tag = in[i++];
        if (tag == 0) {
            unsigned run = in[i++];
            memcpy(out + o, in + i, run);
            i += run;
            o += run;
        } else {
            size_t len = tag + MIN_MATCH - 1;
            size_t dist = in[i] | ((size_t)in[i + 1] << 8);
            i += 2;
            for (size_t k = 0; k < len; k++, o++)
                out[o] = out[o - dist];
        }
    }
    return o;
}

/* ---- SHA-256 (FIPS 180-4) --------------------------------------------- */
static const uint32_t K256[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
    0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

#define ROR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void sha256_block(uint32_t st[8], const unsigned char *p)
{
    uint32_t w[64];
    for (int t = 0; t < 16; t++)
        w[t] = (uint32_t)p[4 * t] << 24 | (uint32_t)p[4 * t + 1] << 16 |
               (uint32_t)p[4 * t + 2] << 8 | p[4 * t + 3];
    for (int t = 16; t < 64; t++) {
        uint32_t s0 = ROR(w[t - 15], 7) ^ ROR(w[t - 15], 18) ^ (w[t - 15] >> 3);
        uint32_t s1 = ROR(w[t - 2], 17) ^ ROR(w[t - 2], 19) ^ (w[t - 2] >> 10);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint32_t a = st[0], b = st[1], c = st[2], d = st[3];
    uint32_t e = st[4], f = st[5], g = st[6], h = st[7];
    for (int t = 0; t < 64; t++) {
        uint32_t t1 = h + (ROR(e, 6) ^ ROR(e, 11) ^ ROR(e, 25)) +
                      ((e & f) ^ (~e & g)) + K256[t] + w[t];
        uint32_t t2 = (ROR(a, 2) ^ ROR(a, 13) ^ ROR(a, 22)) +
                      ((a & b) ^ (a & c) ^ (b & c));
        h = g; g = f; f = e; e = d + t1;
        d = c; c = b; b = a; a = t1 + t2;
    }
    st[0] += a; st[1] += b; st[2] += c; st[3] += d;
    st[4] += e; st[5] += f; st[6] += g; st[7] += h;
}

static void sha256(const unsigned char *msg, size_t n, unsigned char out[32])
{
    uint32_t st[8] = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
        0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    };
    unsigned char tail[128];
    size_t full = n & ~(size_t)63, rest = n - full;

    for (size_t i = 0; i < full; i += 64)
        sha256_block(st, msg + i);
    memset(tail, 0, sizeof tail);
    memcpy(tail, msg + full, rest);
    tail[rest] = 0x80;
    size_t tlen = rest + 9 <= 64 ? 64 : 128;
    uint64_t bits = (uint64_t)n * 8;
    for (int k = 0; k < 8; k++)
        tail[tlen - 1 - k] = (unsigned char)(bits >> (8 * k));
    for (size_t i = 0; i < tlen; i += 64)
        sha256_block(st, tail + i);
    for (int k = 0; k < 8; k++) {
        out[4 * k] = (unsigned char)(st[k] >> 24);
        out[4 * k + 1] = (unsigned char)(st[k] >> 16);
        out[4 * k + 2] = (unsigned char)(st[k] >> 8);
        out[4 * k + 3] = (unsigned char)st[k];
    }
}

int main(void)
{
    const size_t n = TEXT_BYTES;
    unsigned char *text = malloc(n);
    unsigned char *comp = malloc(n + n / 128 + 16);
    unsigned char *back = malloc(n);
    unsigned char digest[32];
    uint64_t check = 0;

    if (!text || !comp || !back) {
        fputs("cpu: out of memory\n", stderr);
        return 1;
    }

    /* Self-test against the FIPS 180-4 "abc" vector. */
    sha256((const unsigned char *)"abc", 3, digest);
    if (digest[0] != 0xba || digest[1] != 0x78 || digest[31] != 0xad) {
        fputs("cpu: SHA-256 self-test failed\n", stderr);
        return 1;
    }

    gen_text(text, n);
    size_t clen = lz77(text, n, comp);
    size_t dlen = unlz77(comp, clen, back);
    if (dlen != n || memcmp(text, back, n) != 0) {
        fputs("cpu: LZ77 round trip failed\n", stderr);
        return 1;
    }

    for (int pass = 0; pass < SHA_PASSES; pass++) {
        /* Perturb one byte per pass so no pass can be elided. */
        text[(size_t)pass * 7919 % n] ^= (unsigned char)(pass + 1);
        sha256(text, n, digest);
        for (int k = 0; k < 8; k++)
            check = check * 31 + digest[k];
    }
    sha256(comp, clen, digest);
    for (int k = 0; k < 8; k++)
        check = check * 31 + digest[k];

    printf("cpu: text %zu bytes, compressed %zu bytes, checksum %016llx\n",
           n, clen, (unsigned long long)check);
    free(text);
    free(comp);
    free(back);
    return 0;
}
