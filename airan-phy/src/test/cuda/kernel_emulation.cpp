// Host emulation check of src/main/cuda (see host_emulation.h). Build and run: scripts/emulate-kernels.sh.
//  1. airan_fft_batched against a double-precision DFT for 2^k and 3*2^k sizes, both directions;
//  2. the uplink front-end kernels (ofdm_demod, ls_average, interp_taps, mmse_demap) on tables and inputs dumped
//     by org.airan.phy.gpu.KernelEmulationData, against the CPU front end's LLRs (same bound as the GPU test);
//  3. the cuFFT FFT stage's kernels (gather_windows, extract_subcarriers) with a double-precision FFT standing in
//     for cufftExecC2C: the grid against ofdm_demod's, and the LLRs of the whole chain against the CPU's.
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

// Stand-in for a batched forward cufftExecC2C (in place, contiguous signals): a mixed-radix (2, 3) FFT in double,
// rounded to float at the end, so its error is below the float kernels' and the check sees indexing, not round-off.
static void fftDouble(std::vector<double>& re, std::vector<double>& im, int n, int off, int step,
                      std::vector<double>& outRe, std::vector<double>& outIm) {
    if (n == 1) {
        outRe[0] = re[off];
        outIm[0] = im[off];
        return;
    }
    int r = n % 2 == 0 ? 2 : 3;
    int m = n / r;
    std::vector<std::vector<double>> subRe(r, std::vector<double>(m)), subIm(r, std::vector<double>(m));
    for (int q = 0; q < r; q++) fftDouble(re, im, m, off + q * step, step * r, subRe[q], subIm[q]);
    for (int k = 0; k < n; k++) {
        double sr = 0, si = 0;
        for (int q = 0; q < r; q++) {
            double a = -2 * M_PI * (double)((long)q * k % n) / n;
            double c = cos(a), sn = sin(a);
            sr += subRe[q][k % m] * c - subIm[q][k % m] * sn;
            si += subRe[q][k % m] * sn + subIm[q][k % m] * c;
        }
        outRe[k] = sr;
        outIm[k] = si;
    }
}

static void forwardFftBatch(float2* data, int n, int count) {
    std::vector<double> re(n), im(n), oRe(n), oIm(n);
    for (int c = 0; c < count; c++) {
        float2* x = data + (size_t)c * n;
        for (int i = 0; i < n; i++) { re[i] = x[i].x; im[i] = x[i].y; }
        fftDouble(re, im, n, 0, 1, oRe, oIm);
        for (int i = 0; i < n; i++) x[i] = make_float2((float)oRe[i], (float)oIm[i]);
    }
}

// The stand-in itself against the direct DFT (so a wrong stand-in cannot hide a wrong kernel).
static int checkStandIn() {
    int bad = 0;
    std::mt19937 rng(3);
    std::uniform_real_distribution<float> u(-1.f, 1.f);
    for (int n : {2, 12, 96, 384, 1536}) {
        std::vector<float2> x(n), y;
        for (auto& v : x) v = make_float2(u(rng), u(rng));
        y = x;
        forwardFftBatch(y.data(), n, 1);
        double err = 0, pow = 0;
        for (int k = 0; k < n; k++) {
            double re = 0, im = 0;
            for (int t = 0; t < n; t++) {
                double a = -2 * M_PI * (double)((long)k * t % n) / n;
                re += x[t].x * cos(a) - x[t].y * sin(a);
                im += x[t].x * sin(a) + x[t].y * cos(a);
            }
            err = fmax(err, fmax(fabs(re - y[k].x), fabs(im - y[k].y)));
            pow += re * re + im * im;
        }
        double rms = sqrt(pow / n);
        bool ok = err <= 1e-6 * rms;  // double FFT rounded to float: ~6e-8 of the RMS
        bad += ok ? 0 : 1;
        printf("cuFFT stand-in (double FFT) N=%-5d max|err|/rms = %.2e %s\n", n, err / rms, ok ? "ok" : "FAIL");
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
    int numRe = numData * nsc;
    int qm = 2 * mb;
    const int* st = starts.data() + slotIdx * symbols;
    const float2* fac = factors.data() + (size_t)slotIdx * symbols * k;
    launch(symbols, signals, 1, [&] {
        airan_ofdm_demod(in.data(), slotStride, grid.data(), symbols * k, n, m, logM, r3, tw.data(), st, fac, k, firstBin);
    });
    // The cuFFT stage: gather -> (double FFT standing in for cufftExecC2C) -> extract, into its own grid.
    std::vector<float2> windows((size_t)signals * symbols * n);
    std::vector<float2> gridCu((size_t)signals * symbols * k);
    launch(symbols, signals, 1, [&] { airan_gather_windows(in.data(), slotStride, windows.data(), n, symbols, st); });
    forwardFftBatch(windows.data(), n, signals * symbols);
    launch(symbols, signals, 1, [&] {
        airan_extract_subcarriers(windows.data(), n, symbols, gridCu.data(), symbols * k, fac, k, firstBin);
    });
    double gErr = 0, gPow = 0;
    for (size_t j = 0; j < grid.size(); j++) {
        gErr = fmax(gErr, fmax(fabs(grid[j].x - gridCu[j].x), fabs(grid[j].y - gridCu[j].y)));
        gPow += (double)grid[j].x * grid[j].x + (double)grid[j].y * grid[j].y;
    }
    double gRms = sqrt(gPow / grid.size());
    bool gridOk = gErr <= 1e-5 * gRms;  // as CudaDftProcessorTest.PARITY_REL_TOL
    printf("cuFFT stage (%s): grid vs ofdm_demod's, max|d|/rms = %.2e %s\n", dir.c_str(), gErr / gRms,
           gridOk ? "ok" : "FAIL");
    // Estimation, interpolation, MMSE + demapping on a grid, against the CPU front end's LLRs.
    auto llrsAgainstCpu = [&](const char* what, std::vector<float2>& g) {
        std::vector<float2> hls((size_t)signals * layers * numPilots);
        std::vector<float2> h((size_t)signals * layers * nsc);
        std::vector<float> llr((size_t)items * numRe * layers * qm);
        launch(numPilots, layers, signals, [&] {
            airan_ls_average(g.data(), symbols * k, k, pilots.data(), dmrs.data(), numDmrs, comb.data(), layers, numRx,
                             firstSc, numPilots, hls.data(), signals);
        });
        launch(nsc, signals * layers, 1, [&] {
            airan_interp_taps(hls.data(), numPilots, tapIdx.data(), tapW.data(), numTaps, layers, nsc, h.data(),
                              signals * layers);
        });
        launch(numRe, items, 1, [&] {
            airan_mmse_demap(g.data(), symbols * k, k, h.data(), nsc, numRx, layers, data.data(), numData, firstSc,
                             n0.data(), levels.data(), mb, llr.data(), items);
        });
        if (ref.size() != llr.size()) {
            printf("front end: %zu LLRs, CPU reference has %zu\n", llr.size(), ref.size());
            return 1;
        }
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
        printf("front end %s (%s): %zu LLRs, %ld outside the bound, %ld sign flips with |LLR|>1, worst |d|/bound %.3g %s\n",
               what, dir.c_str(), llr.size(), outliers, wrongSign, worst, ok ? "ok" : "FAIL");
        return ok ? 0 : 1;
    };
    int bad = gridOk ? 0 : 1;
    bad += llrsAgainstCpu("[own FFT]", grid);
    bad += llrsAgainstCpu("[cuFFT stage]", gridCu);
    return bad;
}

int main(int argc, char** argv) {
    int bad = checkFft();
    bad += checkStandIn();
    for (int a = 1; a < argc; a++) bad += checkFrontEnd(argv[a]);
    printf("%s\n", bad == 0 ? "kernel emulation: all checks passed" : "kernel emulation: FAILURES");
    return bad == 0 ? 0 : 1;
}
