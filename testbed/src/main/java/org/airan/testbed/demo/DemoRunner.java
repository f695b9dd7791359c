package org.airan.testbed.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.airan.phy.Backend;
import org.airan.phy.channel.AwgnChannel;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.grid.ResourceGrid;
import org.airan.phy.ofdm.Ofdm;
import org.airan.phy.ofdm.OfdmConfig;
import org.airan.phy.ofdm.OfdmDemodulator;
import org.airan.phy.ofdm.OfdmModulator;
import org.airan.testbed.report.Json;
import org.airan.vectors.nr.NrCarrier;
import org.airan.vectors.nr.NrFirstSlot;
import org.airan.vectors.nr.NrMetadata;
import org.airan.vectors.nr.NrSlotCursor;
import org.airan.vectors.sigmf.SigmfAnnotation;
import org.airan.vectors.sigmf.SigmfCapture;
import org.airan.vectors.sigmf.SigmfDatatype;
import org.airan.vectors.sigmf.SigmfMetadata;
import org.airan.vectors.sigmf.SigmfReader;
import org.airan.vectors.sigmf.SigmfRecording;
import org.airan.vectors.sigmf.SigmfWriter;

/**
 * Runs the demo: synthesise → OFDM-modulate (TS 38.211 §5.3.1) → per-antenna phase and AWGN → SigMF recording
 * with the {@code nr} extension (carrier, first slot boundary, number of slots) → stream it back slot by slot along
 * the slot grid that extension describes ({@link NrSlotCursor}) → OFDM-demodulate → score EVM and SNR per antenna
 * against the regenerated reference.
 *
 * <p><b>Noise level.</b> The modulator scales by 1/√K, so unit-energy REs give unit mean power per time sample, and
 * the demodulator maps white noise of variance σ² per sample to σ²·K/N per RE (see {@link OfdmDemodulator}).
 * For a per-RE SNR ρ the channel therefore adds σ² = N/(K·ρ) ({@link AwgnChannel#sampleNoiseVariance}). The
 * recording is written at {@link #BACKOFF} (−18 dBFS RMS) so that ci16 neither clips (OFDM peaks stay about 12 dB
 * above RMS) nor loses resolution. See {@code docs/decisions/004-demo-scoring.md}.
 */
public final class DemoRunner {

    /** Amplitude scale of the recording: 1/8, i.e. the signal RMS sits 18.06 dB below full scale. */
    public static final float BACKOFF = 0.125f;
    /** Base name of the recording's files. */
    public static final String BASE_NAME = "airan-demo";

    private DemoRunner() {
    }

    /**
     * Runs the demo into {@code outDir} (created if missing).
     *
     * @param onSlot called after every slot written and every slot read back (2 × slots calls in all)
     */
    public static DemoResult run(DemoConfig cfg, Path outDir, Backend backend, Runnable onSlot) throws IOException {
        CarrierConfig carrier = cfg.carrier();
        OfdmConfig ofdmConfig = OfdmConfig.of(carrier);
        int numAnt = cfg.numAntennas();
        int n = carrier.dftSize();
        int k = carrier.numSubcarriers();
        // demodulator scale c = √K/N (OfdmDemodulator): σ² = N_0/(c²·N) = N_0·N/K per time sample
        double noiseVariance = AwgnChannel.sampleNoiseVariance(AwgnChannel.reNoiseVariance(cfg.snrDb()), n,
                Math.sqrt(k) / n);
        int maxSlot = carrier.maxSlotLengthSamples();

        Files.createDirectories(outDir);
        Path base = outDir.resolve(BASE_NAME);
        SigmfDatatype datatype = SigmfDatatype.fromSigmfName(cfg.format().sigmfDatatype());

        // ---- transmit side: synthesise, modulate, impair, write
        DemoSlotSource source = new DemoSlotSource(carrier, cfg.seed());
        Impairments channel = new Impairments(numAnt, BACKOFF * BACKOFF * noiseVariance, cfg.seed());
        OfdmModulator modulator = Ofdm.modulator(ofdmConfig, Backend.CPU);
        ResourceGrid tx = ResourceGrid.forSlot(carrier, 1);
        float[] txTime = new float[2 * maxSlot];
        float[][] rxTime = new float[numAnt][2 * maxSlot];
        long t0 = System.nanoTime();
        long samples;
        long clipped;
        Path meta;
        Path data;
        try (SigmfWriter w = SigmfWriter.create(base, datatype, carrier.sampleRateHz(), numAnt)) {
            for (int s = 0; s < cfg.numSlots(); s++) {
                int len = carrier.slotLengthSamples(carrier.slotInSubframe(s));
                source.fill(s, tx, 0);
                modulator.modulate(tx.data(0), tx.symbolOffset(0), s, txTime, 0);
                for (int i = 0; i < 2 * len; i++) {
                    txTime[i] *= BACKOFF;
                }
                for (int a = 0; a < numAnt; a++) {
                    System.arraycopy(txTime, 0, rxTime[a], 0, 2 * len);
                    channel.apply(a, rxTime[a], 0, len);
                }
                w.write(rxTime, 0, len);
                onSlot.run();
            }
            samples = w.numSamples();
            clipped = w.clippedCount();
            describe(w.metadata(), cfg, carrier, samples);
            meta = w.metaFile();
            data = w.dataFile();
        }
        long t1 = System.nanoTime();

        // ---- receive side: stream back slot by slot, demodulate, score
        OfdmDemodulator demodulator = Ofdm.demodulator(ofdmConfig, backend);
        ResourceGrid rx = ResourceGrid.forSlot(carrier, numAnt);
        ResourceGrid ref = ResourceGrid.forSlot(carrier, 1);
        EvmMeter meter = new EvmMeter(numAnt);
        long demodNanos = 0;
        try (SigmfRecording rec = SigmfReader.open(meta)) {
            NrMetadata nr = NrMetadata.read(rec).orElseThrow(() -> new IOException(meta.getFileName()
                    + ": global.nr:carrier = (missing): the demo reads its slot grid from the nr extension"));
            NrSlotCursor cursor = new NrSlotCursor(rec, nr);
            for (int s = 0; s < cfg.numSlots(); s++) {
                if (!cursor.next(rxTime)) {
                    throw new IOException(data + ": ends inside slot " + s + " of " + cfg.numSlots());
                }
                long d0 = System.nanoTime();
                demodulator.demodulate(rxTime, 0, cursor.slotInFrame(), rx);
                demodNanos += System.nanoTime() - d0;
                source.fill(cursor.slotIndex(), ref, 0);
                for (int a = 0; a < numAnt; a++) {
                    meter.add(a, rx, a, ref, 0);
                }
                onSlot.run();
            }
        }
        long t2 = System.nanoTime();

        List<DemoResult.Antenna> antennas = new ArrayList<>(numAnt);
        for (int a = 0; a < numAnt; a++) {
            double injected = Math.toDegrees(channel.phaseRad(a));
            injected = Math.IEEEremainder(injected, 360);
            double found = meter.phaseDeg(a);
            antennas.add(new DemoResult.Antenna(a, Json.finiteOrNull(meter.evmDb(a)),
                    Json.finiteOrNull(100 * meter.evmRms(a)), Json.finiteOrNull(meter.snrEstimateDb(a)),
                    Json.finiteOrNull(found), injected, Json.finiteOrNull(Math.IEEEremainder(found - injected, 360))));
        }
        double writeS = (t1 - t0) / 1e9;
        double readS = (t2 - t1) / 1e9;
        double demodS = demodNanos / 1e9;
        double rate = cfg.numSlots() / readS;
        double demodRate = cfg.numSlots() / demodS;
        DemoResult.Throughput tp = new DemoResult.Throughput(writeS, readS, demodS, rate, demodRate,
                rate / carrier.slotsPerSecond(), demodRate / carrier.slotsPerSecond());
        DemoResult.Config c = new DemoResult.Config(cfg.numSlots(), numAnt, cfg.subcarrierSpacingKhz(),
                cfg.numResourceBlocks(), cfg.snrDb(), cfg.seed(), cfg.format().sigmfDatatype(),
                demodulator.backendName());
        DemoResult.Carrier cc = new DemoResult.Carrier(carrier.numerology(), k, n, carrier.sampleRateHz(),
                carrier.slotDurationSeconds(), carrier.slotsPerSecond());
        DemoResult.Recording rec = new DemoResult.Recording(meta.toString(), data.toString(), Files.size(data), samples,
                samples / carrier.sampleRateHz(), 0, clipped);
        return new DemoResult(DemoResult.SCHEMA, c, cc, rec, antennas, -cfg.snrDb(), tp);
    }

    /** Fills the recording's metadata: description, capture, annotation and the {@code nr} extension. */
    static void describe(SigmfMetadata md, DemoConfig cfg, CarrierConfig carrier, long samples) {
        md.description("AIRAN demo: " + cfg.numSlots() + " NR slots, " + cfg.numAntennas() + " receive antennas, "
                + carrier.subcarrierSpacingKhz() + " kHz, " + carrier.numResourceBlocks() + " RB, per-RE SNR "
                + cfg.snrDb() + " dB, seed " + cfg.seed());
        md.recorder("airan demo");
        md.addCapture(SigmfCapture.at(0));
        md.addAnnotation(SigmfAnnotation.of(0, samples, "demo slots")
                .withComment("QPSK data in even slots, 16QAM in odd slots; comb-2 pilots on symbols 2 and 11"));
        NrMetadata.of(NrCarrier.of(carrier), NrFirstSlot.atStart(), (long) cfg.numSlots()).writeTo(md);
    }
}
