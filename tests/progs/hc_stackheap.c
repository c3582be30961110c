/* hc_stackheap: a coroutine whose stack is a malloc'd block (makecontext),
   so that heap blocks lie within DHAT's stack window [SP-128, SP-128+16K]:
   accesses there are not counted, by DHAT or by heapcount; accesses to
   the same blocks from the main stack are.
   Part of benchgrind's tests.  SPDX-License-Identifier: GPL-2.0-or-later */
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

#define STACK_BYTES (256 * 1024)

static ucontext_t main_ctx, co_ctx;
static char *volatile neighbour;      /* allocated right after the stack */
static char *volatile stack;
static volatile long sink;

static void touch(volatile char *p, size_t n)
{
   size_t i;
   for (i = 0; i < n; i += 8)
      p[i]++;
}

static void co_body(void)
{
   volatile char locals[4 * 1024];    /* near SP, through a pointer */
   long round;
   for (round = 0; ; round++) {
      touch(locals, sizeof locals);   /* not counted */
      touch(stack, 64 * 1024);        /* far below SP: counted */
      touch(neighbour, 8192);         /* partly near SP */
      sink += locals[100] + round;
      swapcontext(&co_ctx, &main_ctx);
   }
}

int main(void)
{
   stack = malloc(STACK_BYTES);
   char *far_block;
   int i;
   neighbour = malloc(8192);
   far_block = malloc(100000);
   getcontext(&co_ctx);
   co_ctx.uc_stack.ss_sp = stack;
   co_ctx.uc_stack.ss_size = STACK_BYTES;
   co_ctx.uc_link = &main_ctx;
   makecontext(&co_ctx, co_body, 0);
   for (i = 0; i < 4; i++) {
      swapcontext(&main_ctx, &co_ctx);
      touch(stack, STACK_BYTES);      /* from the main stack: counted */
      touch(neighbour, 8192);
      memset(far_block, i, 100000);
   }
   free(far_block);
   free(neighbour);
   free(stack);
   return (int)(sink & 1) * 0;
}
