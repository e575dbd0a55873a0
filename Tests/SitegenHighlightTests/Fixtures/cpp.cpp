#include <vector>
#include <cmath>
#include "model.h"

#define N 100

// Compute the mean of a vector
template <typename T>
double mean(const std::vector<T>& v) {
    double total = 0.0;
    for (std::size_t i = 0; i < v.size(); ++i) {
        total += v[i];
    }
    return v.empty() ? 0.0 : total / v.size();
}

/* A tiny matrix type */
struct Matrix {
    int rows, cols;
    std::vector<float> data;
    Matrix(int r, int c) : rows(r), cols(c), data(r * c, 0.0f) {}
    float& operator()(int i, int j) { return data[i * cols + j]; }
};

int main(int argc, char** argv) {
    std::vector<double> xs = {1.5, 2.5, 3e-2};
    const char* name = "mean";
    char c = 'x';
    unsigned long mask = 0xFF;
    if (argc > 1 && xs.size() != 0) {
        printf("%s = %f\n", name, mean(xs));
    }
    while (mask >>= 1) { continue; }
    return 0;
}
