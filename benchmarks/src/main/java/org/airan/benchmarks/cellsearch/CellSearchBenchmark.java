package org.airan.benchmarks.cellsearch;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.airan.phy.cellsearch.CellSearchConfig;
import org.airan.phy.cellsearch.CellSearchResult;
import org.airan.phy.cellsearch.CellSearcher;
import org.airan.phy.cellsearch.CellSearchers;
import org.airan.phy.cellsearch.FftPssDetector;
import org.airan.phy.ssb.Mib;
import org.airan.phy.ssb.PbchEncoder;
import org.airan.phy.ssb.SsbBurstConfig;
import org.airan.phy.ssb.SsbBurstPattern;
import org.airan.phy.ssb.SsbCase;
import org.airan.phy.ssb.SsbTransmitter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cell search over a 20 ms recording at 30.72 Msps (band n78, one SS burst of 8 SSBs, case C, PCI 1, 10 dB SNR
 * per RE, SSB at GSCN 7795 = the recording centre): the whole raster scan (every GSCN whose SSB fits), one given
 * GSCN, and the PSS correlation alone on the PSS band of that GSCN (128·30 kHz = 3.84 Msps, 76 800 samples).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CellSearchBenchmark {

    static final double FS = 30.72e6;
    static final double FC = 3426.24e6;

    float[] iq;
    int numSamples;
    CellSearcher searcher;
    CellSearchConfig raster;
    CellSearchConfig oneGscn;
    FftPssDetector pss;
    float[] pssBand;

    @Setup
    public void setup() {
        numSamples = (int) Math.round(FS * 0.020);
        SsbBurstPattern pattern = SsbBurstPattern.of(SsbCase.C, FC, true);
        SsbTransmitter tx = new SsbTransmitter(SsbBurstConfig.singleAntenna(1, pattern, 0xFF));
        Mib mib = new Mib(436, 30, 0, 2, 0xC4, false, true, 0);
        PbchEncoder enc = new PbchEncoder();
        byte[] coded = new byte[864];
        float[][] out = {new float[2 * numSamples]};
        tx.modulateHalfFrame(0, (i, hf, o, off) -> {
            enc.encode(mib, hf, i, 8, 1, coded);
            System.arraycopy(coded, 0, o, off, 864);
        }, FS, 0, out, 0);
        SplittableRandom r = new SplittableRandom(1);
        double sigma = Math.sqrt(FS / 30e3 / 10 / 2);
        iq = out[0];
        for (int i = 0; i < iq.length; i++) {
            iq[i] += (float) (sigma * r.nextGaussian());
        }
        searcher = CellSearchers.create();
        raster = CellSearchConfig.defaults();
        oneGscn = CellSearchConfig.defaults().withSsbFrequency(FC).withSubcarrierSpacing(30);
        pss = new FftPssDetector();
        int n = (int) Math.round(128 * 30e3 * 0.020);
        pssBand = new float[2 * n];
        for (int i = 0; i < pssBand.length; i++) {
            pssBand[i] = (float) r.nextGaussian();
        }
        CellSearchResult check = searcher.search(iq, 0, numSamples, FS, FC, oneGscn);
        if (check.ssbs().size() != 8 || !check.ssbs().get(0).crcOk()) {
            throw new IllegalStateException("benchmark recording does not decode: " + check.ssbs());
        }
    }

    /** Whole raster scan: divide by the candidate count (printed once by {@link #main}) for the time per GSCN. */
    @Benchmark
    public CellSearchResult rasterScan() {
        return searcher.search(iq, 0, numSamples, FS, FC, raster);
    }

    /** One GSCN with its 8 SSBs decoded (channelizer DFT of the 20 ms included). */
    @Benchmark
    public CellSearchResult oneGscn() {
        return searcher.search(iq, 0, numSamples, FS, FC, oneGscn);
    }

    /** PSS correlation alone: 76 800 samples (20 ms at 3.84 Msps), 3 PSS × 5 CFO hypotheses, no peaks. */
    @Benchmark
    public int pssCorrelation() {
        return pss.detect(pssBand, pssBand.length / 2, 30e3, CellSearchConfig.DEFAULT_MAX_CFO_HZ, 0.99, 16).size();
    }

    /** Prints the number of raster candidates of the benchmark recording. */
    public static void main(String[] args) {
        CellSearchBenchmark b = new CellSearchBenchmark();
        b.setup();
        System.out.println("raster candidates: " + b.rasterScan().candidatesSearched() + ", SSBs: "
                + b.rasterScan().ssbs().size());
    }
}
