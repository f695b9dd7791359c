/*
 * FFTW anchor for the OFDM demodulator benchmark: one 30 kHz slot (14 symbols, TS 38.211 §5.3.1 CP lengths) per
 * antenna port: CP removal (window advanced by half the CP), forward DFT of N points (fftwf, FFTW_MEASURE, one
 * thread), extraction of 12*N_RB subcarriers with the window-phase correction and the sqrt(K)/N scaling - the
 * same work as AIRAN's CpuOfdmDemodulator.
 *
 * usage: ofdm_slot_fftw [n_rb dft_size ports seconds]   (defaults: 273 4096 4 2)
 * Times single slots after a warm-up and prints one line:
 *   n_rb dft ports best_block_slots_per_s median_block_slots_per_s
 * On a shared machine the best block approximates the unloaded cost; the median shows the load.
 */
#include <fftw3.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_s(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + 1e-9 * t.tv_nsec;
}

int main(int argc, char **argv) {
    int nrb = argc > 1 ? atoi(argv[1]) : 273;
    int n = argc > 2 ? atoi(argv[2]) : 4096;
    int ports = argc > 3 ? atoi(argv[3]) : 4;
    double seconds = argc > 4 ? atof(argv[4]) : 2.0;
    const int mu = 1, syms = 14;
    int k = 12 * nrb;
    int cp[14], start[14], d[14];
    int pos = 0;
    for (int l = 0; l < syms; l++) {       /* slot 0 of the subframe: symbol 0 has the long CP */
        cp[l] = 9 * n / 128 + (l == 0 ? (n << mu) / 128 : 0);
        d[l] = (int) lround(0.5 * cp[l]);
        start[l] = pos;
        pos += cp[l] + n;
    }
    int slot_len = pos;
    fftwf_complex **in = malloc(sizeof(*in) * ports);
    for (int p = 0; p < ports; p++) {
        in[p] = fftwf_malloc(sizeof(fftwf_complex) * slot_len);
        srand(1 + p);
        for (int i = 0; i < slot_len; i++) {
            in[p][i][0] = (float) rand() / RAND_MAX - 0.5f;
            in[p][i][1] = (float) rand() / RAND_MAX - 0.5f;
        }
    }
    fftwf_complex *buf = fftwf_malloc(sizeof(fftwf_complex) * n);
    fftwf_complex *grid = fftwf_malloc(sizeof(fftwf_complex) * (size_t) ports * syms * k);
    /* window-phase rotation times scaling, one table per distinct d (long and normal CP) */
    float *rot0 = malloc(sizeof(float) * 2 * k), *rot1 = malloc(sizeof(float) * 2 * k);
    double scale = sqrt((double) k) / n;
    for (int i = 0; i < k; i++) {
        int kk = i - 6 * nrb;
        double a0 = 2 * M_PI * (double) (((long) kk * d[0]) % n) / n;
        double a1 = 2 * M_PI * (double) (((long) kk * d[1]) % n) / n;
        rot0[2 * i] = (float) (scale * cos(a0)); rot0[2 * i + 1] = (float) (scale * sin(a0));
        rot1[2 * i] = (float) (scale * cos(a1)); rot1[2 * i + 1] = (float) (scale * sin(a1));
    }
    fftwf_plan plan = fftwf_plan_dft_1d(n, buf, buf, FFTW_FORWARD, FFTW_MEASURE);
    int first_bin = ((-6 * nrb) % n + n) % n;
    int run1 = k < n - first_bin ? k : n - first_bin;

    enum { BLOCK = 1, MAX_BLOCKS = 400000 };
    static double rate[MAX_BLOCKS];
    int blocks = 0;
    double t_start = now_s(), t_end = t_start + seconds;
    int warm = 1;
    while (blocks < MAX_BLOCKS) {
        double b0 = now_s();
        for (int rep = 0; rep < BLOCK; rep++) {
            for (int p = 0; p < ports; p++) {
                for (int l = 0; l < syms; l++) {
                    memcpy(buf, in[p] + start[l] + cp[l] - d[l], sizeof(fftwf_complex) * n);
                    fftwf_execute(plan);
                    const float *r = l == 0 ? rot0 : rot1;
                    float *g = (float *) grid[((size_t) p * syms + l) * k];
                    const float *x = (const float *) buf;
                    for (int i = 0; i < k; i++) {
                        int b = i < run1 ? first_bin + i : i - run1;
                        float xr = x[2 * b], xi = x[2 * b + 1];
                        g[2 * i] = xr * r[2 * i] - xi * r[2 * i + 1];
                        g[2 * i + 1] = xr * r[2 * i + 1] + xi * r[2 * i];
                    }
                }
            }
        }
        double b1 = now_s();
        if (warm) {
            if (b1 - t_start > 0.2 * seconds) {
                warm = 0;
            }
            continue;
        }
        rate[blocks++] = BLOCK / (b1 - b0);
        if (b1 > t_end) {
            break;
        }
    }
    /* sort descending (insertion sort is fine for a few thousand blocks) */
    for (int i = 1; i < blocks; i++) {
        double v = rate[i];
        int j2 = i - 1;
        while (j2 >= 0 && rate[j2] < v) { rate[j2 + 1] = rate[j2]; j2--; }
        rate[j2 + 1] = v;
    }
    volatile float sink = ((float *) grid)[0];
    (void) sink;
    printf("%d %d %d %.1f %.1f\n", nrb, n, ports, rate[0], rate[blocks / 2]);
    fftwf_destroy_plan(plan);
    return 0;
}
