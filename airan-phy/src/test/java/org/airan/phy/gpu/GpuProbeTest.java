package org.airan.phy.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GpuProbeTest {

    /** Where the NVIDIA kernel driver exposes its control device on Linux; absent means no usable GPU. */
    private static final Path NVIDIA_CONTROL_DEVICE = Path.of("/dev/nvidiactl");

    @Test
    void probeNeverThrowsAndExplainsItself() {
        GpuStatus s = GpuProbe.status();
        if (s.available()) {
            assertFalse(s.devices().isEmpty());
            for (GpuDevice d : s.devices()) {
                assertFalse(d.name().isBlank(), "device name");
                assertTrue(d.computeMajor() >= 3, "compute capability " + d.computeCapability());
                assertTrue(d.totalMemoryBytes() > 0, "total memory");
            }
            assertTrue(s.driverVersion() >= 1000, "driver version " + s.driverVersion());
            assertEquals("", s.reason());
        } else {
            assertTrue(s.devices().isEmpty());
            assertFalse(s.reason().isBlank(), "an unavailable GPU must say why");
            assertTrue(s.summary().startsWith("unavailable: "), s.summary());
        }
    }

    @Test
    void reportsUnavailableWhereNoNvidiaDriverIsInstalled() {
        if (Files.exists(NVIDIA_CONTROL_DEVICE)) {
            return; // a machine with a GPU driver: covered by probeNeverThrowsAndExplainsItself
        }
        GpuStatus s = GpuProbe.status();
        assertFalse(s.available(), "no " + NVIDIA_CONTROL_DEVICE + " yet the probe found a GPU: " + s);
        assertFalse(s.reason().isBlank());
    }

    @Test
    void resultIsCached() {
        assertSame(GpuProbe.status(), GpuProbe.status());
    }

    @Test
    void disablePropertySkipsTheProbe() {
        String old = System.getProperty(GpuProbe.DISABLE_PROPERTY);
        System.setProperty(GpuProbe.DISABLE_PROPERTY, "true");
        try {
            GpuStatus s = GpuProbe.probeNow();
            assertFalse(s.available());
            assertTrue(s.reason().contains(GpuProbe.DISABLE_PROPERTY), s.reason());
        } finally {
            if (old == null) {
                System.clearProperty(GpuProbe.DISABLE_PROPERTY);
            } else {
                System.setProperty(GpuProbe.DISABLE_PROPERTY, old);
            }
        }
    }

    @Test
    void statusValidates() {
        assertThrows(IllegalArgumentException.class, () -> new GpuStatus(false, " ", 0, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new GpuStatus(true, "", 12060, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new GpuDevice(-1, "x", 9, 0, 1));
        GpuStatus ok = new GpuStatus(true, "", 12060, List.of(new GpuDevice(0, "Test GPU", 9, 0, 80L << 30)));
        assertEquals("12.6", ok.driverVersionString());
        assertTrue(ok.summary().contains("Test GPU"), ok.summary());
    }

    @Test
    void cStringStopsAtNul() {
        byte[] b = new byte[16];
        b[0] = 'H';
        b[1] = '1';
        assertEquals("H1", GpuProbe.cString(b));
        assertEquals("first", GpuProbe.firstLine("first\nsecond"));
        assertEquals("(no message)", GpuProbe.firstLine(null));
    }

    @Test
    void linkFailureFindsTheMissingDriverLibrary() {
        String jcudaStyle = "Error while loading native library \"JCudaDriver-12.6.0-linux-x86_64\"\n"
                + "Stack trace from the attempt to load the library as a file:\n"
                + "java.lang.UnsatisfiedLinkError: no JCudaDriver in java.library.path: /usr/lib\n"
                + "\tat java.base/java.lang.ClassLoader.loadLibrary(ClassLoader.java:2285)\n"
                + "java.lang.UnsatisfiedLinkError: /tmp/libJCudaDriver.so: libcuda.so.1: cannot open shared object "
                + "file: No such file or directory\n";
        assertEquals("libcuda.so.1: cannot open shared object file: No such file or directory",
                GpuProbe.linkFailure(jcudaStyle));
        assertEquals("no X in java.library.path",
                GpuProbe.linkFailure("head\njava.lang.UnsatisfiedLinkError: no X in java.library.path"));
    }
}
