/*
 * FFTW anchor for the OFDM demodulator benchmark: one 30 kHz slot (14 symbols, TS 38.211 §5.3.1 CP lengths) per
 * antenna port: CP removal (window advanced by half the CP), forward DFT of N points (fftwf, FFTW_MEASURE, one
 * thread), extraction of 12*N_RB subcarriers with the window-phase correction and the sqrt(K)/N scaling - the
 * same work as AIRAN's CpuOfdmDemodulator.
 *
 * usage: ofdm_slot_fftw [n_rb dft_size ports seconds]   (defaults: 273 4096 4 2)
 * prints one line: n_rb dft ports slots_per_second ms_per_slot
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

    long slots = 0;
    double t0 = now_s(), t1;
    double warm_end = t0 + 0.3 * seconds;
    int warm = 1;
    do {
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
        slots++;
        t1 = now_s();
        if (warm && t1 >= warm_end) {
            warm = 0;
            slots = 0;
            t0 = t1;
        }
    } while (warm || t1 - t0 < 0.7 * seconds);
    double sps = slots / (t1 - t0);
    /* keep the result alive */
    volatile float sink = ((float *) grid)[0];
    (void) sink;
    printf("%d %d %d %.1f %.4f\n", nrb, n, ports, sps, 1e3 / sps);
    fftwf_destroy_plan(plan);
    return 0;
}
