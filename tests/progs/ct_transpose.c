/* ct_transpose.c: naive and blocked transposes of a 512x512 matrix of
   doubles (column-wise writes miss on every line).  Part of benchgrind's
   cachetrace tests. */
#include <stdio.h>
#include <stdlib.h>

#define N 512
#define B 16

static double a[N][N], t[N][N];

int main(void)
{
   int i, j, ii, jj;
   double sum = 0;
   for (i = 0; i < N; i++)
      for (j = 0; j < N; j++)
         a[i][j] = i * 0.5 + j;
   for (i = 0; i < N; i++)
      for (j = 0; j < N; j++)
         t[j][i] = a[i][j];
   for (ii = 0; ii < N; ii += B)
      for (jj = 0; jj < N; jj += B)
         for (i = ii; i < ii + B; i++)
            for (j = jj; j < jj + B; j++)
               a[j][i] = t[i][j] * 2;
   for (i = 0; i < N; i++)
      sum += a[i][(i * 7) % N];
   printf("%.1f\n", sum);
   return 0;
}
