// The radix-2 block FFT that decision 093 replaced (main/cuda/fft_block.cuh before it), kept for the host
// emulation only: it is the baseline of the barrier and shared-memory wavefront counts that
// kernel_emulation.cpp prints (old vs new), and a second FFT the threaded emulator must pass. Its shared
// accesses go through AIRAN_SHARED_HOOK; the arithmetic is unchanged.
#pragma once

namespace radix2 {

__device__ __forceinline__ float2 ld(const float2* s, int a) {
    AIRAN_SHARED_HOOK(a, 0);
    return s[a];
}

__device__ __forceinline__ void st(float2* s, int a, float2 v) {
    AIRAN_SHARED_HOOK(a, 1);
    s[a] = v;
}

// cmul and twiddle: the current fft_block.cuh's (unchanged).

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
            float2 t = cmul(w, ld(s, j));
            float2 u = ld(s, i);
            st(s, i, make_float2(u.x + t.x, u.y + t.y));
            st(s, j, make_float2(u.x - t.x, u.y - t.y));
        }
    }
    __syncthreads();
    if (radix3) {
        // w3 = exp(-+2 pi i / 3): (-1/2, -+sqrt(3)/2)
        const float c = -0.5f;
        const float sn = inverse ? 0.86602540378443864676f : -0.86602540378443864676f;
        for (int k = threadIdx.x; k < m; k += blockDim.x) {
            float2 a = ld(s, k);
            float2 b = cmul(twiddle(tw, k, inverse), ld(s, m + k));
            float2 d = cmul(twiddle(tw, 2 * k, inverse), ld(s, 2 * m + k));
            float2 sum = make_float2(b.x + d.x, b.y + d.y);
            float2 dif = make_float2(b.x - d.x, b.y - d.y);
            // X[k] = a + b + d; X[k+M] = a + c*(b+d) + j*sn*(b-d); X[k+2M] = a + c*(b+d) - j*sn*(b-d)
            float2 base = make_float2(a.x + c * sum.x, a.y + c * sum.y);
            float2 rot = make_float2(-sn * dif.y, sn * dif.x);
            st(s, k, make_float2(a.x + sum.x, a.y + sum.y));
            st(s, m + k, make_float2(base.x + rot.x, base.y + rot.y));
            st(s, 2 * m + k, make_float2(base.x - rot.x, base.y - rot.y));
        }
        __syncthreads();
    }
}

// Kernel as airan_fft_batched was: natural-order load through fftLoadSlot, natural-order store.
__global__ void fft_batched(float2* data, int strideC, int n, int m, int logM, int radix3,
                            const float2* __restrict__ tw, int inverse) {
    float2* s = ::s;  // the emulation's dynamic shared memory
    float2* x = data + (size_t)blockIdx.x * strideC;
    for (int i = threadIdx.x; i < n; i += blockDim.x) {
        st(s, radix2::fftLoadSlot(i, m, logM, radix3), x[i]);
    }
    radix2::blockFft(s, n, m, logM, radix3, tw, inverse);
    for (int i = threadIdx.x; i < n; i += blockDim.x) {
        x[i] = ld(s, i);
    }
}

}  // namespace radix2
