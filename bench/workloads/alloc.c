/* alloc: allocation-heavy work.  Millions of malloc/free pairs of varied
   sizes through a pool of live blocks, a linked list and an unbalanced
   binary search tree built and torn down, and buffers grown with realloc.
   This is where heap-profiling tools (and the malloc replacement of any
   Valgrind tool that has one) pay their costs.

   Part of benchgrind's overhead benchmarks.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef PAIRS
#define PAIRS 2000000u      /* malloc/free pairs through the pool */
#endif
#ifndef POOL
#define POOL 4096u          /* live blocks in the pool */
#endif
#ifndef LIST_NODES
#define LIST_NODES 200000u
#endif
#ifndef LIST_ROUNDS
#define LIST_ROUNDS 3
#endif
#ifndef TREE_NODES
#define TREE_NODES 200000u
#endif
#ifndef GROW_BUFFERS
#define GROW_BUFFERS 2000u
#endif

static uint64_t rng_state = 0xb7e151628aed2a6bull;
static uint64_t rng(void)
{
    uint64_t x = rng_state;
    x ^= x >> 12; x ^= x << 25; x ^= x >> 27;
    rng_state = x;
    return x * 0x2545f4914f6cdd1dull;
}

static void *xmalloc(size_t n)
{
    void *p = malloc(n);
    if (!p) {
        fputs("alloc: out of memory\n", stderr);
        exit(1);
    }
    return p;
}

/* Sizes as programs use them: mostly small, some medium, a few large. */
static size_t pick_size(uint64_t r)
{
    unsigned c = (unsigned)(r % 100);
    if (c < 70)
        return 8 + (size_t)(r >> 8) % 120;          /* 8..127 */
    if (c < 95)
        return 128 + (size_t)(r >> 8) % 1920;       /* 128..2047 */
    return 2048 + (size_t)(r >> 8) % 30720;         /* 2 KiB..32 KiB */
}

/* Replace a random live block PAIRS times; touch each new block. */
static uint64_t churn(void)
{
    void **pool = calloc(POOL, sizeof *pool);
    size_t *len = calloc(POOL, sizeof *len);
    uint64_t sum = 0;
    if (!pool || !len) {
        fputs("alloc: out of memory\n", stderr);
        exit(1);
    }
    for (uint32_t i = 0; i < PAIRS; i++) {
        uint64_t r = rng();
        size_t slot = (size_t)(r >> 40) % POOL;
        if (pool[slot]) {
            unsigned char *old = pool[slot];
            sum += old[0] + old[len[slot] - 1];
            free(old);
        }
        size_t n = pick_size(r);
        unsigned char *p = xmalloc(n);
        p[0] = (unsigned char)i;
        p[n - 1] = (unsigned char)(i >> 8);
        pool[slot] = p;
        len[slot] = n;
    }
    for (size_t s = 0; s < POOL; s++)
        free(pool[s]);
    free(pool);
    free(len);
    return sum;
}

struct lnode {
    struct lnode *next;
    uint64_t value;
    char payload[16];
};

/* Build a list by pushing at the head, walk it, free it. */
static uint64_t list(void)
{
    uint64_t sum = 0;
    for (int round = 0; round < LIST_ROUNDS; round++) {
        struct lnode *head = NULL;
        for (uint32_t i = 0; i < LIST_NODES; i++) {
            struct lnode *n = xmalloc(sizeof *n);
            n->value = i * 2654435761u + (uint64_t)round;
            memset(n->payload, (int)(i & 0x7f), sizeof n->payload);
            n->next = head;
            head = n;
        }
        for (struct lnode *n = head; n; n = n->next)
            sum += n->value ^ (uint64_t)n->payload[3];
        while (head) {
            struct lnode *next = head->next;
            free(head);
            head = next;
        }
    }
    return sum;
}

struct tnode {
    struct tnode *left, *right;
    uint64_t key;
};

static struct tnode *tree_insert(struct tnode *root, uint64_t key)
{
    struct tnode **link = &root;
    while (*link) {
        if (key < (*link)->key)
            link = &(*link)->left;
        else if (key > (*link)->key)
            link = &(*link)->right;
        else
            return root;                /* already present */
    }
    struct tnode *n = xmalloc(sizeof *n);
    n->left = n->right = NULL;
    n->key = key;
    *link = n;
    return root;
}

/* Recursive in-order checksum; the free recurses on the left only. */
static uint64_t tree_sum(struct tnode *root, uint64_t *count)
{
    uint64_t sum = 0;
    if (root) {
        sum += tree_sum(root->left, count);
        sum = sum * 3 + root->key;
        ++*count;
        sum += tree_sum(root->right, count);
    }
    return sum;
}

static void tree_free(struct tnode *root)
{
    while (root) {
        tree_free(root->left);
        struct tnode *right = root->right;
        free(root);
        root = right;
    }
}

/* bench-toggle: tree (12% of the run's instructions).  Not inlined, so
   --toggle-collect can find it. */
__attribute__((noinline))
static uint64_t tree(void)
{
    struct tnode *root = NULL;
    uint64_t count = 0, sum;
    for (uint32_t i = 0; i < TREE_NODES; i++)
        root = tree_insert(root, rng() % (TREE_NODES * 4ull));
    sum = tree_sum(root, &count);
    tree_free(root);
    return sum + count;
}

/* Grow buffers one chunk at a time with realloc, as string builders and
   vectors do (some by doubling, some by a fixed step). */
static uint64_t grow(void)
{
    uint64_t sum = 0;
    for (uint32_t b = 0; b < GROW_BUFFERS; b++) {
        size_t cap = 16, used = 0;
        size_t target = 256 + (size_t)(rng() % 16384);
        int doubling = (b & 1) != 0;
        unsigned char *buf = xmalloc(cap);
        while (used < target) {
            size_t chunk = 1 + (size_t)(rng() % 48);
            if (used + chunk > cap) {
                size_t ncap = doubling ? cap * 2 : cap + 64;
                while (ncap < used + chunk)
                    ncap += 64;
                unsigned char *nb = realloc(buf, ncap);
                if (!nb) {
                    fputs("alloc: out of memory\n", stderr);
                    exit(1);
                }
                buf = nb;
                cap = ncap;
            }
            memset(buf + used, (int)(chunk + b), chunk);
            used += chunk;
        }
        for (size_t k = 0; k < used; k += 97)
            sum += buf[k];
        sum += cap;
        free(buf);
    }
    return sum;
}

int main(void)
{
    uint64_t a = churn();
    uint64_t b = list();
    uint64_t c = tree();
    uint64_t d = grow();
    printf("alloc: churn %016llx, list %016llx, tree %016llx, grow %016llx\n",
           (unsigned long long)a, (unsigned long long)b,
           (unsigned long long)c, (unsigned long long)d);
    return 0;
}
