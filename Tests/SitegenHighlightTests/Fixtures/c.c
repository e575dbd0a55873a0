#include <stdio.h>
#include <stdlib.h>

/* Naive matrix multiply */
static void matmul(const double *a, const double *b, double *c, int n)
{
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
            double s = 0.0;
            for (int k = 0; k < n; k++)
                s += a[i * n + k] * b[k * n + j];
            c[i * n + j] = s;
        }
    }
}

int main(void)
{
    int n = 64;
    double *a = malloc(sizeof(double) * n * n);
    if (a == NULL) {
        fprintf(stderr, "out of memory\n");
        return EXIT_FAILURE;
    }
    matmul(a, a, a, n); // in place, for brevity
    free(a);
    return 0;
}
