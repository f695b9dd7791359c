// Block-level complex FFT in shared memory for N = 2^k or N = 3·2^k (N <= 4096).
//
// Decimation in time. The N input samples are loaded into shared memory permuted: sample i goes to
// sub-sequence r = i mod R (R = 3 for N = 3·2^k, else 1), position bitreverse(i / R) inside it. Each of the
// R sub-sequences of M = N/R points is then transformed in place by log2(M) radix-2 butterfly stages, and for
// R = 3 one radix-3 stage combines them: X[k + qM] = sum_r W_N^{rk} F_r[k] w3^{rq}, which reads and writes
// the same three slots (k, M+k, 2M+k), so it is in place too. The result is in natural order.
//
// Twiddles come from a table tw[j] = exp(-2 pi i j / N), j in [0, N), built in double precision on the host;
// the inverse uses the conjugate. No scaling in either direction (the DftProcessor contract).
#pragma once

__device__ __forceinline__ float2 cmul(float2 a, float2 b) {
    return make_float2(a.x * b.x - a.y * b.y, a.x * b.y + a.y * b.x);
}

__device__ __forceinline__ float2 cmulConj(float2 a, float2 b) {  // a * conj(b)
    return make_float2(a.x * b.x + a.y * b.y, a.y * b.x - a.x * b.y);
}

__device__ __forceinline__ float2 twiddle(const float2* __restrict__ tw, int j, int inverse) {
    float2 w = tw[j];
    return inverse ? make_float2(w.x, -w.y) : w;
}

// Shared-memory slot of input sample i.
__device__ __forceinline__ int fftLoadSlot(int i, int m, int logM, int radix3) {
    int r = radix3 ? i % 3 : 0;
    int q = radix3 ? i / 3 : i;
    int rev = logM == 0 ? 0 : (int)(__brev((unsigned)q) >> (32 - logM));
    return r * m + rev;
}

// Transforms s[0..n) (already loaded with fftLoadSlot) in place. All threads of the block must call it.
__device__ void blockFft(float2* s, int n, int m, int logM, int radix3, const float2* __restrict__ tw,
                         int inverse) {
    const int subs = radix3 ? 3 : 1;
    const int butterflies = subs * (m >> 1);
    for (int len = 2; len <= m; len <<= 1) {
        __syncthreads();
        const int half = len >> 1;
        const int twStride = n / len;
        for (int b = threadIdx.x; b < butterflies; b += blockDim.x) {
            int sub = b / (m >> 1);
            int bb = b - sub * (m >> 1);
            int group = bb / half;
            int pos = bb - group * half;
            int i = sub * m + group * len + pos;
            int j = i + half;
            float2 w = twiddle(tw, pos * twStride, inverse);
            float2 t = cmul(w, s[j]);
            float2 u = s[i];
            s[i] = make_float2(u.x + t.x, u.y + t.y);
            s[j] = make_float2(u.x - t.x, u.y - t.y);
        }
    }
    __syncthreads();
    if (radix3) {
        // w3 = exp(-+2 pi i / 3): (-1/2, -+sqrt(3)/2)
        const float c = -0.5f;
        const float sn = inverse ? 0.86602540378443864676f : -0.86602540378443864676f;
        for (int k = threadIdx.x; k < m; k += blockDim.x) {
            float2 a = s[k];
            float2 b = cmul(twiddle(tw, k, inverse), s[m + k]);
            float2 d = cmul(twiddle(tw, 2 * k, inverse), s[2 * m + k]);
            float2 sum = make_float2(b.x + d.x, b.y + d.y);
            float2 dif = make_float2(b.x - d.x, b.y - d.y);
            // X[k] = a + b + d; X[k+M] = a + c*(b+d) + j*sn*(b-d); X[k+2M] = a + c*(b+d) - j*sn*(b-d)
            float2 base = make_float2(a.x + c * sum.x, a.y + c * sum.y);
            float2 rot = make_float2(-sn * dif.y, sn * dif.x);
            s[k] = make_float2(a.x + sum.x, a.y + sum.y);
            s[m + k] = make_float2(base.x + rot.x, base.y + rot.y);
            s[2 * m + k] = make_float2(base.x - rot.x, base.y - rot.y);
        }
        __syncthreads();
    }
}
