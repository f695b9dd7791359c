package org.airan.vectors.sigmf;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens the real gNB captures of the shared test data (single-channel {@code cf32_le}, 1 ms each) found through the
 * system property {@code airan.shared.dir}; skipped when that folder is absent.
 */
class SigmfRecordingsTest {

    static Path recordings() {
        String shared = System.getProperty("airan.shared.dir");
        assumeTrue(shared != null, "airan.shared.dir not set");
        Path dir = Path.of(shared, "recordings");
        assumeTrue(Files.isDirectory(dir), "no shared recordings");
        return dir;
    }

    @Test
    void realCapturesOpenAndScan() throws Exception {
        Path dir = recordings();
        // 1 ms at the capture's sample rate: 15.36 Msps and 46.08 Msps.
        check(dir.resolve("n20-lab-gnb-pci500.sigmf-meta"), 15.36e6, 806.0e6);
        check(dir.resolve("n78-lab-gnb-pci1.sigmf-meta"), 46.08e6, 3426.6e6);
    }

    private static void check(Path meta, double rate, double centre) throws Exception {
        assumeTrue(Files.exists(meta), meta.getFileName() + " absent");
        try (SigmfRecording rec = SigmfReader.open(meta)) {
            assertEquals(SigmfDatatype.CF32_LE, rec.datatype());
            assertEquals(1, rec.numChannels());
            assertEquals(rate, rec.sampleRateHz());
            assertEquals(Math.round(rate * 1e-3), rec.numSamples());
            assertEquals(centre, rec.metadata().captures().get(0).frequencyHz());
            ChannelStats st = rec.scan().get(0);
            assertTrue(st.allFinite());
            // A real capture holds signal: below full scale, well above silence.
            assertTrue(st.rmsDbfs() < 0 && st.rmsDbfs() > -120, "rms " + st.rmsDbfs() + " dBFS");
        }
    }
}
