// Host emulation check of src/main/cuda (see host_emulation.h and decision 093). Build and run:
// scripts/emulate-kernels.sh. Checks, in order:
//  1. emulator self-test: a kernel with two threads writing one shared slot is flagged as a race and gives
//     order-dependent results, its race-free twin is not flagged; and the block FFT with any one of its barriers
//     dropped gives a wrong result (NaN-poisoned shared memory, forward/reverse/shuffled thread orders) and is
//     flagged as a race. If the emulator could not see a missing barrier, check 2 would prove nothing.
//  2. airan_fft_batched against a double-precision DFT for every N = 2^k and 3*2^k up to 4096, both directions,
//     each under three thread orders, with blockDim.x as FftPlan.threadsPerBlock() chooses (and 33 threads for
//     a few sizes): RMS error relative to the output RMS within the bound of fftErrorBound(), max error within
//     CudaDftProcessorTest's parity tolerance, no race, no out-of-range access;
//  3. barrier and shared-memory wavefront counts per N, radix-2 kernel (fft_block_radix2.cuh) vs the current one;
//  4. the uplink front-end kernels (ofdm_demod threaded; ls_average, interp_taps, mmse_demap serial) on tables
//     and inputs dumped by org.airan.phy.gpu.KernelEmulationData, against the CPU front end's LLRs, in three
//     formats (decision 092): float32 in / float32 out, int16 in (ofdm_demod_i16, threaded) / float32 out, and
//     int16 in / int8 out (the _i8 MMSE instantiations; every int8 LLR within one step of the CPU's);
//  5. the cuFFT FFT stage (decision 091): gather_windows and extract_subcarriers with a double-precision FFT
//     standing in for cufftExecC2C (itself checked against the direct DFT): its grid against ofdm_demod's, and the
//     LLRs of the chain on that grid against the CPU's; and gather_windows_i16 against ofdm_demod_i16's grid.
#include "host_emulation.h"
#include "../../main/cuda/airan_kernels.cu"
#include "fft_block_radix2.cuh"
#include <cstdlib>
#include <string>

extern "C" float2 s[8192];
float2 s[8192];

// Same rule as org.airan.phy.gpu.FftPlan.threadsPerBlock().
static int threadsFor(int n) {
    int t = (n / 8 + 31) / 32 * 32;
    return t < 32 ? 32 : (t > 256 ? 256 : t);
}

template <class K>
static void launchSerial(unsigned gx, unsigned gy, unsigned gz, K kernel) {
    blockDim = EmuDim3{1, 1, 1};
    threadIdx = EmuDim3{0, 0, 0};
    for (unsigned z = 0; z < gz; z++)
        for (unsigned y = 0; y < gy; y++)
            for (unsigned x = 0; x < gx; x++) {
                blockIdx = EmuDim3{x, y, z};
                kernel();
            }
}

// Runs a grid of gx × gy blocks of `threads` emulated threads with `slots` float2 of shared memory, poisoned
// with NaN before every block (on a GPU it holds whatever the previous block left).
template <class K>
static void launchThreaded(unsigned gx, unsigned gy, int threads, int slots, K kernel) {
    blockDim = EmuDim3{(unsigned)threads, 1, 1};
    emu::sched.sharedLimit = slots;
    for (unsigned y = 0; y < gy; y++)
        for (unsigned x = 0; x < gx; x++) {
            blockIdx = EmuDim3{x, y, 0};
            for (int i = 0; i < slots; i++) s[i] = make_float2(NAN, NAN);
            emu::sched.runBlock(threads, kernel);
        }
}

struct Plan { int n, m, logM, r3; };
static Plan planOf(int n) {
    Plan p{n, n % 3 == 0 ? n / 3 : n, 0, n % 3 == 0};
    while ((1 << p.logM) < p.m) p.logM++;
    return p;
}

// Worst-case bound on ||y^ - y||_2 / ||y||_2 (= RMS error / RMS output) of the float FFT: Higham, "Accuracy and
// Stability of Numerical Algorithms", 2nd ed., Thm 24.2: log2(N)·eta / (1 - log2(N)·eta), eta = mu + gamma_4
// (sqrt 2 + mu), u = 2^-24 (float unit roundoff), gamma_4 = 4u / (1 - 4u), mu = u (twiddles: double rounded to
// float; the radix-8 constant sqrt(1/2) likewise). Each level of adds is one radix-2 level of the theorem;
// a radix-8 stage is three such levels with at most one complex multiply per value per level, a radix-4 stage
// two. The radix-3 stage (two adds and two multiplies per output) is counted as two levels.
static double fftErrorBound(const Plan& p) {
    const double u = std::ldexp(1.0, -24);
    const double gamma4 = 4 * u / (1 - 4 * u);
    const double eta = u + gamma4 * (std::sqrt(2.0) + u);
    const double levels = p.logM + (p.r3 ? 2 : 0);
    return levels * eta / (1 - levels * eta);
}
// Max |error| relative to the output RMS, as CudaDftProcessorTest.PARITY_REL_TOL.
static const double PARITY_REL_TOL = 1e-5;

// The table of org.airan.phy.gpu.FftPlan.twiddles() (layout in fft_block.cuh): e^{-2 pi i j/N} for j < N, then per
// power-of-two stage (sub-length L, radix R) W_{LR}^{qk} at N + L - 1 + (q-1)L + k. The front-end cases read
// the Java-built table instead, so both builders are checked.
static std::vector<float2> twiddles(int n) {
    Plan p = planOf(n);
    std::vector<float2> tw(n + p.m - 1);
    auto put = [&](int at, long num, long den) {
        double a = -2 * M_PI * (double)num / (double)den;
        tw[at] = make_float2((float)cos(a), (float)sin(a));
    };
    for (int j = 0; j < n; j++) put(j, j, n);
    int n8, n4, n2;
    fftRadices(p.logM, n8, n4, n2);
    int l = 1;
    for (int st = 0; st < n8 + n4 + n2; st++) {
        int r = st < n8 ? 8 : (st < n8 + n4 ? 4 : 2);
        for (int q = 1; q < r; q++)
            for (int k = 0; k < l; k++) put(n + l - 1 + (q - 1) * l + k, (long)q * k, (long)l * r);
        l *= r;
    }
    return tw;
}

static std::vector<double> dft(const std::vector<float2>& x, int n, int count, int inverse) {
    std::vector<double> c(n), sn(n), y(2 * (size_t)n * count);
    for (int j = 0; j < n; j++) {
        c[j] = cos(2 * M_PI * j / n);
        sn[j] = (inverse ? 1 : -1) * sin(2 * M_PI * j / n);
    }
    for (int b = 0; b < count; b++)
        for (int k = 0; k < n; k++) {
            double re = 0, im = 0;
            for (int t = 0; t < n; t++) {
                int j = (int)((long)k * t % n);
                const float2 v = x[(size_t)b * n + t];
                re += v.x * c[j] - v.y * sn[j];
                im += v.x * sn[j] + v.y * c[j];
            }
            y[2 * ((size_t)b * n + k)] = re;
            y[2 * ((size_t)b * n + k) + 1] = im;
        }
    return y;
}

struct Err { double rms, max; };  // relative to the reference output RMS
static Err compare(const std::vector<float2>& y, const std::vector<double>& ref) {
    double e2 = 0, p2 = 0, mx = 0;
    for (size_t i = 0; i < y.size(); i++) {
        double dr = y[i].x - ref[2 * i], di = y[i].y - ref[2 * i + 1];
        if (!std::isfinite(dr) || !std::isfinite(di)) return Err{INFINITY, INFINITY};
        e2 += dr * dr + di * di;
        p2 += ref[2 * i] * ref[2 * i] + ref[2 * i + 1] * ref[2 * i + 1];
        mx = fmax(mx, fmax(fabs(dr), fabs(di)));
    }
    double rms = sqrt(p2 / y.size());
    return Err{sqrt(e2 / y.size()) / rms, mx / rms};
}

static std::vector<float2> randomSignals(int n, int count, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(-1.f, 1.f);
    std::vector<float2> x((size_t)n * count);
    for (auto& v : x) v = make_float2(u(rng), u(rng));
    return x;
}

// Runs airan_fft_batched on `count` signals with the given threads and order; returns the output.
static std::vector<float2> runFft(const Plan& p, const std::vector<float2>& x, int count, const std::vector<float2>& tw,
                                  int inverse, int threads, int order) {
    std::vector<float2> y = x;
    emu::sched.order = order;
    emu::sched.rng.seed(7);
    launchThreaded(count, 1, threads, p.n, [&] { airan_fft_batched(y.data(), p.n, p.n, p.m, p.logM, p.r3, tw.data(), inverse); });
    return y;
}

static bool within(const Err& e, const Plan& p) { return e.rms <= fftErrorBound(p) && e.max <= PARITY_REL_TOL; }

static int selfTest() {
    int bad = 0;
    // (a) overlapping writes: thread t writes slot t/2; then thread 0 reads them all.
    const int T = 64;
    float sums[2] = {0, 0};
    for (int variant = 0; variant < 2; variant++) {  // 0: overlapping, 1: one slot per thread (race-free)
        float res[2];
        long races = 0;
        for (int o = 0; o < 2; o++) {
            emu::sched.reset();
            emu::sched.order = o;
            float acc = 0;
            launchThreaded(1, 1, T, T, [&] {
                extern __shared__ float2 s[];
                int slot = variant == 0 ? (int)threadIdx.x / 2 : (int)threadIdx.x;
                shStore(s, slot, make_float2((float)threadIdx.x, 0.f));
                __syncthreads();
                if (threadIdx.x == 0)
                    for (int i = 0; i < (variant == 0 ? T / 2 : T); i++) acc += shLoad(s, i).x;
            });
            res[o] = acc;
            races += emu::sched.stats.races;
        }
        bool expectRace = variant == 0;
        bool caught = expectRace ? (races > 0 && res[0] != res[1]) : (races == 0 && res[0] == res[1]);
        printf("self-test: %s shared writes: races %ld, forward sum %.0f, reverse sum %.0f -> %s\n",
               expectRace ? "overlapping" : "disjoint", races, res[0], res[1], caught ? "as expected" : "FAIL");
        if (!caught) bad++;
        sums[variant] = res[0];
    }
    (void)sums;
    // (b) every barrier of blockFft dropped in turn must give a wrong FFT.
    for (int n : {4096, 1536, 3072}) {
        Plan p = planOf(n);
        auto tw = twiddles(n);
        auto x = randomSignals(n, 1, 11);
        auto ref = dft(x, n, 1, 0);
        int n8 = p.logM / 3, rem = p.logM % 3;
        int stages = n8 + (rem == 0 ? 0 : 1);
        int barriers = stages + 1 + (p.r3 ? 1 : 0);
        for (int id = 0; id < barriers; id++) {
            emu::sched.skipBarrier = id;
            // With FftPlan's blockDim a thread may own exactly the slots it reads next (then the barrier is
            // redundant there: no race, right result); 33 threads break every such alignment.
            std::string report;
            bool caught = false;
            for (int threads : {threadsFor(n), 33}) {
                std::string wrongIn;
                long races = 0;
                for (int o = 0; o < 3; o++) {
                    emu::sched.reset();
                    auto y = runFft(p, x, 1, tw, 0, threads, o);
                    races += emu::sched.stats.races;
                    if (!within(compare(y, ref), p)) wrongIn += std::string(wrongIn.empty() ? "" : ",") + emu::orderName(o);
                }
                // No race must mean a right result in every order (else the detector missed something).
                if (races == 0 && !wrongIn.empty()) bad++;
                caught = caught || (races > 0 && !wrongIn.empty());
                report += " | " + std::to_string(threads) + " threads: wrong in [" + wrongIn + "], " +
                          std::to_string(races) + " races";
            }
            printf("self-test: N=%d without barrier %d of %d%s -> %s\n", n, id, barriers, report.c_str(),
                   caught ? "caught" : "NOT CAUGHT");
            if (!caught) bad++;
        }
        emu::sched.skipBarrier = -1;
    }
    return bad;
}

static int checkFft() {
    int bad = 0;
    std::vector<int> sizes;
    for (int n = 2; n <= 4096; n *= 2) sizes.push_back(n);
    for (int n = 3; n <= 3072; n *= 2) sizes.push_back(n);
    std::sort(sizes.begin(), sizes.end());
    for (int n : sizes) {
        Plan p = planOf(n);
        auto tw = twiddles(n);
        const int count = 2;
        auto x = randomSignals(n, count, 1000 + n);
        for (int inv = 0; inv < 2; inv++) {
            auto ref = dft(x, n, count, inv);
            Err worst{0, 0};
            long races = 0, oor = 0;
            bool ok = true;
            for (int o = 0; o < 3; o++) {
                emu::sched.reset();
                auto y = runFft(p, x, count, tw, inv, threadsFor(n), o);
                Err e = compare(y, ref);
                worst = Err{fmax(worst.rms, e.rms), fmax(worst.max, e.max)};
                races += emu::sched.stats.races;
                oor += emu::sched.stats.outOfRange;
                ok = ok && within(e, p);
            }
            ok = ok && races == 0 && oor == 0;
            if (!ok) bad++;
            printf("fft N=%-5d %s threads %3d: rms err/rms %.2e (bound %.2e), max err/rms %.2e, races %ld, out of range %ld %s\n",
                   n, inv ? "inverse" : "forward", threadsFor(n), worst.rms, fftErrorBound(p), worst.max, races, oor,
                   ok ? "ok" : "FAIL");
        }
    }
    // Any blockDim works: 33 threads (not a warp multiple, several butterflies per thread).
    for (int n : {24, 1536, 4096}) {
        Plan p = planOf(n);
        auto tw = twiddles(n);
        auto x = randomSignals(n, 1, 5);
        auto ref = dft(x, n, 1, 1);
        emu::sched.reset();
        auto y = runFft(p, x, 1, tw, 1, 33, emu::SHUFFLED);
        Err e = compare(y, ref);
        bool ok = within(e, p) && emu::sched.stats.races == 0 && emu::sched.stats.outOfRange == 0;
        if (!ok) bad++;
        printf("fft N=%-5d inverse threads  33: rms err/rms %.2e, max err/rms %.2e, races %ld %s\n", n, e.rms, e.max,
               emu::sched.stats.races, ok ? "ok" : "FAIL");
    }
    return bad;
}

// Barriers and shared-memory wavefronts per transform: radix-2 kernel (256 threads, as launched before) vs now.
static void countFft() {
    printf("shared-memory cost per transform (wavefront model in host_emulation.h); radix-2 = previous kernel\n");
    printf("%6s | %6s %6s | %7s %7s | %8s %8s | %8s %8s | %8s %8s %8s %8s\n", "N", "bar r2", "now", "req r2", "now",
           "wave r2", "now", "ideal r2", "now", "tw-ld r2", "now", "tw-sec r2", "now");
    for (int n : {64, 128, 256, 384, 512, 768, 1024, 1536, 2048, 3072, 4096}) {
        Plan p = planOf(n);
        // 256-byte aligned like cuMemAlloc, so that the sector count does not depend on malloc.
        alignas(256) static float2 tw[4096 + 4096];
        auto t = twiddles(n);
        std::copy(t.begin(), t.end(), tw);
        auto x = randomSignals(n, 1, 3);
        emu::Stats st[2];
        for (int v = 0; v < 2; v++) {
            std::vector<float2> y = x;
            emu::sched.reset();
            emu::sched.order = emu::FORWARD;
            int threads = v == 0 ? 256 : threadsFor(n);
            launchThreaded(1, 1, threads, n, [&] {
                if (v == 0) radix2::fft_batched(y.data(), n, n, p.m, p.logM, p.r3, tw, 0);
                else airan_fft_batched(y.data(), n, n, p.m, p.logM, p.r3, tw, 0);
            });
            st[v] = emu::sched.stats;
        }
        printf("%6d | %6ld %6ld | %7ld %7ld | %8ld %8ld | %8ld %8ld | %8ld %8ld %8ld %8ld\n", n, st[0].barrierPhases,
               st[1].barrierPhases, st[0].requests, st[1].requests, st[0].wavefronts, st[1].wavefronts,
               st[0].idealWavefronts, st[1].idealWavefronts, st[0].twiddleRequests, st[1].twiddleRequests,
               st[0].twiddleSectors, st[1].twiddleSectors);
    }
}

// Stand-in for a batched forward cufftExecC2C (in place, contiguous signals): a mixed-radix (2, 3) FFT in double,
// rounded to float at the end, so its error is below the float kernels' and the check sees indexing, not round-off.
static void fftDouble(const std::vector<double>& re, const std::vector<double>& im, int n, int off, int step,
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

// The stand-in against the direct DFT, so a wrong stand-in cannot hide a wrong gather or extraction.
static int checkStandIn() {
    int bad = 0;
    for (int n : {2, 12, 96, 384, 1536}) {
        auto x = randomSignals(n, 1, 300 + n);
        std::vector<float2> y = x;
        forwardFftBatch(y.data(), n, 1);
        Err e = compare(y, dft(x, n, 1, 0));
        bool ok = e.max <= 1e-6;  // a double FFT rounded to float: ~6e-8 of the RMS
        bad += ok ? 0 : 1;
        printf("cuFFT stand-in (double FFT) N=%-5d max err/rms %.2e %s\n", n, e.max, ok ? "ok" : "FAIL");
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
        launchSerial(blocks, items, 1, [&] {                                                                         \
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
    } else if (layers == 3) {
        runMmseL<3, OutT>(numRx, blocks, items, grid, gridStrideC, k, h, nsc, dataSym, numData, firstSc, n0, levels,
                          mb, llrScale, llr);
    } else if (layers == 4) {
        runMmseL<4, OutT>(numRx, blocks, items, grid, gridStrideC, k, h, nsc, dataSym, numData, firstSc, n0, levels,
                          mb, llrScale, llr);
    } else {
        fprintf(stderr, "no MMSE instantiation for %d layers\n", layers);
        exit(2);
    }
}

// Compares float LLRs with the CPU's at the GPU test's bound (and no race or out-of-range access in the threaded
// demodulation); returns 1 on failure.
static int compareFloat(const char* format, const std::string& dir, int n, int threads, int order, long races,
                        long oor, const std::vector<float>& llr, const std::vector<float>& ref) {
    if (ref.size() != llr.size()) { printf("front end %s: %zu LLRs, CPU reference has %zu\n", format, llr.size(), ref.size()); return 1; }
    long outliers = 0;
    double worst = 0;
    long wrongSign = 0;
    for (size_t j = 0; j < llr.size(); j++) {
        double d = fabs(llr[j] - ref[j]);
        double bound = 1e-3 + 1e-3 * fabs(ref[j]);  // as CudaUplinkFrontEndTest.ABS/REL
        worst = fmax(worst, d / bound);
        if (!(d <= bound)) outliers++;
        if ((llr[j] > 0) != (ref[j] > 0) && fabs(ref[j]) > 1) wrongSign++;
    }
    bool ok = outliers <= 1e-4 * llr.size() && races == 0 && oor == 0;  // as CudaUplinkFrontEndTest.MAX_OUTLIER_SHARE
    printf("front end %s (%s, N=%d, %d threads, %s order): %zu LLRs, %ld outside the bound, %ld sign flips with "
           "|LLR|>1, worst |d|/bound %.3g, races %ld %s\n", format,
           dir.substr(dir.rfind('/') + 1).c_str(), n, threads, emu::orderName(order), llr.size(), outliers, wrongSign,
           worst, races, ok ? "ok" : "FAIL");
    return ok ? 0 : 1;
}

static int checkFrontEnd(const std::string& dir, int order) {
    auto P = readFile<int>(dir, "params.i32");
    int i = 0;
    int n = P[i++], m = P[i++], logM = P[i++], r3 = P[i++], k = P[i++], firstBin = P[i++], symbols = P[i++];
    int slotStride = P[i++], numRx = P[i++], layers = P[i++], numDmrs = P[i++], numData = P[i++], firstSc = P[i++];
    int numPilots = P[i++], nsc = P[i++], numTaps = P[i++], mb = P[i++], items = P[i++], slotIdx = P[i++];
    int threads = P[i++];
    const bool estimateN0 = (int)P.size() > i && P[i++] != 0;  // NoiseEstimation.DMRS: airan_noise_dmrs gives N0
    auto tw = readFile<float2>(dir, "twiddles.f32");
    auto starts = readFile<int>(dir, "starts.i32");
    auto factors = readFile<float2>(dir, "factors.f32");
    auto dmrs = readFile<int>(dir, "dmrs.i32");
    auto data = readFile<int>(dir, "data.i32");
    auto comb = readFile<int>(dir, "comb.i32");
    auto span = readFile<int>(dir, "span.i32");
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
    emu::sched.reset();
    emu::sched.order = order;
    emu::sched.rng.seed(3);
    launchThreaded(symbols, signals, threads, n, [&] {
        airan_ofdm_demod(in.data(), slotStride, grid.data(), symbols * k, n, m, logM, r3, tw.data(), st, fac, k, firstBin);
    });
    long races = emu::sched.stats.races, oor = emu::sched.stats.outOfRange;
    // The cuFFT stage (global memory only, so serial blocks): gather -> double FFT for cufftExecC2C -> extract.
    std::vector<float2> windows((size_t)signals * symbols * n);
    std::vector<float2> gridCu((size_t)signals * symbols * k);
    launchSerial(symbols, signals, 1, [&] { airan_gather_windows(in.data(), slotStride, windows.data(), n, symbols, st); });
    forwardFftBatch(windows.data(), n, signals * symbols);
    launchSerial(symbols, signals, 1, [&] {
        airan_extract_subcarriers(windows.data(), n, symbols, gridCu.data(), symbols * k, fac, k, firstBin);
    });
    double gErr = 0, gPow = 0;
    for (size_t j = 0; j < grid.size(); j++) {
        gErr = fmax(gErr, fmax(fabs(grid[j].x - gridCu[j].x), fabs(grid[j].y - gridCu[j].y)));
        gPow += (double)grid[j].x * grid[j].x + (double)grid[j].y * grid[j].y;
    }
    double gRel = gErr / sqrt(gPow / grid.size());
    bool gridOk = gRel <= PARITY_REL_TOL;  // as CudaDftProcessorTest.PARITY_REL_TOL
    printf("cuFFT stage (%s): grid vs ofdm_demod's, max|d|/rms %.2e %s\n", dir.substr(dir.rfind('/') + 1).c_str(),
           gRel, gridOk ? "ok" : "FAIL");
    // Estimation, interpolation, MMSE + demapping on a grid, against the CPU front end's LLRs.
    auto llrsAgainstCpu = [&](const char* stage, const std::vector<float2>& g) {
        std::vector<float2> hls((size_t)signals * layers * numPilots);
        std::vector<float2> h((size_t)signals * layers * nsc);
        std::vector<float> llr((size_t)items * numRe * layers * qm);
        std::vector<float> n0Used(n0);
        int n0Bad = 0;
        if (estimateN0) {
            // One block per item, 256 threads (CudaUplinkFrontEnd.NOISE_BLOCK), threaded: checks the reduction's
            // barriers; estimates against the CPU's (n0.f32 holds them), 1e-4 relative (float vs double sums).
            long r0 = emu::sched.stats.races;
            launchThreaded(items, 1, 256, 256, [&] {
                airan_noise_dmrs(g.data(), symbols * k, k, pilots.data(), dmrs.data(), numDmrs, comb.data(),
                                 layers < 2 ? layers : 2, layers, numRx, firstSc, numPilots, n0Used.data(), items);
            });
            long nr = emu::sched.stats.races - r0;
            for (int it = 0; it < items; it++) {
                double rel = fabs(n0Used[it] - n0[it]) / n0[it];
                bool ok = rel <= 1e-4 && nr == 0;
                printf("noise estimate %s item %d: %.6g vs CPU %.6g (rel %.1e), races %ld %s\n", stage, it, n0Used[it],
                       n0[it], rel, nr, ok ? "ok" : "FAIL");
                if (!ok) n0Bad++;
            }
        }
        launchSerial(numPilots, layers, signals, [&] {
            airan_ls_average(g.data(), symbols * k, k, pilots.data(), dmrs.data(), numDmrs, comb.data(), span.data(), layers, numRx,
                             firstSc, numPilots, hls.data(), signals);
        });
        launchSerial(nsc, signals * layers, 1, [&] {
            airan_interp_taps(hls.data(), numPilots, tapIdx.data(), tapW.data(), numTaps, layers, nsc, h.data(),
                              signals * layers);
        });
        runMmse<float>(layers, numRx, numRe, items, g.data(), symbols * k, k, h.data(), nsc, data.data(), numData,
                       firstSc, n0Used.data(), levels.data(), mb, 1.f, llr.data());
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
            if (!(d <= bound)) outliers++;
            if ((llr[j] > 0) != (ref[j] > 0) && fabs(ref[j]) > 1) wrongSign++;
        }
        bool ok = outliers <= 1e-4 * llr.size() && races == 0 && oor == 0  // as CudaUplinkFrontEndTest.MAX_OUTLIER_SHARE
                  && n0Bad == 0;
        printf("front end %s (%s, N=%d, %d threads, %s order): %zu LLRs, %ld outside the bound, %ld sign flips with "
               "|LLR|>1, worst |d|/bound %.3g, races %ld %s\n",
               stage, dir.substr(dir.rfind('/') + 1).c_str(), n, threads, emu::orderName(order), llr.size(), outliers,
               wrongSign, worst, races, ok ? "ok" : "FAIL");
        return ok ? 0 : 1;
    };
    int bad = gridOk ? 0 : 1;
    bad += llrsAgainstCpu("[own FFT]", grid);
    bad += llrsAgainstCpu("[cuFFT stage]", gridCu);

    // int16 samples in (decision 092): the i16 demodulation entry point (threaded, same schedule), and the i16
    // gather of the cuFFT stage against it; then the same estimation, float32 and int8 LLRs out.
    auto in16 = readFile<short2>(dir, "in16.i16");
    auto scale = readFile<float>(dir, "scale.f32");
    auto ref16 = readFile<float>(dir, "llr_cpu_i16.f32");
    auto ref8 = readFile<signed char>(dir, "llr_cpu_i8.i8");
    float llrScale = readFile<float>(dir, "llrscale.f32")[0];
    emu::sched.reset();
    emu::sched.order = order;
    emu::sched.rng.seed(5);
    launchThreaded(symbols, signals, threads, n, [&] {
        airan_ofdm_demod_i16(in16.data(), slotStride, grid.data(), symbols * k, n, m, logM, r3, tw.data(), st, fac, k,
                             firstBin, scale.data(), numRx);
    });
    races = emu::sched.stats.races;
    oor = emu::sched.stats.outOfRange;
    launchSerial(symbols, signals, 1, [&] {
        airan_gather_windows_i16(in16.data(), slotStride, windows.data(), n, symbols, st, scale.data(), numRx);
    });
    forwardFftBatch(windows.data(), n, signals * symbols);
    launchSerial(symbols, signals, 1, [&] {
        airan_extract_subcarriers(windows.data(), n, symbols, gridCu.data(), symbols * k, fac, k, firstBin);
    });
    double g16Err = 0, g16Pow = 0;
    for (size_t j = 0; j < grid.size(); j++) {
        g16Err = fmax(g16Err, fmax(fabs(grid[j].x - gridCu[j].x), fabs(grid[j].y - gridCu[j].y)));
        g16Pow += (double)grid[j].x * grid[j].x + (double)grid[j].y * grid[j].y;
    }
    double g16Rel = g16Err / sqrt(g16Pow / grid.size());
    bool grid16Ok = g16Rel <= PARITY_REL_TOL;
    printf("cuFFT stage int16 (%s): grid vs ofdm_demod_i16's, max|d|/rms %.2e %s\n",
           dir.substr(dir.rfind('/') + 1).c_str(), g16Rel, grid16Ok ? "ok" : "FAIL");
    bad += grid16Ok ? 0 : 1;
    std::vector<float2> hls((size_t)signals * layers * numPilots);
    std::vector<float2> h((size_t)signals * layers * nsc);
    std::vector<float> llr((size_t)items * numRe * layers * qm);
    launchSerial(numPilots, layers, signals, [&] {
        airan_ls_average(grid.data(), symbols * k, k, pilots.data(), dmrs.data(), numDmrs, comb.data(), span.data(),
                         layers, numRx, firstSc, numPilots, hls.data(), signals);
    });
    // With the DMRS noise estimate the CPU references of this path estimated N_0 from the int16 grid: so does this.
    std::vector<float> n016(n0);
    if (estimateN0) {
        launchThreaded(items, 1, 256, 256, [&] {
            airan_noise_dmrs(grid.data(), symbols * k, k, pilots.data(), dmrs.data(), numDmrs, comb.data(),
                             layers < 2 ? layers : 2, layers, numRx, firstSc, numPilots, n016.data(), items);
        });
    }
    launchSerial(nsc, signals * layers, 1, [&] {
        airan_interp_taps(hls.data(), numPilots, tapIdx.data(), tapW.data(), numTaps, layers, nsc, h.data(), signals * layers);
    });
    runMmse<float>(layers, numRx, numRe, items, grid.data(), symbols * k, k, h.data(), nsc, data.data(), numData,
                   firstSc, n016.data(), levels.data(), mb, 1.f, llr.data());
    bad += compareFloat("int16/float32", dir, n, threads, order, races, oor, llr, ref16);
    std::vector<signed char> q(llr.size());
    runMmse<signed char>(layers, numRx, numRe, items, grid.data(), symbols * k, k, h.data(), nsc, data.data(), numData,
                         firstSc, n016.data(), levels.data(), mb, llrScale, q.data());
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
           dir.substr(dir.rfind('/') + 1).c_str(), q.size(), llrScale, exact, offByOne, worse, ok8 ? "ok" : "FAIL");
    return bad + (ok8 ? 0 : 1);
}

int main(int argc, char** argv) {
    int bad = selfTest();
    bad += checkFft();
    countFft();
    bad += checkStandIn();
    for (int a = 1; a < argc; a++) bad += checkFrontEnd(argv[a], (a - 1) % 3);
    printf("%s\n", bad == 0 ? "kernel emulation: all checks passed" : "kernel emulation: FAILURES");
    return bad == 0 ? 0 : 1;
}
