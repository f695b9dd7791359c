package org.airan.testbed.link;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import org.airan.phy.channel.AwgnChannel;
import org.airan.phy.channel.Channels;
import org.airan.phy.channel.FadingChannel;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.grid.ResourceGrid;
import org.airan.phy.chest.ChannelEstimators;
import org.airan.phy.chest.TimeInterpolation;
import org.airan.phy.sch.ChannelEstimate;
import org.airan.phy.sch.DmrsSchChannelEstimator;
import org.airan.phy.sch.SchChannelEstimator;
import org.airan.phy.sch.PerfectChannelEstimator;
import org.airan.phy.sch.PxschConfig;
import org.airan.phy.sch.SchDecodeResult;
import org.airan.phy.sch.SchLimits;
import org.airan.phy.sch.SharedChannelProcessor;
import org.airan.phy.sch.SharedChannelReceiver;
import org.airan.phy.sch.SharedChannelTransmitter;
import org.airan.phy.sch.SharedChannels;

/**
 * Link-level simulator of PDSCH/PUSCH in the frequency domain, in the manner of OAI's nr_dlsim/nr_ulsim: for each
 * SNR point and each transport block, random payload → transmit chain → resource grid → channel and AWGN per RE →
 * receive chain (perfect CSI or DM-RS LS/LMMSE channel estimation, MMSE, max-log demapper, offset min-sum LDPC), with HARQ retransmissions (rv 0, 2, 3, 1,
 * incremental-redundancy combining) until the CRC passes or the retransmissions run out.
 *
 * <p>Deterministic: the payload, fading and noise streams of SNR point i derive from {@code seed} and i only, so the
 * same seed gives the same numbers, and a point can be rerun alone. Throughput counts only TBs whose CRC passed.
 */
public final class LinkSimulator {

    /** Redundancy version of HARQ round r (TS 38.214 Table 5.1.2.1-2 style sequence 0, 2, 3, 1). */
    static final int[] RV_SEQUENCE = {0, 2, 3, 1};

    private final LinkConfig cfg;
    private final PxschConfig pxsch;
    private final int k;
    private final SharedChannelTransmitter tx;
    private final SharedChannelProcessor processor;
    private final ChannelEstimate truth;
    private final ResourceGrid txGrid;
    private final ResourceGrid rxGrid;
    private final float[][] freq;
    private final SchDecodeResult result = new SchDecodeResult();
    private final byte[] tb;
    private final byte[] decoded;

    /** A simulator for {@code cfg} (buffers sized once). */
    public LinkSimulator(LinkConfig cfg) {
        this.cfg = cfg;
        this.pxsch = cfg.pxsch();
        this.k = 12 * cfg.numPrb();
        SchLimits limits = new SchLimits(cfg.numPrb(), cfg.numLayers(), Math.max(2, pxsch.qm()));
        tx = cfg.channel() == SharedChannel.PDSCH ? SharedChannels.pdschTransmitter(limits)
                : SharedChannels.puschTransmitter(limits);
        SharedChannelReceiver rx = cfg.channel() == SharedChannel.PDSCH
                ? SharedChannels.pdschReceiver(limits, 1, cfg.ldpcIterations())
                : SharedChannels.puschReceiver(limits, 1, cfg.ldpcIterations());
        truth = new ChannelEstimate(cfg.numRx(), cfg.numLayers(), k);
        truth.configure(cfg.numRx(), cfg.numLayers());
        SchChannelEstimator estimator = switch (cfg.estimation()) {
            case PERFECT -> new PerfectChannelEstimator(truth);
            case LS, LMMSE -> new DmrsSchChannelEstimator(cfg.estimation() == Estimation.LS
                    ? ChannelEstimators.Kind.LS_LINEAR : ChannelEstimators.Kind.LMMSE, pxsch.dmrs(), cfg.numRx(),
                    CarrierConfig.of(cfg.subcarrierSpacingKhz(), cfg.numPrb()), TimeInterpolation.LINEAR,
                    Math.max(cfg.delaySpreadNs(), 30) * 1e-9);
        };
        processor = SharedChannels.processor(limits, cfg.numRx(), k, estimator, rx);
        txGrid = ResourceGrid.allocate(cfg.numLayers(), 14, k);
        rxGrid = ResourceGrid.allocate(cfg.numRx(), 14, k);
        freq = cfg.model().tdl() != null ? new float[cfg.numRx() * cfg.numLayers()][2 * 14 * k] : null;
        tb = new byte[pxsch.tbs() / 8];
        decoded = new byte[tb.length];
    }

    /** The shared-channel configuration simulated. */
    public PxschConfig pxsch() {
        return pxsch;
    }

    /** Runs every SNR point; {@code progress} receives the number of TBs completed so far (may be null). */
    public List<LinkPointResult> run(IntConsumer progress) {
        double[] snrs = cfg.snrPointsDb();
        List<LinkPointResult> out = new ArrayList<>(snrs.length);
        int done = 0;
        for (int i = 0; i < snrs.length; i++) {
            out.add(runPoint(i, snrs[i], progress, done));
            done += cfg.numSlots();
        }
        return out;
    }

    /** Runs SNR point {@code index} (the streams depend on seed and index only). */
    public LinkPointResult runPoint(int index, double snrDb, IntConsumer progress, int progressBase) {
        long pointSeed = cfg.seed() * 0x9E3779B97F4A7C15L + index;
        SplittableRandom payload = new SplittableRandom(pointSeed);
        SplittableRandom fading = new SplittableRandom(pointSeed ^ 0x5DEECE66DL);
        AwgnChannel noise = new AwgnChannel(pointSeed ^ 0x2545F4914F6CDD1DL);
        FadingChannel tdl = null;
        if (cfg.model().tdl() != null) {
            CarrierConfig carrier = CarrierConfig.of(cfg.subcarrierSpacingKhz(), cfg.numPrb());
            tdl = Channels.tdl(cfg.model().tdl(), cfg.delaySpreadNs() * 1e-9, cfg.dopplerHz(), cfg.numLayers(),
                    cfg.numRx(), pointSeed ^ 0x1234567L, carrier);
        }
        double n0 = AwgnChannel.reNoiseVariance(snrDb);
        truth.setNoiseVariance((float) n0);
        int rounds = cfg.harqRetx() + 1;
        int[] trials = new int[rounds];
        int[] errors = new int[rounds];
        long okBits = 0;
        int slotsUsed = 0;
        long totalIter = 0;
        long codeBlocks = 0;
        long decodeNanos = 0;
        int lost = 0;
        long slotIndex = 0;
        for (int t = 0; t < cfg.numSlots(); t++) {
            for (int i = 0; i < tb.length; i++) {
                tb[i] = (byte) payload.nextInt(256);
            }
            boolean ok = false;
            for (int r = 0; r < rounds && !ok; r++) {
                int slotInFrame = (int) (slotIndex % (10L * cfg.subcarrierSpacingKhz() / 15));
                txGrid.clear();
                tx.transmit(pxsch, slotInFrame, RV_SEQUENCE[r], tb, 0, tb.length, txGrid);
                applyChannel(slotIndex, fading, tdl, noise, n0);
                long t0 = System.nanoTime();
                processor.process(pxsch, slotInFrame, RV_SEQUENCE[r], 0, r == 0, rxGrid, decoded, 0, result);
                decodeNanos += System.nanoTime() - t0;
                slotIndex++;
                slotsUsed++;
                trials[r]++;
                totalIter += result.totalIterations();
                codeBlocks += result.numCodeBlocks();
                ok = result.crcOk();
                if (ok) {
                    okBits += result.tbs();
                } else {
                    errors[r]++;
                }
            }
            if (!ok) {
                lost++;
            }
            if (progress != null) {
                progress.accept(progressBase + t + 1);
            }
        }
        double[] bler = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            bler[r] = trials[r] == 0 ? Double.NaN : (double) errors[r] / trials[r];
        }
        double seconds = slotsUsed * cfg.slotSeconds();
        return new LinkPointResult(snrDb, cfg.numSlots(), slotsUsed, trials, errors, bler,
                (double) lost / cfg.numSlots(), okBits / seconds / 1e6,
                codeBlocks == 0 ? 0 : (double) totalIter / codeBlocks, decodeNanos / 1e3 / slotsUsed, pxsch.tbs(),
                pxsch.effectiveCodeRate());
    }

    /** rx = H·x + n on every RE of the slot; writes the true H (scaled) into the perfect-CSI estimate. */
    private void applyChannel(long slotIndex, SplittableRandom fading, FadingChannel tdl, AwgnChannel noise,
                              double n0) {
        int nl = cfg.numLayers();
        int nRx = cfg.numRx();
        int len = 2 * 14 * k;
        double layerScale = 1.0 / Math.sqrt(nl);
        switch (cfg.model()) {
            case AWGN -> {
                for (int r = 0; r < nRx; r++) {
                    for (int j = 0; j < nl; j++) {
                        float[] h = truth.data(r, j);
                        float g = (r % nl == j) ? 1f : 0f;
                        for (int i = 0; i < len; i += 2) {
                            h[i] = g;
                            h[i + 1] = 0f;
                        }
                    }
                }
            }
            case RAYLEIGH -> {
                for (int r = 0; r < nRx; r++) {
                    for (int j = 0; j < nl; j++) {
                        float gr = (float) (fading.nextGaussian() * Math.sqrt(0.5) * layerScale);
                        float gi = (float) (fading.nextGaussian() * Math.sqrt(0.5) * layerScale);
                        float[] h = truth.data(r, j);
                        for (int i = 0; i < len; i += 2) {
                            h[i] = gr;
                            h[i + 1] = gi;
                        }
                    }
                }
            }
            default -> {
                tdl.frequencyResponse(slotIndex, freq, 0);
                float s = (float) layerScale;
                for (int r = 0; r < nRx; r++) {
                    for (int j = 0; j < nl; j++) {
                        float[] src = freq[r * nl + j];
                        float[] h = truth.data(r, j);
                        for (int i = 0; i < len; i++) {
                            h[i] = src[i] * s;
                        }
                    }
                }
            }
        }
        for (int r = 0; r < nRx; r++) {
            float[] y = rxGrid.data(r);
            java.util.Arrays.fill(y, 0, len, 0f);
            for (int j = 0; j < nl; j++) {
                float[] h = truth.data(r, j);
                float[] x = txGrid.data(j);
                for (int i = 0; i < len; i += 2) {
                    float hr = h[i];
                    float hi = h[i + 1];
                    float xr = x[i];
                    float xi = x[i + 1];
                    y[i] += hr * xr - hi * xi;
                    y[i + 1] += hr * xi + hi * xr;
                }
            }
            noise.addNoise(y, 0, 14 * k, n0);
        }
    }
}
