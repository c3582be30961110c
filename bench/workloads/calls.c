/* calls: call-heavy work.  Naive recursive Fibonacci, then many small
   functions called directly, through a table of function pointers, and
   through a small virtual-dispatch-like interface.  Lots of short basic
   blocks ending in calls and returns: where tools that track the call
   stack (callgrind, function-level counters) pay the most.

   Part of benchgrind's overhead benchmarks.
   SPDX-License-Identifier: GPL-2.0-or-later */

#include <stdint.h>
#include <stdio.h>

#ifndef FIB_N
#define FIB_N 32            /* fib(32): 7M calls */
#endif
#ifndef DIRECT_CALLS
#define DIRECT_CALLS 24000000u
#endif
#ifndef INDIRECT_CALLS
#define INDIRECT_CALLS 12000000u
#endif
#ifndef SHAPES
#define SHAPES 12000000u
#endif

#define NOINLINE __attribute__((noinline))

/* bench-toggle: fib (15% of the run's instructions) */
static NOINLINE uint64_t fib(unsigned n)
{
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

/* Small leaf functions, kept out of line so each is a real call. */
static NOINLINE uint32_t f_add(uint32_t x) { return x + 0x9e3779b9u; }
static NOINLINE uint32_t f_xor(uint32_t x) { return x ^ (x >> 7); }
static NOINLINE uint32_t f_mul(uint32_t x) { return x * 2654435761u; }
static NOINLINE uint32_t f_rot(uint32_t x) { return (x << 13) | (x >> 19); }
static NOINLINE uint32_t f_neg(uint32_t x) { return ~x + 17u; }
static NOINLINE uint32_t f_sq(uint32_t x) { return x * x + 1u; }
static NOINLINE uint32_t f_shr(uint32_t x) { return (x >> 3) ^ 0xa5a5a5a5u; }
static NOINLINE uint32_t f_sub(uint32_t x) { return 0x7fffffffu - x; }

/* Two levels of direct calls: a caller that calls two leaves. */
static NOINLINE uint32_t step2(uint32_t x) { return f_xor(f_add(x)); }
static NOINLINE uint32_t step3(uint32_t x) { return f_rot(f_mul(x)); }

static uint32_t direct(void)
{
    uint32_t x = 1;
    for (uint32_t i = 0; i < DIRECT_CALLS / 6; i++) {
        x = step2(x);
        x = step3(x);
    }
    return x;
}

typedef uint32_t (*unary_fn)(uint32_t);
/* Not const: the compiler must load the pointer and call indirectly. */
static unary_fn table[8] = {
    f_add, f_xor, f_mul, f_rot, f_neg, f_sq, f_shr, f_sub,
};

static uint32_t indirect(void)
{
    uint32_t x = 12345;
    for (uint32_t i = 0; i < INDIRECT_CALLS; i++)
        /* The target depends on the data: unpredictable indirect calls. */
        x = table[(x >> 11) & 7](x) + i;
    return x;
}

/* A C "class": objects that carry a pointer to a table of methods. */
struct shape;
struct shape_ops {
    uint32_t (*area)(const struct shape *);
    uint32_t (*perimeter)(const struct shape *);
};
struct shape {
    const struct shape_ops *ops;
    uint32_t a, b;
};

static NOINLINE uint32_t rect_area(const struct shape *s) { return s->a * s->b; }
static NOINLINE uint32_t rect_perim(const struct shape *s) { return 2 * (s->a + s->b); }
static NOINLINE uint32_t sq_area(const struct shape *s) { return s->a * s->a; }
static NOINLINE uint32_t sq_perim(const struct shape *s) { return 4 * s->a; }
static NOINLINE uint32_t tri_area(const struct shape *s) { return s->a * s->b / 2; }
static NOINLINE uint32_t tri_perim(const struct shape *s) { return s->a + s->b + (s->a ^ s->b); }

static const struct shape_ops rect_ops = { rect_area, rect_perim };
static const struct shape_ops sq_ops = { sq_area, sq_perim };
static const struct shape_ops tri_ops = { tri_area, tri_perim };

static uint64_t shapes(void)
{
    static struct shape objs[256];
    const struct shape_ops *const kinds[3] = { &rect_ops, &sq_ops, &tri_ops };
    uint32_t seed = 7;
    uint64_t sum = 0;
    for (unsigned i = 0; i < 256; i++) {
        seed = seed * 1103515245u + 12345u;
        objs[i].ops = kinds[(seed >> 16) % 3];
        objs[i].a = 1 + (seed >> 8) % 1000;
        objs[i].b = 1 + (seed >> 20) % 1000;
    }
    for (uint32_t i = 0; i < SHAPES / 2; i++) {
        const struct shape *s = &objs[(i * 97u) & 255];
        sum += s->ops->area(s);
        sum += s->ops->perimeter(s);
    }
    return sum;
}

int main(void)
{
    uint64_t a = fib(FIB_N);
    uint32_t b = direct();
    uint32_t c = indirect();
    uint64_t d = shapes();
    printf("calls: fib(%d) %llu, direct %08x, indirect %08x, shapes %llu\n",
           FIB_N, (unsigned long long)a, b, c, (unsigned long long)d);
    return 0;
}
