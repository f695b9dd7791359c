// Runs the project's CUDA kernels on the host, one thread per block, to check their arithmetic and indexing
// where no GPU exists. With blockDim.x = 1 every "for (i = threadIdx.x; i < n; i += blockDim.x)" loop visits all
// of its range in order and __syncthreads() is a no-op, so a kernel computes what it computes on a GPU, minus
// races (which this cannot detect) and minus float contraction differences.
#pragma once
#include <cmath>
#include <cstdint>

struct float2 { float x, y; };
struct short2 { short x, y; };
static inline float2 make_float2(float a, float b) { return float2{a, b}; }
struct EmuDim3 { unsigned x, y, z; };
static EmuDim3 threadIdx{0, 0, 0}, blockIdx{0, 0, 0}, blockDim{1, 1, 1};
static inline void __syncthreads() {}
static inline unsigned __brev(unsigned v) {
    unsigned r = 0;
    for (int i = 0; i < 32; i++) { r = (r << 1) | (v & 1u); v >>= 1; }
    return r;
}
using std::isfinite;
using std::fminf;
using std::fmaxf;
#define __global__
#define __device__
#define __forceinline__ inline
#define __restrict__
#define __shared__
// Dynamic shared memory of the kernels ("extern __shared__ float2 s[]").
extern "C" float2 s[8192];
