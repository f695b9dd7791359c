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

// OFDM demodulation of one slot for many (item, port) signals. blockIdx.x = symbol l, blockIdx.y = signal.
// winStart[l]: first sample of symbol l's DFT window inside the slot (CP removed, advanced by d_l).
// factors[l*k + i]: complex factor of subcarrier i of symbol l (sqrt(K)/N, window phase, 5.4 phase).
// Subcarrier i is read from bin (firstBin + i) mod n. grid: signal g, symbol l at grid + g*gridStrideC + l*k.
__global__ void airan_ofdm_demod(const float2* __restrict__ in, int inStrideC, float2* grid, int gridStrideC,
                                 int n, int m, int logM, int radix3, const float2* __restrict__ tw,
                                 const int* __restrict__ winStart, const float2* __restrict__ factors,
                                 int k, int firstBin) {
    extern __shared__ float2 s[];
    const int l = blockIdx.x;
    const int g = blockIdx.y;
    const float2* x = in + (size_t)g * inStrideC + winStart[l];
    for (int i = threadIdx.x; i < n; i += blockDim.x) {
        shStore(s, fftLoadSlot(i, m, logM, radix3), x[i]);
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

// Least-squares estimate at the DMRS REs, averaged over the DMRS symbols of the slot.
// One thread per (pilot p, layer v, signal g = item*numRx + r). Pilot p of layer v sits on subcarrier
// firstSc + 2p + comb[v] (DMRS configuration type 1, TS 38.211 6.4.1.1.3). pilots: per item
// [v][d][p] complex (the transmitted DMRS values). hls: [g][v][p].
__global__ void airan_ls_average(const float2* __restrict__ grid, int gridStrideC, int k,
                                 const float2* __restrict__ pilots, const int* __restrict__ dmrsSym, int numDmrs,
                                 const int* __restrict__ comb, int numLayers, int numRx, int firstSc, int numPilots,
                                 float2* hls, int numSignals) {
    int p = blockIdx.x * blockDim.x + threadIdx.x;
    int v = blockIdx.y;
    int g = blockIdx.z;
    if (p >= numPilots || g >= numSignals) return;
    int item = g / numRx;
    int sc = firstSc + 2 * p + comb[v];
    float2 acc = make_float2(0.f, 0.f);
    for (int d = 0; d < numDmrs; d++) {
        float2 y = grid[(size_t)g * gridStrideC + (size_t)dmrsSym[d] * k + sc];
        float2 x = pilots[(((size_t)item * numLayers + v) * numDmrs + d) * numPilots + p];
        float e = x.x * x.x + x.y * x.y;
        float2 h = cmulConj(y, x);
        float inv = e > 0.f ? 1.f / e : 0.f;
        acc.x += h.x * inv;
        acc.y += h.y * inv;
    }
    float scale = 1.f / (float)numDmrs;
    hls[((size_t)g * numLayers + v) * numPilots + p] = make_float2(acc.x * scale, acc.y * scale);
}

// Frequency interpolation as a tap list: h[row][i] = sum_t w[(v*nsc + i)*numTaps + t] * hls[row][idx[...]],
// with row = g*numLayers + v. Linear interpolation has 2 taps; an LMMSE filter has one tap per pilot of its
// RB window. One thread per (subcarrier i, row).
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

#define AIRAN_MAX_LAYERS 4
#define AIRAN_MAX_RX 8
#define AIRAN_MIN_NOISE_VARIANCE 1e-9f
#define AIRAN_SINGULAR_RELATIVE 1e-6f

// Max-log LLRs of one PAM dimension: bits j = 0..mb-1, label bit j is (v >> (mb-1-j)) & 1.
__device__ void maxLogDim(float y, float inv, const float* __restrict__ levels, int mb, float* out, int outStride) {
    int nl = 1 << mb;
    for (int j = 0; j < mb; j++) {
        float d0 = 3.0e38f, d1 = 3.0e38f;
        int shift = mb - 1 - j;
        for (int v = 0; v < nl; v++) {
            float e = y - levels[v];
            float dd = e * e;
            if ((v >> shift) & 1) d1 = fminf(d1, dd); else d0 = fminf(d0, dd);
        }
        out[j * outStride] = (d1 - d0) * inv;
    }
}

// Per data RE: MMSE equalization x~ = (H^H H + N0 I)^-1 H^H y with bias removal (x^ = x~/g, noise (1-g)/g),
// then max-log demapping of each layer straight into the codeword LLR order of TS 38.211 7.3.1.3
// (layer v of RE i is codeword symbol i*L + v). One thread per (RE e, item). Degenerate REs (singular
// channel, non-finite input) give LLR 0, as the CPU equalizer and demapper document.
__global__ void airan_mmse_demap(const float2* __restrict__ grid, int gridStrideC, int k,
                                 const float2* __restrict__ h, int nsc, int numRx, int numLayers,
                                 const int* __restrict__ dataSym, int numDataSym, int firstSc,
                                 const float* __restrict__ n0PerItem, const float* __restrict__ levels, int mb,
                                 float* llr, int numItems) {
    int e = blockIdx.x * blockDim.x + threadIdx.x;
    int item = blockIdx.y;
    int numRe = numDataSym * nsc;
    if (e >= numRe || item >= numItems) return;
    int ds = e / nsc;
    int i = e - ds * nsc;
    int l = dataSym[ds];
    int sc = firstSc + i;
    const int L = numLayers;
    const int qm = 2 * mb;
    float n0 = n0PerItem[item];
    float2 H[AIRAN_MAX_RX][AIRAN_MAX_LAYERS];
    float2 y[AIRAN_MAX_RX];
    bool finite = isfinite(n0);
    for (int r = 0; r < numRx; r++) {
        size_t g = (size_t)item * numRx + r;
        y[r] = grid[g * gridStrideC + (size_t)l * k + sc];
        finite = finite && isfinite(y[r].x) && isfinite(y[r].y);
        for (int v = 0; v < L; v++) {
            H[r][v] = h[(g * L + v) * nsc + i];
            finite = finite && isfinite(H[r][v].x) && isfinite(H[r][v].y);
        }
    }
    // A = H^H H + n0 I (L x L), b = H^H y; augmented [A | I] for the inverse, Gauss-Jordan with pivoting.
    float2 A[AIRAN_MAX_LAYERS][2 * AIRAN_MAX_LAYERS];
    float2 b[AIRAN_MAX_LAYERS];
    float trace = 0.f;
    for (int a = 0; a < L; a++) {
        float2 bb = make_float2(0.f, 0.f);
        for (int r = 0; r < numRx; r++) {
            float2 t = cmulConj(y[r], H[r][a]);
            bb.x += t.x; bb.y += t.y;
        }
        b[a] = bb;
        for (int c = 0; c < L; c++) {
            float2 s = make_float2(0.f, 0.f);
            for (int r = 0; r < numRx; r++) {
                float2 t = cmulConj(H[r][c], H[r][a]);   // conj(H[r][a]) * H[r][c]
                s.x += t.x; s.y += t.y;
            }
            if (a == c) { s.x += n0; trace += s.x; }
            A[a][c] = s;
            A[a][L + c] = make_float2(a == c ? 1.f : 0.f, 0.f);
        }
    }
    bool ok = finite && trace > 0.f;
    for (int c = 0; c < L && ok; c++) {
        int piv = c;
        float best = A[c][c].x * A[c][c].x + A[c][c].y * A[c][c].y;
        for (int r = c + 1; r < L; r++) {
            float m2 = A[r][c].x * A[r][c].x + A[r][c].y * A[r][c].y;
            if (m2 > best) { best = m2; piv = r; }
        }
        float tr = trace / (float)L;
        if (!(best > AIRAN_SINGULAR_RELATIVE * AIRAN_SINGULAR_RELATIVE * tr * tr)) { ok = false; break; }
        if (piv != c) {
            for (int q = 0; q < 2 * L; q++) { float2 t = A[c][q]; A[c][q] = A[piv][q]; A[piv][q] = t; }
        }
        float2 p = A[c][c];
        float pm = 1.f / (p.x * p.x + p.y * p.y);
        float2 pinv = make_float2(p.x * pm, -p.y * pm);
        for (int q = 0; q < 2 * L; q++) A[c][q] = cmul(A[c][q], pinv);
        for (int r = 0; r < L; r++) {
            if (r == c) continue;
            float2 f = A[r][c];
            for (int q = 0; q < 2 * L; q++) {
                float2 t = cmul(f, A[c][q]);
                A[r][q].x -= t.x; A[r][q].y -= t.y;
            }
        }
    }
    float* out = llr + ((size_t)item * numRe + e) * L * qm;
    for (int v = 0; v < L; v++) {
        float* o = out + v * qm;
        float xr = 0.f, xi = 0.f, g = 0.f, eps = 0.f;
        bool good = ok;
        if (good) {
            for (int c = 0; c < L; c++) {
                float2 t = cmul(A[v][L + c], b[c]);
                xr += t.x; xi += t.y;
            }
            float dl = A[v][L + v].x;
            if (n0 == 0.f) {
                g = 1.f; eps = 0.f; good = dl > 0.f;
            } else {
                eps = n0 * dl;
                g = 1.f - eps;
                good = g > AIRAN_SINGULAR_RELATIVE && eps > 0.f;
            }
        }
        if (!good) {
            for (int j = 0; j < qm; j++) o[j] = 0.f;
            continue;
        }
        float sym_r = xr / g, sym_i = xi / g;
        float var = n0 == 0.f ? 0.f : eps / g;
        if (n0 == 0.f) {
            // ZF limit: the post-equalization variance is n0 * [A^-1]_vv = 0; the demapper's floor applies.
            var = 0.f;
        }
        float inv = 1.f / fmaxf(var, AIRAN_MIN_NOISE_VARIANCE);
        maxLogDim(sym_r, inv, levels, mb, o, 2);
        maxLogDim(sym_i, inv, levels, mb, o + 1, 2);
    }
}

}  // extern "C"
