package org.airan.phy.gpu;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jcuda.CudaException;
import jcuda.driver.CUdevice;
import jcuda.driver.CUdevice_attribute;
import jcuda.driver.JCudaDriver;

/**
 * Detects, once per process, whether the CUDA GPU backend can be used.
 *
 * <p>The probe loads JCuda's driver-API natives, enables JCuda exceptions, calls {@code cuInit(0)},
 * {@code cuDriverGetVersion} and {@code cuDeviceGetCount}, and reads each device's name, compute capability and
 * total memory. Every failure — the JCuda native library or the CUDA driver library ({@code libcuda}) missing
 * ({@link UnsatisfiedLinkError}), {@code CUDA_ERROR_NO_DEVICE}, {@code CUDA_ERROR_INSUFFICIENT_DRIVER}, a class
 * that failed to initialise — becomes a {@link GpuStatus} with {@code available == false} and a one-line reason.
 * The probe never throws.
 *
 * <p>Setting the system property {@value #DISABLE_PROPERTY}{@code =true} skips the probe (status unavailable,
 * reason says so), which keeps the CUDA driver out of processes that must not touch it.
 *
 * <p>Thread-safe: the first caller probes, the others wait and share the cached result.
 */
public final class GpuProbe {

    /** System property that, when {@code true}, reports the GPU as unavailable without probing. */
    public static final String DISABLE_PROPERTY = "airan.gpu.disable";

    private static volatile GpuStatus cached;

    private GpuProbe() {
    }

    /** The cached probe result; probes on first call. Never throws. */
    public static GpuStatus status() {
        GpuStatus s = cached;
        if (s == null) {
            synchronized (GpuProbe.class) {
                s = cached;
                if (s == null) {
                    s = probeNow();
                    cached = s;
                }
            }
        }
        return s;
    }

    /** Whether {@link #status()} says the GPU backend is usable. */
    public static boolean isAvailable() {
        return status().available();
    }

    /**
     * Probes without the cache. Calling it again after a failed native load reports the same failure (a class
     * whose initialisation failed stays failed for the life of the JVM). Never throws.
     */
    static GpuStatus probeNow() {
        if (Boolean.getBoolean(DISABLE_PROPERTY)) {
            return GpuStatus.unavailable("GPU probing disabled by -D" + DISABLE_PROPERTY + "=true", 0);
        }
        int driverVersion = 0;
        try {
            JCudaDriver.setExceptionsEnabled(true);
            int[] version = new int[1];
            JCudaDriver.cuDriverGetVersion(version);
            driverVersion = version[0];
            JCudaDriver.cuInit(0);
            int[] count = new int[1];
            JCudaDriver.cuDeviceGetCount(count);
            if (count[0] == 0) {
                return GpuStatus.unavailable("the CUDA driver found no device (device count 0)", driverVersion);
            }
            List<GpuDevice> devices = new ArrayList<>(count[0]);
            for (int i = 0; i < count[0]; i++) {
                devices.add(describe(i));
            }
            return new GpuStatus(true, "", driverVersion, devices);
        } catch (UnsatisfiedLinkError e) {
            return GpuStatus.unavailable("cannot load the CUDA driver through JCuda ("
                    + System.getProperty("os.name") + "/" + System.getProperty("os.arch") + "): "
                    + linkFailure(e.getMessage()), driverVersion);
        } catch (CudaException e) {
            return GpuStatus.unavailable("the CUDA driver refused: " + firstLine(e.getMessage()), driverVersion);
        } catch (LinkageError e) {
            // e.g. NoClassDefFoundError after a failed static initialiser, or JCuda classes absent.
            return GpuStatus.unavailable("JCuda could not be initialised (" + e.getClass().getSimpleName() + "): "
                    + firstLine(e.getMessage()), driverVersion);
        } catch (RuntimeException e) {
            return GpuStatus.unavailable("GPU probe failed (" + e.getClass().getSimpleName() + "): "
                    + firstLine(e.getMessage()), driverVersion);
        }
    }

    private static GpuDevice describe(int ordinal) {
        CUdevice dev = new CUdevice();
        JCudaDriver.cuDeviceGet(dev, ordinal);
        byte[] name = new byte[256];
        JCudaDriver.cuDeviceGetName(name, name.length, dev);
        int[] major = new int[1];
        int[] minor = new int[1];
        JCudaDriver.cuDeviceGetAttribute(major, CUdevice_attribute.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, dev);
        JCudaDriver.cuDeviceGetAttribute(minor, CUdevice_attribute.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR, dev);
        long[] mem = new long[1];
        JCudaDriver.cuDeviceTotalMem(mem, dev);
        return new GpuDevice(ordinal, cString(name), major[0], minor[0], mem[0]);
    }

    static String cString(byte[] bytes) {
        int n = 0;
        while (n < bytes.length && bytes[n] != 0) {
            n++;
        }
        return new String(bytes, 0, n, StandardCharsets.UTF_8).strip();
    }

    /**
     * The informative part of JCuda's multi-line load failure: the dynamic linker's complaint about
     * {@code libcuda} when there is one (e.g. "libcuda.so.1: cannot open shared object file"), else the last
     * nested {@code UnsatisfiedLinkError} message, else the first line.
     */
    static String linkFailure(String message) {
        if (message == null || message.isBlank()) {
            return "(no message)";
        }
        String lastLinkError = null;
        for (String line : message.split("\n")) {
            String l = line.strip();
            int lib = l.indexOf("libcuda");
            if (lib >= 0 && !l.startsWith("at ")) {
                return l.substring(lib);
            }
            if (l.startsWith("java.lang.UnsatisfiedLinkError:")) {
                lastLinkError = l.substring("java.lang.UnsatisfiedLinkError:".length()).strip();
            }
        }
        return lastLinkError != null ? lastLinkError : firstLine(message);
    }

    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "(no message)";
        }
        String s = message.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl).strip();
    }
}
