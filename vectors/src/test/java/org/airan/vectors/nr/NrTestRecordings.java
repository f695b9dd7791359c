package org.airan.vectors.nr;

import org.airan.phy.dmrs.DmrsType;
import org.airan.phy.dmrs.MappingType;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.nr.McsTable;
import org.airan.phy.grid.CarrierConfig;
import org.airan.vectors.sigmf.SigmfCapture;
import org.airan.vectors.sigmf.SigmfDatatype;
import org.airan.vectors.sigmf.SigmfWriter;

import java.nio.file.Path;
import java.util.List;

/** A small NR recording used by the nr tests: 15 kHz, 24 PRB, DFT 512 (7.68 Msps), 4 slots, 2 channels. */
final class NrTestRecordings {

    static final CarrierConfig CARRIER = CarrierConfig.of(15, 24, 512);
    static final int CHANNELS = 2;
    static final long NUM_SLOTS = 4;
    /** Samples before the first slot boundary. */
    static final long OFFSET = 100;

    private NrTestRecordings() {
    }

    static NrMetadata metadata() {
        NrAllocation pdsch = NrAllocation.of(SharedChannel.PDSCH, 1, 0x4601, 0, 24, 2, 12, 27, 28_936)
                .withPayload(new byte[32], 0xABCDEF)
                .withCoding(McsTable.TABLE2_QAM256, new NrDmrsConfig(DmrsType.TYPE1, 2, 1, 1, 2, 1234), MappingType.A);
        NrAllocation pusch = NrAllocation.of(SharedChannel.PUSCH, 3, 0x4602, 4, 8, 0, 14, 5, 2_088).withHarq(3, 2, 2);
        NrGroundTruth truth = new NrGroundTruth(500, List.of(0, 1), new NrBeamRsrp(2, List.of(
                new NrBeamTrace(0, List.of(-80.0, -81.5)), new NrBeamTrace(1, List.of(-95.25, -90.0)))),
                List.of(new NrTrafficSample(0, 1500, 0), new NrTrafficSample(3, 0, 200)), null);
        return new NrMetadata(new NrCarrier(CARRIER, 806e6, 801.59e6, null), new NrFirstSlot(1023, 8, OFFSET),
                NUM_SLOTS, List.of(pusch, pdsch), truth, null);
    }

    /** Writes a {@code cf32_le} recording of {@code samples} samples: sample {@code k} of channel {@code c} is
     * {@code (k·1e-6, c)}, so every sample tells where it came from. */
    static void write(Path base, NrMetadata nr, long samples) throws Exception {
        try (SigmfWriter w = SigmfWriter.create(base, SigmfDatatype.CF32_LE, CARRIER.sampleRateHz(), CHANNELS)) {
            w.metadata().addCapture(SigmfCapture.at(0).withFrequencyHz(806e6));
            float[][] block = new float[CHANNELS][2 * 1000];
            for (long k = 0; k < samples; k += 1000) {
                int n = (int) Math.min(1000, samples - k);
                for (int c = 0; c < CHANNELS; c++) {
                    for (int j = 0; j < n; j++) {
                        block[c][2 * j] = (k + j) * 1e-6f;
                        block[c][2 * j + 1] = c;
                    }
                }
                w.write(block, n);
            }
            nr.writeTo(w.metadata());
        }
    }
}
