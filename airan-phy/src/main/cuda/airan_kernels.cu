// AIRAN GPU kernels: batched DFT, OFDM demodulation (TS 38.211 5.3.1), DMRS least-squares channel estimation
// with a tap-list frequency interpolator, and per-RE MMSE equalization fused with max-log soft demapping.
// Complex data is interleaved float2 (re, im), the project's layout. Built by scripts/build-kernels.sh; the
// Java side launches them through the CUDA driver API (org.airan.phy.gpu).
#include "fft_block.cuh"

extern "C" {

// In-place batched DFT: signal b (blockIdx.x) starts at data + b * strideC (strides in complex samples).
// Dynamic shared memory: n * sizeof(float2). Any blockDim.x (FftPlan.threadsPerBlock()).
__global__ void airan_fft_batched(float2* data, int strideC, int n, int m, int logM, int radix3,
                                  const float2* __restrict__ tw, int inverse) {
    extern __shared__ float2 s[];
    float2* x = data + (size_t)blockIdx.x * strideC;
    for (int i = threadIdx.x; i < n; i += blockDim.x) {
        shStore(s, fftLoadSlot(i, m, logM, radix3), x[i]);
    }
    blockFft(s, n, m, logM, radix3, tw, inverse);
    for (int i = threadIdx.x; i < n; i += blockDim.x) {
        x[i] = shLoad(s, fftOutSlot(i, m, logM, radix3));
    }
}

}  // extern "C"

// Sample loads of the demodulation kernel: interleaved float32 as is, or interleaved int16 (SigMF ci16, the
// fronthaul format) times the item's scale.
__device__ __forceinline__ float2 loadSample(const float2* __restrict__ x, int i, float) { return x[i]; }
__device__ __forceinline__ float2 loadSample(const short2* __restrict__ x, int i, float scale) {
    short2 v = x[i];
    return make_float2((float)v.x * scale, (float)v.y * scale);
}

// OFDM demodulation of one slot for many (item, port) signals. blockIdx.x = symbol l, blockIdx.y = signal.
// winStart[l]: first sample of symbol l's DFT window inside the slot (CP removed, advanced by d_l).
// factors[l*k + i]: complex factor of subcarrier i of symbol l (sqrt(K)/N, window phase, 5.4 phase).
// Subcarrier i is read from bin (firstBin + i) mod n. grid: signal g, symbol l at grid + g*gridStrideC + l*k.
// InT = float2 (float32 samples) or short2 (int16 samples, value = sample * scalePerItem[g / numRx]).
template <typename InT>
__device__ __forceinline__ void ofdmDemod(float2* s, const InT* __restrict__ in, int inStrideC, float2* grid, int gridStrideC,
                                          int n, int m, int logM, int radix3, const float2* __restrict__ tw,
                                          const int* __restrict__ winStart, const float2* __restrict__ factors,
                                          int k, int firstBin, float scale) {
    const int l = blockIdx.x;
    const int g = blockIdx.y;
    const InT* x = in + (size_t)g * inStrideC + winStart[l];
    for (int i = threadIdx.x; i < n; i += blockDim.x) {
        shStore(s, fftLoadSlot(i, m, logM, radix3), loadSample(x, i, scale));
    }
    blockFft(s, n, m, logM, radix3, tw, 0);
    float2* out = grid + (size_t)g * gridStrideC + (size_t)l * k;
    const float2* f = factors + (size_t)l * k;
    for (int i = threadIdx.x; i < k; i += blockDim.x) {
        int bin = firstBin + i;
        if (bin >= n) bin -= n;
        out[i] = cmul(shLoad(s, fftOutSlot(bin, m, logM, radix3)), f[i]);
    }
}

extern "C" {

__global__ void airan_ofdm_demod(const float2* __restrict__ in, int inStrideC, float2* grid, int gridStrideC,
                                 int n, int m, int logM, int radix3, const float2* __restrict__ tw,
                                 const int* __restrict__ winStart, const float2* __restrict__ factors,
                                 int k, int firstBin) {
    extern __shared__ float2 s[];
    ofdmDemod(s, in, inStrideC, grid, gridStrideC, n, m, logM, radix3, tw, winStart, factors, k, firstBin, 1.f);
}

// As airan_ofdm_demod for int16 samples (short2 = one interleaved I/Q pair); signal g belongs to item g / numRx.
__global__ void airan_ofdm_demod_i16(const short2* __restrict__ in, int inStrideC, float2* grid, int gridStrideC,
                                     int n, int m, int logM, int radix3, const float2* __restrict__ tw,
                                     const int* __restrict__ winStart, const float2* __restrict__ factors,
                                     int k, int firstBin, const float* __restrict__ scalePerItem, int numRx) {
    extern __shared__ float2 s[];
    ofdmDemod(s, in, inStrideC, grid, gridStrideC, n, m, logM, radix3, tw, winStart, factors, k, firstBin,
              scalePerItem[blockIdx.y / numRx]);
}

// FFT stage on cuFFT (GpuFftStage.CUFFT), step 1 of 3: copies the DFT window of symbol l (CP removed, advanced
// by d_l; winStart as in airan_ofdm_demod) of every signal into one contiguous batch for a batched cufftExecC2C:
// windows[(g * numSymbols + l) * n + i] = in[g * inStrideC + winStart[l] + i]. blockIdx.x = l, blockIdx.y = g.
__global__ void airan_gather_windows(const float2* __restrict__ in, int inStrideC, float2* windows, int n,
                                     int numSymbols, const int* __restrict__ winStart) {
    const int l = blockIdx.x;
    const int g = blockIdx.y;
    const float2* x = in + (size_t)g * inStrideC + winStart[l];
    float2* w = windows + ((size_t)g * numSymbols + l) * n;
    for (int i = threadIdx.x; i < n; i += blockDim.x) {
        w[i] = x[i];
    }
}

// As airan_gather_windows for int16 samples: windows[...] = in[...] * scalePerItem[g / numRx] in float (the
// conversion of airan_ofdm_demod_i16, so both FFT stages see the same float samples).
__global__ void airan_gather_windows_i16(const short2* __restrict__ in, int inStrideC, float2* windows, int n,
                                         int numSymbols, const int* __restrict__ winStart,
                                         const float* __restrict__ scalePerItem, int numRx) {
    const int l = blockIdx.x;
    const int g = blockIdx.y;
    const float scale = scalePerItem[g / numRx];
    const short2* x = in + (size_t)g * inStrideC + winStart[l];
    float2* w = windows + ((size_t)g * numSymbols + l) * n;
    for (int i = threadIdx.x; i < n; i += blockDim.x) {
        w[i] = loadSample(x, i, scale);
    }
}

// FFT stage on cuFFT, step 3 of 3 (step 2: the forward cufftExecC2C, in place on windows): subcarrier i of symbol
// l of signal g is bin (firstBin + i) mod n of its transformed window, times factors[l*k + i] (the factors of
// airan_ofdm_demod), written to grid + g*gridStrideC + l*k + i. blockIdx.x = l, blockIdx.y = g.
__global__ void airan_extract_subcarriers(const float2* __restrict__ windows, int n, int numSymbols, float2* grid,
                                          int gridStrideC, const float2* __restrict__ factors, int k,
                                          int firstBin) {
    const int l = blockIdx.x;
    const int g = blockIdx.y;
    const float2* X = windows + ((size_t)g * numSymbols + l) * n;
    float2* out = grid + (size_t)g * gridStrideC + (size_t)l * k;
    const float2* f = factors + (size_t)l * k;
    for (int i = threadIdx.x; i < k; i += blockDim.x) {
        int bin = firstBin + i;
        if (bin >= n) bin -= n;
        out[i] = cmul(X[bin], f[i]);
    }
}

// Least-squares estimate at the DMRS REs, averaged over the DMRS symbols of the slot and, where a CDM group holds
// two layers, de-spread over each pilot pair (FD-OCC, TS 38.211 6.4.1.1.3). One thread per (estimate e, layer v,
// signal g = item*numRx + r). Pilot p of layer v sits on subcarrier firstSc + 2p + comb[v] (DMRS configuration
// type 1); estimate e of layer v averages pilots e*span[v] .. e*span[v] + span[v] - 1 (span 1: every pilot, span 2:
// the pair k' = 0, 1, whose transmitted values carry w_f, so the other cover of the group cancels in the sum).
// pilots: per item [v][d][p] complex (the transmitted DMRS values). hls: [g][v][numPilots], the first
// numPilots/span[v] entries used. Same summation order as CpuUplinkFrontEnd.
__global__ void airan_ls_average(const float2* __restrict__ grid, int gridStrideC, int k,
                                 const float2* __restrict__ pilots, const int* __restrict__ dmrsSym, int numDmrs,
                                 const int* __restrict__ comb, const int* __restrict__ span, int numLayers, int numRx,
                                 int firstSc, int numPilots, float2* hls, int numSignals) {
    int e = blockIdx.x * blockDim.x + threadIdx.x;
    int v = blockIdx.y;
    int g = blockIdx.z;
    int sp = span[v];
    if (e * sp >= numPilots || g >= numSignals) return;
    int item = g / numRx;
    float2 acc = make_float2(0.f, 0.f);
    for (int j = 0; j < sp; j++) {
        int p = e * sp + j;
        int sc = firstSc + 2 * p + comb[v];
        for (int d = 0; d < numDmrs; d++) {
            float2 y = grid[(size_t)g * gridStrideC + (size_t)dmrsSym[d] * k + sc];
            float2 x = pilots[(((size_t)item * numLayers + v) * numDmrs + d) * numPilots + p];
            float en = x.x * x.x + x.y * x.y;
            float2 h = cmulConj(y, x);
            float inv = en > 0.f ? 1.f / en : 0.f;
            acc.x += h.x * inv;
            acc.y += h.y * inv;
        }
    }
    float scale = 1.f / (float)(numDmrs * sp);
    hls[((size_t)g * numLayers + v) * numPilots + e] = make_float2(acc.x * scale, acc.y * scale);
}

// Noise variance N0 per item from the DMRS (org.airan.phy.frontend.NoiseEstimation.DMRS): at every pilot p of
// every CDM group in use (groups 0..numGroups-1, pilots of the group's first layer v = group) and antenna,
// z_d = y_d * conj(x_d) / |x_d|^2 is the same composite channel in every DMRS symbol d (the other layer of the
// group enters as h_b * w_b/w_a, constant over d), so its spread over d is noise only:
// N0 = sum |z_d - mean z|^2 / sum (1 - 1/D) * sum_d 1/|x_d|^2. Two passes per pilot, float partial sums per
// thread, then a shared-memory tree. One block per item (blockIdx.x), blockDim.x a power of two, dynamic shared
// memory blockDim.x * sizeof(float2). Writes n0[item] (>= 0; 0 when no pilot has energy).
__global__ void airan_noise_dmrs(const float2* __restrict__ grid, int gridStrideC, int k,
                                 const float2* __restrict__ pilots, const int* __restrict__ dmrsSym, int numDmrs,
                                 const int* __restrict__ comb, int numGroups, int numLayers, int numRx, int firstSc,
                                 int numPilots, float* n0, int numItems) {
    extern __shared__ float2 s[];
    const int item = blockIdx.x;
    if (item >= numItems) return;
    const int perRx = numGroups * numPilots;
    float num = 0.f, den = 0.f;
    for (int idx = threadIdx.x; idx < numRx * perRx; idx += blockDim.x) {
        int r = idx / perRx;
        int v = (idx - r * perRx) / numPilots;
        int p = idx - r * perRx - v * numPilots;
        const float2* y = grid + ((size_t)item * numRx + r) * gridStrideC + firstSc + 2 * p + comb[v];
        const float2* x = pilots + (((size_t)item * numLayers + v) * numDmrs) * numPilots + p;
        float mr = 0.f, mi = 0.f, sx = 0.f;
        bool ok = true;
        for (int d = 0; d < numDmrs; d++) {
            float2 xv = x[(size_t)d * numPilots];
            float en = xv.x * xv.x + xv.y * xv.y;
            if (!(en > 0.f)) { ok = false; break; }
            float2 z = cmulConj(y[(size_t)dmrsSym[d] * k], xv);
            mr += z.x / en;
            mi += z.y / en;
            sx += 1.f / en;
        }
        if (!ok) continue;
        mr /= (float)numDmrs;
        mi /= (float)numDmrs;
        for (int d = 0; d < numDmrs; d++) {
            float2 xv = x[(size_t)d * numPilots];
            float en = xv.x * xv.x + xv.y * xv.y;
            float2 z = cmulConj(y[(size_t)dmrsSym[d] * k], xv);
            float dr = z.x / en - mr, di = z.y / en - mi;
            num += dr * dr + di * di;
        }
        den += (1.f - 1.f / (float)numDmrs) * sx;
    }
    shStore(s, threadIdx.x, make_float2(num, den));
    __syncthreads();
    for (int stride = blockDim.x / 2; stride > 0; stride >>= 1) {
        if ((int)threadIdx.x < stride) {
            float2 a = shLoad(s, threadIdx.x);
            float2 b = shLoad(s, threadIdx.x + stride);
            shStore(s, threadIdx.x, make_float2(a.x + b.x, a.y + b.y));
        }
        __syncthreads();
    }
    if (threadIdx.x == 0) {
        float2 t = shLoad(s, 0);
        n0[item] = t.y > 0.f ? fmaxf(0.f, t.x / t.y) : 0.f;
    }
}

// Frequency interpolation as a tap list: h[row][i] = sum_t w[(v*nsc + i)*numTaps + t] * hls[row][idx[...]],
// with row = g*numLayers + v; idx counts the layer's LS estimates (pilots, or FD-OCC pair centres), as
// org.airan.phy.frontend.FrequencyFilter. Linear interpolation has 2 taps; an LMMSE filter has one tap per
// estimate of its RB window. One thread per (subcarrier i, row).
__global__ void airan_interp_taps(const float2* __restrict__ hls, int numPilots, const int* __restrict__ tapIdx,
                                  const float2* __restrict__ tapW, int numTaps, int numLayers, int nsc, float2* h,
                                  int numRows) {
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    int row = blockIdx.y;
    if (i >= nsc || row >= numRows) return;
    int v = row % numLayers;
    const float2* src = hls + (size_t)row * numPilots;
    size_t t0 = ((size_t)v * nsc + i) * numTaps;
    float2 acc = make_float2(0.f, 0.f);
    for (int t = 0; t < numTaps; t++) {
        float2 w = tapW[t0 + t];
        float2 x = src[tapIdx[t0 + t]];
        acc.x += w.x * x.x - w.y * x.y;
        acc.y += w.x * x.y + w.y * x.x;
    }
    h[(size_t)row * nsc + i] = acc;
}

}  // extern "C"

#define AIRAN_MIN_NOISE_VARIANCE 1e-9f
#define AIRAN_SINGULAR_RELATIVE 1e-6f

// LLR stores: float as is; int8 as clamp(round(llr * scale), -127, 127) with round half up and NaN -> 0, the rule
// of org.airan.phy.modulation.LlrQuantizer (bit-exact with it for the same float LLR).
__device__ __forceinline__ void storeLlr(float* o, float v, float) { *o = v; }
__device__ __forceinline__ void storeLlr(signed char* o, float v, float scale) {
    float t = v * scale;
    t = t != t ? 0.f : fminf(127.f, fmaxf(-127.f, t));
    // Round half up exactly as Java's Math.round: floor, then up when the (exact) remainder is >= 1/2. floorf(t +
    // 0.5f) would differ for t just below a half (0.49999997f + 0.5f rounds to 1 in float).
    float f = floorf(t);
    *o = (signed char)(int)(t - f >= 0.5f ? f + 1.f : f);
}

// Max-log LLRs of one PAM dimension: bits j = 0..mb-1, label bit j is (v >> (mb-1-j)) & 1.
template <typename OutT>
__device__ __forceinline__ void maxLogDim(float y, float inv, const float* __restrict__ levels, int mb, OutT* out,
                                          int outStride, float llrScale) {
    int nl = 1 << mb;
    for (int j = 0; j < mb; j++) {
        float d0 = 3.0e38f, d1 = 3.0e38f;
        int shift = mb - 1 - j;
        for (int v = 0; v < nl; v++) {
            float e = y - levels[v];
            float dd = e * e;
            if ((v >> shift) & 1) d1 = fminf(d1, dd); else d0 = fminf(d0, dd);
        }
        storeLlr(out + j * outStride, (d1 - d0) * inv, llrScale);
    }
}

// Per data RE: MMSE equalization x~ = (H^H H + N0 I)^-1 H^H y with bias removal (x^ = x~/g, noise (1-g)/g),
// then max-log demapping of each layer straight into the codeword LLR order of TS 38.211 7.3.1.3
// (layer v of RE i is codeword symbol i*L + v). One thread per (RE e, item). Degenerate REs (singular
// channel, non-finite input) give LLR 0, as the CPU equalizer and demapper document.
// L (layers) and RX (antennas) are compile-time so that every loop unrolls and H, y, A and b stay in registers
// (the row swap of the pivoting is a predicated select over the candidate rows, never a run-time index).
template <int L, int RX, typename OutT>
__device__ __forceinline__ void mmseDemap(const float2* __restrict__ grid, int gridStrideC, int k,
                                          const float2* __restrict__ h, int nsc, const int* __restrict__ dataSym,
                                          int numDataSym, int firstSc, const float* __restrict__ n0PerItem,
                                          const float* __restrict__ levels, int mb, float llrScale, OutT* llr,
                                          int numItems) {
    int e = blockIdx.x * blockDim.x + threadIdx.x;
    int item = blockIdx.y;
    int numRe = numDataSym * nsc;
    if (e >= numRe || item >= numItems) return;
    int ds = e / nsc;
    int i = e - ds * nsc;
    int l = dataSym[ds];
    int sc = firstSc + i;
    const int qm = 2 * mb;
    float n0 = n0PerItem[item];
    float2 H[RX][L];
    float2 y[RX];
    bool finite = isfinite(n0);
#pragma unroll
    for (int r = 0; r < RX; r++) {
        size_t g = (size_t)item * RX + r;
        y[r] = grid[g * gridStrideC + (size_t)l * k + sc];
        finite = finite && isfinite(y[r].x) && isfinite(y[r].y);
#pragma unroll
        for (int v = 0; v < L; v++) {
            H[r][v] = h[(g * L + v) * nsc + i];
            finite = finite && isfinite(H[r][v].x) && isfinite(H[r][v].y);
        }
    }
    // A = H^H H + n0 I (L x L), b = H^H y; augmented [A | I] for the inverse, Gauss-Jordan with pivoting.
    float2 A[L][2 * L];
    float2 b[L];
    float trace = 0.f;
#pragma unroll
    for (int a = 0; a < L; a++) {
        float2 bb = make_float2(0.f, 0.f);
#pragma unroll
        for (int r = 0; r < RX; r++) {
            float2 t = cmulConj(y[r], H[r][a]);
            bb.x += t.x; bb.y += t.y;
        }
        b[a] = bb;
#pragma unroll
        for (int c = 0; c < L; c++) {
            float2 s = make_float2(0.f, 0.f);
#pragma unroll
            for (int r = 0; r < RX; r++) {
                float2 t = cmulConj(H[r][c], H[r][a]);   // conj(H[r][a]) * H[r][c]
                s.x += t.x; s.y += t.y;
            }
            if (a == c) { s.x += n0; trace += s.x; }
            A[a][c] = s;
            A[a][L + c] = make_float2(a == c ? 1.f : 0.f, 0.f);
        }
    }
    bool ok = finite && trace > 0.f;
#pragma unroll
    for (int c = 0; c < L; c++) {
        if (!ok) continue;
        int piv = c;
        float best = A[c][c].x * A[c][c].x + A[c][c].y * A[c][c].y;
#pragma unroll
        for (int r = c + 1; r < L; r++) {
            float m2 = A[r][c].x * A[r][c].x + A[r][c].y * A[r][c].y;
            if (m2 > best) { best = m2; piv = r; }
        }
        float tr = trace / (float)L;
        if (!(best > AIRAN_SINGULAR_RELATIVE * AIRAN_SINGULAR_RELATIVE * tr * tr)) { ok = false; continue; }
#pragma unroll
        for (int r = c + 1; r < L; r++) {
            if (r == piv) {
#pragma unroll
                for (int q = 0; q < 2 * L; q++) { float2 t = A[c][q]; A[c][q] = A[r][q]; A[r][q] = t; }
            }
        }
        float2 p = A[c][c];
        float pm = 1.f / (p.x * p.x + p.y * p.y);
        float2 pinv = make_float2(p.x * pm, -p.y * pm);
#pragma unroll
        for (int q = 0; q < 2 * L; q++) A[c][q] = cmul(A[c][q], pinv);
#pragma unroll
        for (int r = 0; r < L; r++) {
            if (r == c) continue;
            float2 f = A[r][c];
#pragma unroll
            for (int q = 0; q < 2 * L; q++) {
                float2 t = cmul(f, A[c][q]);
                A[r][q].x -= t.x; A[r][q].y -= t.y;
            }
        }
    }
    // Equalized symbol, 1/variance and validity per layer, in registers.
    float sym[2 * L];
    float inv[L];
    bool good[L];
#pragma unroll
    for (int v = 0; v < L; v++) {
        float xr = 0.f, xi = 0.f, g = 0.f, eps = 0.f;
        good[v] = ok;
        if (ok) {
#pragma unroll
            for (int c = 0; c < L; c++) {
                float2 t = cmul(A[v][L + c], b[c]);
                xr += t.x; xi += t.y;
            }
            float dl = A[v][L + v].x;
            if (n0 == 0.f) {
                g = 1.f; eps = 0.f; good[v] = dl > 0.f;
            } else {
                eps = n0 * dl;
                g = 1.f - eps;
                good[v] = g > AIRAN_SINGULAR_RELATIVE && eps > 0.f;
            }
        }
        sym[2 * v] = good[v] ? xr / g : 0.f;
        sym[2 * v + 1] = good[v] ? xi / g : 0.f;
        // ZF limit (n0 = 0): the post-equalization variance n0 * [A^-1]_vv is 0; the demapper's floor applies.
        float var = n0 == 0.f ? 0.f : eps / g;
        inv[v] = good[v] ? 1.f / fmaxf(var, AIRAN_MIN_NOISE_VARIANCE) : 0.f;
    }
    // Max-log demapping of the 2L PAM dimensions in one loop that is not unrolled (one copy of the demapper per
    // kernel); the dimension's values are picked from the register arrays by a predicated select.
    OutT* out = llr + ((size_t)item * numRe + e) * L * qm;
#pragma unroll 1
    for (int d = 0; d < 2 * L; d++) {
        float y = sym[0], iv = inv[0];
        bool gd = good[0];
#pragma unroll
        for (int t = 1; t < 2 * L; t++) {
            if (d == t) { y = sym[t]; iv = inv[t / 2]; gd = good[t / 2]; }
        }
        OutT* o = out + (d >> 1) * qm + (d & 1);
        if (gd) {
            maxLogDim(y, iv, levels, mb, o, 2, llrScale);
        } else {
            for (int j = 0; j < mb; j++) storeLlr(o + 2 * j, 0.f, llrScale);
        }
    }
}

// One entry point per (layers, antennas, LLR format): airan_mmse_demap_l<L>_r<RX>_<f32|i8>. The Java side picks
// the name from the configuration (CudaUplinkFrontEnd.mmseKernelName). llrScale is used by the i8 variants only.
#define AIRAN_MMSE_ENTRY(L, RX, SUFFIX, OUT_T)                                                                    \
    extern "C" __global__ void airan_mmse_demap_l##L##_r##RX##_##SUFFIX(                                           \
        const float2* __restrict__ grid, int gridStrideC, int k, const float2* __restrict__ h, int nsc,           \
        const int* __restrict__ dataSym, int numDataSym, int firstSc, const float* __restrict__ n0PerItem,        \
        const float* __restrict__ levels, int mb, float llrScale, OUT_T* llr, int numItems) {                     \
        mmseDemap<L, RX, OUT_T>(grid, gridStrideC, k, h, nsc, dataSym, numDataSym, firstSc, n0PerItem, levels,    \
                                mb, llrScale, llr, numItems);                                                     \
    }
#define AIRAN_MMSE_ENTRIES(L, RX) AIRAN_MMSE_ENTRY(L, RX, f32, float) AIRAN_MMSE_ENTRY(L, RX, i8, signed char)
#define AIRAN_MMSE_ALL_RX(L)                                                                                      \
    AIRAN_MMSE_ENTRIES(L, 1) AIRAN_MMSE_ENTRIES(L, 2) AIRAN_MMSE_ENTRIES(L, 3) AIRAN_MMSE_ENTRIES(L, 4)            \
    AIRAN_MMSE_ENTRIES(L, 5) AIRAN_MMSE_ENTRIES(L, 6) AIRAN_MMSE_ENTRIES(L, 7) AIRAN_MMSE_ENTRIES(L, 8)
// Layers 1-2 by antennas 1-8 (UplinkFrontEndConfig.MAX_RX); layers 3-4 (FD-OCC, decision 095) by antennas L-8:
// the configuration refuses more layers than antennas, so those pairs are never named.
AIRAN_MMSE_ALL_RX(1)
AIRAN_MMSE_ALL_RX(2)
AIRAN_MMSE_ENTRIES(3, 3) AIRAN_MMSE_ENTRIES(3, 4) AIRAN_MMSE_ENTRIES(3, 5) AIRAN_MMSE_ENTRIES(3, 6)
AIRAN_MMSE_ENTRIES(3, 7) AIRAN_MMSE_ENTRIES(3, 8)
AIRAN_MMSE_ENTRIES(4, 4) AIRAN_MMSE_ENTRIES(4, 5) AIRAN_MMSE_ENTRIES(4, 6) AIRAN_MMSE_ENTRIES(4, 7)
AIRAN_MMSE_ENTRIES(4, 8)
