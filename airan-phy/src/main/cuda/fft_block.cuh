// Block-level complex FFT in shared memory for N = 2^k or N = 3·2^k (N <= 4096). Decision 093.
//
// Algorithm. N = R3·M with R3 = 3 for N = 3·2^k (else 1) and M = 2^logM. The buffer holds R3 regions of M
// slots; region r receives the input samples i ≡ r (mod 3). Each region is transformed in place by a
// mixed-radix decimation-in-time FFT whose stages have radices 8, ..., 8 then 4 or 4, 4 (or a single 2 for
// M = 2): ceil(logM / 3) stages. Stage s combines r_s sub-transforms of length L = r_1·...·r_{s-1}: butterfly
// (g, k), k < L, reads the r_s slots g·L·r_s + q·L + k (q < r_s) into registers, multiplies them by the
// twiddles W_{L·r_s}^{q·k}, takes an r_s-point DFT in registers and writes X_p back to the same slots
// (g·L·r_s + p·L + k). A butterfly owns its slots, so one barrier per stage suffices. The input permutation
// that makes this in place is the mixed-radix digit reversal of fftLoadSlot. For R3 = 3 a final radix-3
// stage combines the regions: X[k + qM] = sum_r W_N^{rk} F_r[k] w3^{rq} (slots k, M+k, 2M+k, in place).
// The result is in natural order: X[j] is at fftOutSlot(j).
//
// Shared-memory layout. Slot a of a region is stored at a ^ swizzle(a): the low 4 bits of a (the float2
// "column": 16 float2 = 32 four-byte banks) are XORed with a GF(2)-linear function of the higher bits (the
// "row"), chosen per logM by a search (test/cuda/fft_swizzle_search.py) so that each half-warp's 16 accesses
// of every stage and of the load permutation fall into 16 distinct columns: no bank conflicts (a 64-bit warp
// access is two half-warp wavefronts at best). Region 2 of the radix-3 case is additionally XORed with a
// constant, which leaves the radix-3 load at most 2-way conflicted (the only conflicted pass). The buffer is
// still N float2 (32 KiB for N = 4096): no padding.
//
// Barriers: ceil(logM / 3) + 1, plus 1 for the radix-3 stage (4096: 5, 3072: 6, 1536: 5). The radix-2
// version this replaces needed logM + 1 (+1): 13, 12 and 11.
//
// Twiddles come from a table built in double precision on the host (FftPlan.twiddles()), N + M - 1 entries:
// tw[j] = exp(-2 pi i j / N) for j < N (the radix-3 stage), then one block per power-of-two stage: the stage
// with sub-length L and radix R keeps W_{L·R}^{q·k} at N + L - 1 + (q - 1)·L + k (q = 1..R-1, k < L), so a
// warp's twiddle loads are contiguous (coalesced) instead of strided by q·N/(L·R). The blocks tile [N, N + M - 1)
// since (R - 1)·L = L_next - L. The inverse uses the conjugate. No scaling in either direction (the DftProcessor
// contract).
//
// Any blockDim.x works (every loop strides by blockDim.x); FftPlan.threadsPerBlock() picks N/8 capped at 256.
#pragma once

// Test hooks: the host emulation (test/cuda) observes every shared-memory access and twiddle load, and can drop
// a barrier to prove that it detects the race. They are empty / __syncthreads() in the real build.
#ifndef AIRAN_SHARED_HOOK
#define AIRAN_SHARED_HOOK(addr, isWrite)
#endif
#ifndef AIRAN_TWIDDLE_HOOK
#define AIRAN_TWIDDLE_HOOK(ptr)
#endif
#ifndef AIRAN_FFT_BARRIER
#define AIRAN_FFT_BARRIER(id) ((void)(id), __syncthreads())
#endif

__device__ __forceinline__ float2 cmul(float2 a, float2 b) {
    return make_float2(a.x * b.x - a.y * b.y, a.x * b.y + a.y * b.x);
}

__device__ __forceinline__ float2 cmulConj(float2 a, float2 b) {  // a * conj(b)
    return make_float2(a.x * b.x + a.y * b.y, a.y * b.x - a.x * b.y);
}

__device__ __forceinline__ float2 twiddle(const float2* __restrict__ tw, int j, int inverse) {
    AIRAN_TWIDDLE_HOOK(tw + j);
    float2 w = tw[j];
    return inverse ? make_float2(w.x, -w.y) : w;
}

// Shared-memory accessors of the FFT buffer (all accesses of the FFT and its callers go through them).
__device__ __forceinline__ float2 shLoad(const float2* s, int a) {
    AIRAN_SHARED_HOOK(a, 0);
    return s[a];
}

__device__ __forceinline__ void shStore(float2* s, int a, float2 v) {
    AIRAN_SHARED_HOOK(a, 1);
    s[a] = v;
}

// Swizzle of logM: byte c (c = 0..3) is the mask of row bits (slot bits 4..11) whose parity flips column bit c.
// Found by test/cuda/fft_swizzle_search.py (conflict-free stages and load for radices 8..8, 4[, 4]).
__device__ __forceinline__ unsigned fftSwizzleMasks(int logM) {
    switch (logM) {
        case 5: return 0x00010000u;
        case 6: return 0x00020100u;
        case 7: return 0x02040201u;
        case 8: return 0x04040a01u;
        case 9: return 0x04041209u;
        case 10: return 0x04241209u;
        case 11: return 0x04442219u;
        case 12: return 0x04844239u;
        default: return 0u;  // M <= 16: one row
    }
}

// Column XOR of region 2 (radix-3 case), chosen by the same search to minimise conflicts of the radix-3 load.
__device__ __forceinline__ int fftRegion2Xor(int logM) {
    switch (logM) {
        case 0: return 0;  // M = 1: the region has one slot
        case 4: case 5: return 2;
        case 9: return 4;
        case 12: return 12;
        default: return 1;
    }
}

// Physical position of slot a (< M) inside its region.
__device__ __forceinline__ int fftSwizzle(int a, unsigned masks) {
    unsigned row = (unsigned)a >> 4;
    int c = (__popc(row & (masks & 0xffu)) & 1) | ((__popc(row & ((masks >> 8) & 0xffu)) & 1) << 1)
            | ((__popc(row & ((masks >> 16) & 0xffu)) & 1) << 2) | ((__popc(row & (masks >> 24)) & 1) << 3);
    return a ^ c;
}

// Radices of the power-of-two part: n8 stages of 8, then n4 of 4, then n2 of 2 (n2 = 1 only for M = 2).
__device__ __forceinline__ void fftRadices(int logM, int& n8, int& n4, int& n2) {
    n8 = logM / 3;
    n4 = 0;
    n2 = 0;
    int rem = logM - 3 * n8;
    if (rem == 2) {
        n4 = 1;
    } else if (rem == 1) {
        if (n8 > 0) {
            n8--;
            n4 = 2;
        } else {
            n2 = 1;
        }
    }
}

// Physical shared-memory position of logical slot j in [0, N) (region j / M, slot j mod M).
__device__ __forceinline__ int fftPhys(int j, int logM, unsigned masks, int c2) {
    int r = j >> logM;
    int a = j & ((1 << logM) - 1);
    return (r << logM) | (fftSwizzle(a, masks) ^ (r == 2 ? c2 : 0));
}

// Shared-memory position where input sample i must be stored before blockFft.
__device__ __forceinline__ int fftLoadSlot(int i, int m, int logM, int radix3) {
    int r = radix3 ? i % 3 : 0;
    int q = radix3 ? i / 3 : i;
    int n8, n4, n2;
    fftRadices(logM, n8, n4, n2);
    // Mixed-radix digit reversal: the last stage's digit (q mod r_S) is the most significant slot digit.
    int a = 0;
    int shift = logM;
    for (int st = n8 + n4 + n2 - 1; st >= 0; st--) {
        int rho = st < n8 ? 3 : (st < n8 + n4 ? 2 : 1);
        shift -= rho;
        a |= (q & ((1 << rho) - 1)) << shift;
        q >>= rho;
    }
    return fftPhys(r * m + a, logM, fftSwizzleMasks(logM), fftRegion2Xor(logM));
}

// Shared-memory position of output bin j (natural order) after blockFft.
__device__ __forceinline__ int fftOutSlot(int j, int m, int logM, int radix3) {
    (void)m;
    (void)radix3;
    return fftPhys(j, logM, fftSwizzleMasks(logM), fftRegion2Xor(logM));
}

// Multiplication by -i (forward) or +i (inverse).
__device__ __forceinline__ float2 fftRotQuarter(float2 a, int inverse) {
    return inverse ? make_float2(-a.y, a.x) : make_float2(a.y, -a.x);
}

__device__ __forceinline__ void fftDft2(float2& a, float2& b) {
    float2 t = a;
    a = make_float2(t.x + b.x, t.y + b.y);
    b = make_float2(t.x - b.x, t.y - b.y);
}

// In-register 4-point DFT of (a0, a1, a2, a3), natural-order output.
__device__ __forceinline__ void fftDft4(float2& a0, float2& a1, float2& a2, float2& a3, int inverse) {
    float2 t0 = make_float2(a0.x + a2.x, a0.y + a2.y);
    float2 t1 = make_float2(a0.x - a2.x, a0.y - a2.y);
    float2 t2 = make_float2(a1.x + a3.x, a1.y + a3.y);
    float2 t3 = fftRotQuarter(make_float2(a1.x - a3.x, a1.y - a3.y), inverse);
    a0 = make_float2(t0.x + t2.x, t0.y + t2.y);
    a2 = make_float2(t0.x - t2.x, t0.y - t2.y);
    a1 = make_float2(t1.x + t3.x, t1.y + t3.y);
    a3 = make_float2(t1.x - t3.x, t1.y - t3.y);
}

// In-register R-point DFT (R = 2, 4, 8), natural-order output in v.
template <int R>
__device__ __forceinline__ void fftDftRegisters(float2* v, int inverse) {
    if constexpr (R == 2) {
        fftDft2(v[0], v[1]);
    } else if constexpr (R == 4) {
        fftDft4(v[0], v[1], v[2], v[3], inverse);
    } else {
        // 8 = 2 x 4: E = DFT4(even), O = DFT4(odd), X_p = E_p + W8^p O_p, X_{p+4} = E_p - W8^p O_p.
        const float h = 0.70710678118654752440f;
        fftDft4(v[0], v[2], v[4], v[6], inverse);
        fftDft4(v[1], v[3], v[5], v[7], inverse);
        const float sg = inverse ? h : -h;
        float2 o1 = cmul(v[3], make_float2(h, sg));        // W8^1
        float2 o2 = fftRotQuarter(v[5], inverse);          // W8^2
        float2 o3 = cmul(v[7], make_float2(-h, sg));       // W8^3
        float2 e0 = v[0], e1 = v[2], e2 = v[4], e3 = v[6], o0 = v[1];
        v[0] = make_float2(e0.x + o0.x, e0.y + o0.y);
        v[4] = make_float2(e0.x - o0.x, e0.y - o0.y);
        v[1] = make_float2(e1.x + o1.x, e1.y + o1.y);
        v[5] = make_float2(e1.x - o1.x, e1.y - o1.y);
        v[2] = make_float2(e2.x + o2.x, e2.y + o2.y);
        v[6] = make_float2(e2.x - o2.x, e2.y - o2.y);
        v[3] = make_float2(e3.x + o3.x, e3.y + o3.y);
        v[7] = make_float2(e3.x - o3.x, e3.y - o3.y);
    }
}

// One in-place stage of radix R = 2^RHO over all regions; L = 2^logL is the sub-transform length before it.
template <int RHO>
__device__ __forceinline__ void fftStage(float2* s, int n, int logM, int subs, int logL, unsigned masks, int c2,
                                         const float2* __restrict__ tw, int inverse) {
    constexpr int R = 1 << RHO;
    // The swizzle is XOR-linear and q·L shares no bit with the butterfly base: phys(base + qL) = phys(base) ^ off[q].
    int off[R];
#pragma unroll
    for (int q = 0; q < R; q++) off[q] = fftSwizzle(q << logL, masks);
    const int logPer = logM - RHO;  // butterflies per region: M / R
    const int total = subs << logPer;
    const int lMask = (1 << logL) - 1;
    // This stage's twiddles W_{L·R}^{qk} sit at tw[N + L - 1 + (q - 1)·L + k]: consecutive k, consecutive float2.
    const float2* __restrict__ stw = tw + n + lMask;
    for (int b = threadIdx.x; b < total; b += blockDim.x) {
        int sub = b >> logPer;
        int bb = b & ((1 << logPer) - 1);
        int k = bb & lMask;
        int a0 = ((bb >> logL) << (logL + RHO)) | k;
        int base = (sub << logM) | (fftSwizzle(a0, masks) ^ (sub == 2 ? c2 : 0));
        float2 v[R];
#pragma unroll
        for (int q = 0; q < R; q++) v[q] = shLoad(s, base ^ off[q]);
        if (logL > 0) {
#pragma unroll
            for (int q = 1; q < R; q++) v[q] = cmul(v[q], twiddle(stw, ((q - 1) << logL) | k, inverse));
        }
        fftDftRegisters<R>(v, inverse);
#pragma unroll
        for (int q = 0; q < R; q++) shStore(s, base ^ off[q], v[q]);
    }
}

// Transforms s[0..n) (already loaded with fftLoadSlot) in place; read the result with fftOutSlot. All threads
// of the block must call it. Ends with a barrier, so the caller may read s right away.
__device__ void blockFft(float2* s, int n, int m, int logM, int radix3, const float2* __restrict__ tw,
                         int inverse) {
    const unsigned masks = fftSwizzleMasks(logM);
    const int c2 = fftRegion2Xor(logM);
    const int subs = radix3 ? 3 : 1;
    int n8, n4, n2;
    fftRadices(logM, n8, n4, n2);
    int logL = 0;
    int stage = 0;
    for (int i = 0; i < n8; i++, logL += 3) {
        AIRAN_FFT_BARRIER(stage++);
        fftStage<3>(s, n, logM, subs, logL, masks, c2, tw, inverse);
    }
    for (int i = 0; i < n4; i++, logL += 2) {
        AIRAN_FFT_BARRIER(stage++);
        fftStage<2>(s, n, logM, subs, logL, masks, c2, tw, inverse);
    }
    if (n2) {
        AIRAN_FFT_BARRIER(stage++);
        fftStage<1>(s, n, logM, subs, logL, masks, c2, tw, inverse);
    }
    AIRAN_FFT_BARRIER(stage++);
    if (radix3) {
        // w3 = exp(-+2 pi i / 3): (-1/2, -+sqrt(3)/2)
        const float c = -0.5f;
        const float sn = inverse ? 0.86602540378443864676f : -0.86602540378443864676f;
        for (int k = threadIdx.x; k < m; k += blockDim.x) {
            int p = fftSwizzle(k, masks);
            int p0 = p, p1 = m | p, p2 = (2 * m) | (p ^ c2);
            float2 a = shLoad(s, p0);
            float2 b = cmul(twiddle(tw, k, inverse), shLoad(s, p1));
            float2 d = cmul(twiddle(tw, 2 * k, inverse), shLoad(s, p2));
            float2 sum = make_float2(b.x + d.x, b.y + d.y);
            float2 dif = make_float2(b.x - d.x, b.y - d.y);
            // X[k] = a + b + d; X[k+M] = a + c*(b+d) + j*sn*(b-d); X[k+2M] = a + c*(b+d) - j*sn*(b-d)
            float2 base = make_float2(a.x + c * sum.x, a.y + c * sum.y);
            float2 rot = make_float2(-sn * dif.y, sn * dif.x);
            shStore(s, p0, make_float2(a.x + sum.x, a.y + sum.y));
            shStore(s, p1, make_float2(base.x + rot.x, base.y + rot.y));
            shStore(s, p2, make_float2(base.x - rot.x, base.y - rot.y));
        }
        AIRAN_FFT_BARRIER(stage++);
    }
}
