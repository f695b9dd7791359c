// Host emulation check of src/main/cuda (see host_emulation.h). Build and run: scripts/emulate-kernels.sh.
//  1. airan_fft_batched against a double-precision DFT for 2^k and 3*2^k sizes, both directions;
//  2. the uplink front-end kernels (ofdm_demod, ls_average, interp_taps, mmse_demap) on tables and inputs dumped
//     by org.airan.phy.gpu.KernelEmulationData, against the CPU front end's LLRs (same bound as the GPU test), in
//     three formats: float32 in / float32 out, int16 in (ofdm_demod_i16) / float32 out, int16 in / int8 out (the
//     _i8 MMSE entry points; every int8 LLR within one step of the CPU's).
#include "host_emulation.h"
#include "../../main/cuda/airan_kernels.cu"
#include <cstdio>
#include <cstdlib>
#include <vector>
#include <string>
#include <random>

extern "C" float2 s[8192];
float2 s[8192];

template <class K>
static void launch(unsigned gx, unsigned gy, unsigned gz, K kernel) {
    for (unsigned z = 0; z < gz; z++)
        for (unsigned y = 0; y < gy; y++)
            for (unsigned x = 0; x < gx; x++) {
                blockIdx = EmuDim3{x, y, z};
                kernel();
            }
}

static int checkFft() {
    int bad = 0;
    const int sizes[] = {2, 4, 12, 16, 24, 96, 128, 384, 1024, 1536, 2048, 3072, 4096};
    std::mt19937 rng(1);
    std::uniform_real_distribution<float> u(-1.f, 1.f);
    for (int n : sizes) {
        int m = n % 3 == 0 ? n / 3 : n;
        int r3 = n % 3 == 0;
        int logM = 0;
        while ((1 << logM) < m) logM++;
        std::vector<float2> tw(n);
        for (int j = 0; j < n; j++) tw[j] = make_float2((float)cos(-2 * M_PI * j / n), (float)sin(-2 * M_PI * j / n));
        for (int inv = 0; inv < 2; inv++) {
            const int count = 3;
            std::vector<float2> x(count * n), y;
            for (auto& v : x) v = make_float2(u(rng), u(rng));
            y = x;
            launch(count, 1, 1, [&] { airan_fft_batched(y.data(), n, n, m, logM, r3, tw.data(), inv); });
            double err = 0, pow = 0;
            for (int c = 0; c < count; c++)
                for (int k = 0; k < n; k++) {
                    double re = 0, im = 0;
                    for (int t = 0; t < n; t++) {
                        double a = (inv ? 2 : -2) * M_PI * (double)((long)k * t % n) / n;
                        re += x[c * n + t].x * cos(a) - x[c * n + t].y * sin(a);
                        im += x[c * n + t].x * sin(a) + x[c * n + t].y * cos(a);
                    }
                    err = fmax(err, fmax(fabs(re - y[c * n + k].x), fabs(im - y[c * n + k].y)));
                    pow += re * re + im * im;
                }
            double rms = sqrt(pow / (count * n));
            bool ok = err <= 1e-5 * rms;  // as CudaDftProcessorTest.PARITY_REL_TOL
            if (!ok) bad++;
            printf("fft N=%-5d %s max|err|/rms = %.2e %s\n", n, inv ? "inverse" : "forward", err / rms, ok ? "ok" : "FAIL");
        }
    }
    return bad;
}

template <class T>
static std::vector<T> readFile(const std::string& dir, const char* name) {
    std::string p = dir + "/" + name;
    FILE* f = fopen(p.c_str(), "rb");
    if (!f) { fprintf(stderr, "cannot open %s\n", p.c_str()); exit(2); }
    fseek(f, 0, SEEK_END);
    long bytes = ftell(f);
    fseek(f, 0, SEEK_SET);
    std::vector<T> v(bytes / sizeof(T));
    if (fread(v.data(), 1, bytes, f) != (size_t)bytes) { fprintf(stderr, "short read %s\n", p.c_str()); exit(2); }
    fclose(f);
    return v;
}

// The MMSE kernel instantiation for (layers, numRx), as CudaUplinkFrontEnd.mmseKernelName picks it.
template <int L, typename OutT>
static void runMmseL(int numRx, unsigned blocks, unsigned items, const float2* grid, int gridStrideC, int k,
                     const float2* h, int nsc, const int* dataSym, int numData, int firstSc, const float* n0,
                     const float* levels, int mb, float llrScale, OutT* llr) {
#define AIRAN_EMU_RX(R)                                                                                              \
    case R:                                                                                                          \
        launch(blocks, items, 1, [&] {                                                                               \
            mmseDemap<L, R, OutT>(grid, gridStrideC, k, h, nsc, dataSym, numData, firstSc, n0, levels, mb, llrScale, \
                                  llr, items);                                                                       \
        });                                                                                                          \
        break;
    switch (numRx) {
        AIRAN_EMU_RX(1) AIRAN_EMU_RX(2) AIRAN_EMU_RX(3) AIRAN_EMU_RX(4)
        AIRAN_EMU_RX(5) AIRAN_EMU_RX(6) AIRAN_EMU_RX(7) AIRAN_EMU_RX(8)
        default: fprintf(stderr, "no MMSE instantiation for %d RX\n", numRx); exit(2);
    }
#undef AIRAN_EMU_RX
}

template <typename OutT>
static void runMmse(int layers, int numRx, unsigned blocks, unsigned items, const float2* grid, int gridStrideC,
                    int k, const float2* h, int nsc, const int* dataSym, int numData, int firstSc, const float* n0,
                    const float* levels, int mb, float llrScale, OutT* llr) {
    if (layers == 1) {
        runMmseL<1, OutT>(numRx, blocks, items, grid, gridStrideC, k, h, nsc, dataSym, numData, firstSc, n0, levels,
                          mb, llrScale, llr);
    } else if (layers == 2) {
        runMmseL<2, OutT>(numRx, blocks, items, grid, gridStrideC, k, h, nsc, dataSym, numData, firstSc, n0, levels,
                          mb, llrScale, llr);
    } else {
        fprintf(stderr, "no MMSE instantiation for %d layers\n", layers);
        exit(2);
    }
}

// Compares float LLRs with the CPU's at the GPU test's bound; returns 1 on failure.
static int compareFloat(const char* what, const std::string& dir, const std::vector<float>& llr,
                        const std::vector<float>& ref) {
    if (ref.size() != llr.size()) { printf("%s: %zu LLRs, CPU reference has %zu\n", what, llr.size(), ref.size()); return 1; }
    long outliers = 0;
    double worst = 0;
    long wrongSign = 0;
    for (size_t j = 0; j < llr.size(); j++) {
        double d = fabs(llr[j] - ref[j]);
        double bound = 1e-3 + 1e-3 * fabs(ref[j]);  // as CudaUplinkFrontEndTest.ABS/REL
        worst = fmax(worst, d / bound);
        if (d > bound) outliers++;
        if ((llr[j] > 0) != (ref[j] > 0) && fabs(ref[j]) > 1) wrongSign++;
    }
    bool ok = outliers <= 1e-4 * llr.size();  // as CudaUplinkFrontEndTest.MAX_OUTLIER_SHARE
    printf("%s (%s): %zu LLRs, %ld outside the bound, %ld sign flips with |LLR|>1, worst |d|/bound %.3g %s\n", what,
           dir.c_str(), llr.size(), outliers, wrongSign, worst, ok ? "ok" : "FAIL");
    return ok ? 0 : 1;
}

static int checkFrontEnd(const std::string& dir) {
    auto P = readFile<int>(dir, "params.i32");
    int i = 0;
    int n = P[i++], m = P[i++], logM = P[i++], r3 = P[i++], k = P[i++], firstBin = P[i++], symbols = P[i++];
    int slotStride = P[i++], numRx = P[i++], layers = P[i++], numDmrs = P[i++], numData = P[i++], firstSc = P[i++];
    int numPilots = P[i++], nsc = P[i++], numTaps = P[i++], mb = P[i++], items = P[i++], slotIdx = P[i++];
    auto tw = readFile<float2>(dir, "twiddles.f32");
    auto starts = readFile<int>(dir, "starts.i32");
    auto factors = readFile<float2>(dir, "factors.f32");
    auto dmrs = readFile<int>(dir, "dmrs.i32");
    auto data = readFile<int>(dir, "data.i32");
    auto comb = readFile<int>(dir, "comb.i32");
    auto tapIdx = readFile<int>(dir, "tapidx.i32");
    auto tapW = readFile<float2>(dir, "tapw.f32");
    auto levels = readFile<float>(dir, "levels.f32");
    auto in = readFile<float2>(dir, "in.f32");
    auto pilots = readFile<float2>(dir, "pilots.f32");
    auto n0 = readFile<float>(dir, "n0.f32");
    auto ref = readFile<float>(dir, "llr_cpu.f32");
    int signals = items * numRx;
    std::vector<float2> grid((size_t)signals * symbols * k);
    std::vector<float2> hls((size_t)signals * layers * numPilots);
    std::vector<float2> h((size_t)signals * layers * nsc);
    int numRe = numData * nsc;
    int qm = 2 * mb;
    std::vector<float> llr((size_t)items * numRe * layers * qm);
    const int* st = starts.data() + slotIdx * symbols;
    const float2* fac = factors.data() + (size_t)slotIdx * symbols * k;
    launch(symbols, signals, 1, [&] {
        airan_ofdm_demod(in.data(), slotStride, grid.data(), symbols * k, n, m, logM, r3, tw.data(), st, fac, k, firstBin);
    });
    launch(numPilots, layers, signals, [&] {
        airan_ls_average(grid.data(), symbols * k, k, pilots.data(), dmrs.data(), numDmrs, comb.data(), layers, numRx,
                         firstSc, numPilots, hls.data(), signals);
    });
    launch(nsc, signals * layers, 1, [&] {
        airan_interp_taps(hls.data(), numPilots, tapIdx.data(), tapW.data(), numTaps, layers, nsc, h.data(), signals * layers);
    });
    runMmse<float>(layers, numRx, numRe, items, grid.data(), symbols * k, k, h.data(), nsc, data.data(), numData, firstSc,
                   n0.data(), levels.data(), mb, 1.f, llr.data());
    int bad = compareFloat("front end float32/float32", dir, llr, ref);

    // int16 samples in: the i16 demodulation entry point, then the same estimation; float32 and int8 LLRs out.
    auto in16 = readFile<short2>(dir, "in16.i16");
    auto scale = readFile<float>(dir, "scale.f32");
    auto ref16 = readFile<float>(dir, "llr_cpu_i16.f32");
    auto ref8 = readFile<signed char>(dir, "llr_cpu_i8.i8");
    float llrScale = readFile<float>(dir, "llrscale.f32")[0];
    launch(symbols, signals, 1, [&] {
        airan_ofdm_demod_i16(in16.data(), slotStride, grid.data(), symbols * k, n, m, logM, r3, tw.data(), st, fac, k,
                             firstBin, scale.data(), numRx);
    });
    launch(numPilots, layers, signals, [&] {
        airan_ls_average(grid.data(), symbols * k, k, pilots.data(), dmrs.data(), numDmrs, comb.data(), layers, numRx,
                         firstSc, numPilots, hls.data(), signals);
    });
    launch(nsc, signals * layers, 1, [&] {
        airan_interp_taps(hls.data(), numPilots, tapIdx.data(), tapW.data(), numTaps, layers, nsc, h.data(), signals * layers);
    });
    runMmse<float>(layers, numRx, numRe, items, grid.data(), symbols * k, k, h.data(), nsc, data.data(), numData, firstSc,
                   n0.data(), levels.data(), mb, 1.f, llr.data());
    bad += compareFloat("front end int16/float32", dir, llr, ref16);
    std::vector<signed char> q(llr.size());
    runMmse<signed char>(layers, numRx, numRe, items, grid.data(), symbols * k, k, h.data(), nsc, data.data(), numData,
                         firstSc, n0.data(), levels.data(), mb, llrScale, q.data());
    if (q.size() != ref8.size()) { printf("int8: %zu LLRs, CPU reference has %zu\n", q.size(), ref8.size()); return bad + 1; }
    long exact = 0, offByOne = 0, worse = 0;
    for (size_t j = 0; j < q.size(); j++) {
        int d = abs((int)q[j] - (int)ref8[j]);
        if (d == 0) exact++; else if (d == 1) offByOne++; else worse++;
    }
    // A float LLR within the parity bound of the CPU's lands on the same int8 step or the next one; steps further
    // apart only where the float LLRs are outliers (same share as the float check).
    bool ok8 = worse <= 1e-4 * q.size();
    printf("front end int16/int8 (%s): %zu LLRs at scale %g, %ld equal, %ld one step apart, %ld further %s\n",
           dir.c_str(), q.size(), llrScale, exact, offByOne, worse, ok8 ? "ok" : "FAIL");
    return bad + (ok8 ? 0 : 1);
}

int main(int argc, char** argv) {
    int bad = checkFft();
    for (int a = 1; a < argc; a++) bad += checkFrontEnd(argv[a]);
    printf("%s\n", bad == 0 ? "kernel emulation: all checks passed" : "kernel emulation: FAILURES");
    return bad == 0 ? 0 : 1;
}
