/* mt: a two-thread workload.  Each thread hashes its own half of a
   generated buffer (FNV-1a and a 64-bit mix over 4 KiB blocks) and sorts
   small arrays, and both threads publish per-block results into a shared
   histogram under a mutex.  Valgrind runs guest threads one at a time, so
   this measures the serialisation and the lock traffic a tool adds.
   The result does not depend on the interleaving: the shared state is
   only ever added to.

   Part of benchgrind's overhead benchmarks.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef BUF_BYTES
#define BUF_BYTES (16u << 20)   /* shared input, 8 MiB per thread */
#endif
#ifndef PASSES
#define PASSES 6
#endif
#define BLOCK 4096u
#define NTHREADS 2
#define SORT_N 64

static unsigned char *buf;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static uint64_t histogram[256];
static uint64_t shared_sum;

static uint64_t mix64(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    x ^= x >> 31;
    return x;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

struct job {
    size_t begin, end;      /* byte range of buf */
    uint64_t result;
};

static void *worker(void *arg)
{
    struct job *job = arg;
    uint64_t local = 0;
    uint32_t keys[SORT_N];

    for (int pass = 0; pass < PASSES; pass++) {
        for (size_t off = job->begin; off < job->end; off += BLOCK) {
            const unsigned char *p = buf + off;
            uint64_t fnv = 0xcbf29ce484222325ull ^ (uint64_t)pass;
            uint64_t acc = 0;
            for (size_t i = 0; i < BLOCK; i++) {
                fnv = (fnv ^ p[i]) * 0x100000001b3ull;
                if ((i & 63) == 63)
                    acc += mix64(fnv);
            }
            /* A small sort per block: calls into libc's qsort.
               bench-toggle: qsort (21% of the run's instructions) */
            for (int k = 0; k < SORT_N; k++)
                keys[k] = (uint32_t)mix64(fnv + (uint64_t)k);
            qsort(keys, SORT_N, sizeof keys[0], cmp_u32);
            acc += keys[SORT_N / 2];
            local += acc;

            pthread_mutex_lock(&lock);
            histogram[fnv & 255]++;
            shared_sum += acc >> 8;
            pthread_mutex_unlock(&lock);
        }
    }
    job->result = local;
    return NULL;
}

int main(void)
{
    pthread_t tid[NTHREADS];
    struct job jobs[NTHREADS];
    uint64_t x = 0x0123456789abcdefull, check = 0;
    const size_t n = BUF_BYTES, per = n / NTHREADS;

    buf = malloc(n);
    if (!buf) {
        fputs("mt: out of memory\n", stderr);
        return 1;
    }
    for (size_t i = 0; i < n; i += 8) {
        x = mix64(x + i);
        memcpy(buf + i, &x, 8);
    }

    for (int t = 0; t < NTHREADS; t++) {
        jobs[t].begin = (size_t)t * per;
        jobs[t].end = (size_t)(t + 1) * per;
        jobs[t].result = 0;
        if (pthread_create(&tid[t], NULL, worker, &jobs[t]) != 0) {
            fputs("mt: pthread_create failed\n", stderr);
            return 1;
        }
    }
    for (int t = 0; t < NTHREADS; t++)
        pthread_join(tid[t], NULL);

    for (int t = 0; t < NTHREADS; t++)
        check = check * 31 + jobs[t].result;
    for (int b = 0; b < 256; b++)
        check = check * 7 + histogram[b];
    check ^= shared_sum;
    printf("mt: %d threads, checksum %016llx\n", NTHREADS,
           (unsigned long long)check);
    free(buf);
    return 0;
}
