// Runs the project's CUDA kernels on the host where no GPU exists, to check their arithmetic, indexing and
// synchronisation (decision 093). Two modes:
//
//  - Serial (blockDim.x = 1): one thread per block. Every "for (i = threadIdx.x; i < n; i += blockDim.x)" loop
//    visits its whole range in order and __syncthreads() is a no-op. Used for kernels without shared memory.
//  - Threaded: a block runs blockDim.x emulated threads, each a std::thread, under a cooperative scheduler that
//    lets exactly one of them run at a time and hands the turn on at every __syncthreads() (and at the kernel's
//    end). Between two barriers the threads run to completion one after another in an order chosen per phase:
//    forward, reverse, or a seeded shuffle. A missing barrier then makes some thread read a slot that another
//    thread has not written yet (or has already overwritten), so the result is wrong deterministically for at
//    least one order. Every shared-memory access of the FFT goes through AIRAN_SHARED_HOOK, which also
//      * flags a data race: two different threads touch the same shared address within one barrier phase and
//        at least one of them writes (write/write, write/read, read/write);
//      * flags an access outside the dynamic shared size of the launch;
//      * counts shared-memory wavefronts: the j-th access of each thread of a warp in a phase is taken as one
//        warp instruction (lock step); a 64-bit access is served per half-warp, and a half-warp costs as many
//        wavefronts as the largest number of distinct addresses that share a float2 column (address mod 16,
//        i.e. the same pair of the 32 four-byte banks);
//      * counts the 32-byte sectors of the twiddle loads per warp instruction (AIRAN_TWIDDLE_HOOK).
//    Float contraction (FMA) differences against the GPU remain.
#pragma once
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <algorithm>
#include <functional>
#include <memory>
#include <random>
#include <semaphore>
#include <string>
#include <thread>
#include <vector>

struct float2 { float x, y; };
struct short2 { short x, y; };
static inline float2 make_float2(float a, float b) { return float2{a, b}; }
struct EmuDim3 { unsigned x, y, z; };
static thread_local EmuDim3 threadIdx{0, 0, 0};
static EmuDim3 blockIdx{0, 0, 0}, blockDim{1, 1, 1};
static inline unsigned __brev(unsigned v) {
    unsigned r = 0;
    for (int i = 0; i < 32; i++) { r = (r << 1) | (v & 1u); v >>= 1; }
    return r;
}
static inline int __popc(unsigned v) { return __builtin_popcount(v); }
using std::isfinite;
using std::fminf;
using std::fmaxf;

namespace emu {

enum Order { FORWARD = 0, REVERSE = 1, SHUFFLED = 2 };
inline const char* orderName(int o) { return o == FORWARD ? "forward" : o == REVERSE ? "reverse" : "shuffled"; }

// Statistics of the launches since the last reset().
struct Stats {
    long races = 0;
    long outOfRange = 0;
    long barrierPhases = 0;  // phases per block minus one, summed over blocks
    long requests = 0;       // warp-level shared-memory instructions
    long wavefronts = 0;
    long idealWavefronts = 0;  // 1 per half-warp that has at least one active thread
    long twiddleRequests = 0;  // warp-level twiddle loads (global memory, through L1)
    long twiddleSectors = 0;   // distinct 32-byte sectors they touch (4 per L1 cycle; 8 if fully coalesced)
    std::string firstRace;
};

struct Scheduler {
    int threads = 1;
    int order = FORWARD;
    unsigned seed = 1;
    int skipBarrier = -1;  // AIRAN_FFT_BARRIER(id) with this id is dropped (emulator self-test)
    int sharedLimit = 0;   // float2 slots of dynamic shared memory of the current launch
    bool threaded = false;
    Stats stats;

    // Turn handling (threaded mode). Only the thread holding the turn runs, so the state needs no lock: the
    // semaphore hand-off orders every access.
    std::vector<std::unique_ptr<std::binary_semaphore>> sem;
    std::vector<int> turnOrder;
    std::vector<char> done;
    size_t pos = 0;
    int phase = 0;
    std::mt19937 rng{1};
    // Per phase: shared accesses of each thread, and the race-detector state per address.
    std::vector<std::vector<int>> acc;
    std::vector<std::vector<uintptr_t>> gacc;
    std::vector<int> wPhase, wTid, rPhase, rTid;
    std::vector<char> rMulti;

    void reset() { stats = Stats(); }

    void makeOrder() {
        turnOrder.clear();
        for (int t = 0; t < threads; t++)
            if (!done[t]) turnOrder.push_back(t);
        if (order == REVERSE) {
            std::reverse(turnOrder.begin(), turnOrder.end());
        } else if (order == SHUFFLED) {
            std::shuffle(turnOrder.begin(), turnOrder.end(), rng);
        }
        pos = 0;
    }

    void endPhase() {
        // Shared-memory wavefronts of the phase, warp by warp.
        for (int w0 = 0; w0 < threads; w0 += 32) {
            size_t most = 0;
            for (int t = w0; t < w0 + 32 && t < threads; t++) most = std::max(most, acc[t].size());
            for (size_t j = 0; j < most; j++) {
                stats.requests++;
                for (int h = w0; h < w0 + 32 && h < threads; h += 16) {
                    int cols[16] = {0};
                    std::vector<int> seen;
                    for (int t = h; t < h + 16 && t < threads; t++) {
                        if (j >= acc[t].size()) continue;
                        int a = acc[t][j];
                        if (std::find(seen.begin(), seen.end(), a) != seen.end()) continue;
                        seen.push_back(a);
                        cols[a & 15]++;
                    }
                    if (seen.empty()) continue;
                    stats.idealWavefronts++;
                    stats.wavefronts += *std::max_element(cols, cols + 16);
                }
            }
        }
        for (int w0 = 0; w0 < threads; w0 += 32) {
            size_t most = 0;
            for (int t = w0; t < w0 + 32 && t < threads; t++) most = std::max(most, gacc[t].size());
            for (size_t j = 0; j < most; j++) {
                std::vector<uintptr_t> sectors;
                for (int t = w0; t < w0 + 32 && t < threads; t++)
                    if (j < gacc[t].size()) sectors.push_back(gacc[t][j] >> 5);
                std::sort(sectors.begin(), sectors.end());
                stats.twiddleRequests++;
                stats.twiddleSectors += std::unique(sectors.begin(), sectors.end()) - sectors.begin();
            }
        }
        for (auto& v : acc) v.clear();
        for (auto& v : gacc) v.clear();
        phase++;
    }

    void passTurn() {  // called by the thread holding the turn
        pos++;
        if (pos == turnOrder.size()) {
            endPhase();
            makeOrder();
            if (turnOrder.empty()) return;
        }
        sem[turnOrder[pos]]->release();
    }

    void barrier() {
        if (!threaded) return;
        int t = (int)threadIdx.x;
        passTurn();
        sem[t]->acquire();
    }

    void access(int a, bool write) {
        if (a < 0 || a >= sharedLimit) {
            if (stats.outOfRange++ == 0) fprintf(stderr, "  shared access out of range: %d (limit %d)\n", a, sharedLimit);
            return;
        }
        if (!threaded) return;
        int t = (int)threadIdx.x;
        acc[t].push_back(a);
        bool race = wPhase[a] == phase && wTid[a] != t;
        if (write) {
            race = race || (rPhase[a] == phase && (rMulti[a] || rTid[a] != t));
            wPhase[a] = phase;
            wTid[a] = t;
        } else if (rPhase[a] != phase) {
            rPhase[a] = phase;
            rTid[a] = t;
            rMulti[a] = 0;
        } else if (rTid[a] != t) {
            rMulti[a] = 1;
        }
        if (race && stats.races++ == 0) {
            char buf[160];
            snprintf(buf, sizeof buf, "block (%u,%u) phase %d: thread %d %s slot %d, touched by thread %d in the same phase",
                     blockIdx.x, blockIdx.y, phase, t, write ? "writes" : "reads", a, wPhase[a] == phase && wTid[a] != t ? wTid[a] : rTid[a]);
            stats.firstRace = buf;
        }
    }

    void twiddleLoad(const void* p) {
        if (threaded) gacc[threadIdx.x].push_back((uintptr_t)p);
    }

    // Runs one block of `n` threads of `kernel` under the current order.
    void runBlock(int n, const std::function<void()>& kernel) {
        threaded = true;
        threads = n;
        done.assign(n, 0);
        acc.assign(n, {});
        gacc.assign(n, {});
        if ((int)wPhase.size() < sharedLimit) {
            wPhase.assign(sharedLimit, -1); wTid.assign(sharedLimit, -1);
            rPhase.assign(sharedLimit, -1); rTid.assign(sharedLimit, -1); rMulti.assign(sharedLimit, 0);
        }
        // Phases are numbered globally so the detector state never needs clearing.
        sem.clear();
        for (int t = 0; t < n; t++) sem.emplace_back(std::make_unique<std::binary_semaphore>(0));
        int firstPhase = phase;
        makeOrder();
        std::vector<std::thread> pool;
        pool.reserve(n);
        for (int t = 0; t < n; t++) {
            pool.emplace_back([this, t, &kernel] {
                threadIdx = EmuDim3{(unsigned)t, 0, 0};
                sem[t]->acquire();
                kernel();
                done[t] = 1;
                passTurn();
            });
        }
        sem[turnOrder[0]]->release();
        for (auto& th : pool) th.join();
        stats.barrierPhases += phase - firstPhase - 1;
        threaded = false;
    }
};

inline Scheduler sched;

}  // namespace emu

static inline void __syncthreads() { emu::sched.barrier(); }

#define AIRAN_SHARED_HOOK(addr, isWrite) emu::sched.access((addr), (isWrite) != 0)
#define AIRAN_TWIDDLE_HOOK(ptr) emu::sched.twiddleLoad(ptr)
#define AIRAN_FFT_BARRIER(id) do { if ((id) != emu::sched.skipBarrier) __syncthreads(); } while (0)

#define __global__
#define __device__
#define __forceinline__ inline
#define __restrict__
#define __shared__
// Dynamic shared memory of the kernels ("extern __shared__ float2 s[]"): one block runs at a time.
extern "C" float2 s[8192];
