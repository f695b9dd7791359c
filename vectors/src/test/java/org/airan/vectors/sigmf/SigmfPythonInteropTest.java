package org.airan.vectors.sigmf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Interoperability with the reference Python implementation (the {@code sigmf} package): it must open, validate
 * and read what this library writes. Skipped where Python 3 or its {@code sigmf} module is absent.
 */
class SigmfPythonInteropTest {

    private static final long TIMEOUT_S = 60;
    /** The reference reader scales ci16 by 1/32768, this library by 1/32767: they differ by under 2 codes. */
    private static final double SCALE_DIFFERENCE = 2.0 / 32767;

    record Result(int exitCode, String output) {
    }

    static Result python(String... args) {
        List<String> cmd = new ArrayList<>(List.of("python3"));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "timed out");
            }
            return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, e.toString());
        }
    }

    @Test
    void referenceImplementationReadsWhatWeWrite(@TempDir Path dir) throws Exception {
        assumeTrue(python("-c", "import sigmf").exitCode() == 0, "python3 with the sigmf module is not available");
        try (SigmfWriter w = SigmfWriter.create(dir.resolve("py"), SigmfDatatype.CI16_LE, 1e6, 1)) {
            w.metadata().author("airan").addCapture(SigmfCapture.at(0).withFrequencyHz(3.5e9))
                    .declareExtension(new SigmfExtension("nr", "1.0.0", true))
                    .addAnnotation(SigmfAnnotation.of(1, 2, "burst"));
            w.write(new float[][]{{0.5f, -0.25f, 0.125f, 0f, -1f, 1f}});
        }
        String script = String.join("\n",
                "import sys",
                "from sigmf import sigmffile",
                "f = sigmffile.fromfile(sys.argv[1])",
                "f.validate()",
                "x = f.read_samples(0, 3)",
                "print(len(x), x[0].real, x[0].imag, x[2].real, x[2].imag)");
        Result r = python("-c", script, dir.resolve("py.sigmf-meta").toString());
        assertEquals(0, r.exitCode(), r.output());
        String[] f = r.output().trim().split("\\s+");
        String[] last = f.length > 5 ? java.util.Arrays.copyOfRange(f, f.length - 5, f.length) : f;
        assertEquals(3, Integer.parseInt(last[0]), r.output());
        assertEquals(0.5, Double.parseDouble(last[1]), SCALE_DIFFERENCE, r.output());
        assertEquals(-0.25, Double.parseDouble(last[2]), SCALE_DIFFERENCE, r.output());
        assertEquals(-1.0, Double.parseDouble(last[3]), SCALE_DIFFERENCE, r.output());
        assertEquals(1.0, Double.parseDouble(last[4]), SCALE_DIFFERENCE, r.output());
    }
}
