package org.airan.phy.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The shipped kernel images were built from the current CUDA sources and nvcc options: recomputes the SHA-256 of
 * every file in {@code src/main/cuda} (kernels and {@code nvcc.flags}) and of every shipped image, and compares
 * them with {@code kernels.manifest}, which {@code scripts/build-kernels.sh} writes. Runs everywhere (no GPU).
 * A failure means: run {@code scripts/build-kernels.sh} and commit its outputs.
 */
class KernelManifestTest {

    private static final Path CUDA_SOURCES = Path.of("src", "main", "cuda");

    @Test
    void manifestMatchesSourcesFlagsAndShippedImages() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CUDA_SOURCES),
                "CUDA sources not present in this working directory (" + CUDA_SOURCES.toAbsolutePath() + ")");
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, String> outputs = new LinkedHashMap<>();
        String flags = null;
        for (String line : manifestLines()) {
            String[] f = line.split(" ", 3);
            switch (f[0]) {
                case "source" -> sources.put(f[1], f[2]);
                case "output" -> outputs.put(f[1], f[2]);
                case "flags" -> flags = line.substring("flags ".length());
                default -> {
                }
            }
        }
        List<String> onDisk = new ArrayList<>();
        try (Stream<Path> files = Files.list(CUDA_SOURCES)) {
            files.map(p -> p.getFileName().toString()).sorted().forEach(onDisk::add);
        }
        assertEquals(onDisk, new ArrayList<>(sources.keySet()),
                "source files differ from the manifest: run scripts/build-kernels.sh");
        for (String name : onDisk) {
            assertEquals(sources.get(name), sha256(Files.readAllBytes(CUDA_SOURCES.resolve(name))),
                    name + " changed since the kernels were built: run scripts/build-kernels.sh");
        }
        List<String> flagLines = new ArrayList<>();
        for (String l : Files.readAllLines(CUDA_SOURCES.resolve("nvcc.flags"), StandardCharsets.UTF_8)) {
            String s = l.replaceAll("#.*", "").strip();
            if (!s.isEmpty()) {
                flagLines.add(s);
            }
        }
        assertEquals(String.join(" ", flagLines), flags, "nvcc options differ from nvcc.flags");
        assertEquals(3, outputs.size(), "expected the two PTX images and the sm_90 fatbin: " + outputs.keySet());
        for (Map.Entry<String, String> e : outputs.entrySet()) {
            assertEquals(e.getValue(), sha256(resource(e.getKey())),
                    e.getKey() + " differs from the image the manifest records: run scripts/build-kernels.sh");
        }
    }

    @Test
    void shippedImagesAreThereAndNameEveryKernel() throws IOException {
        // Runs everywhere: the classpath (not the source tree) must carry the images the GPU backend loads.
        for (String ptx : new String[] {"airan_kernels.compute_90.ptx", "airan_kernels.compute_80.ptx"}) {
            String text = new String(resource(ptx), StandardCharsets.US_ASCII);
            for (String kernel : new String[] {"airan_fft_batched", "airan_ofdm_demod", "airan_ls_average",
                    "airan_interp_taps", "airan_mmse_demap"}) {
                assertTrue(text.contains(".entry " + kernel), ptx + " lacks kernel " + kernel);
            }
        }
        assertTrue(resource("airan_kernels.sm_90.fatbin").length > 0);
        assertTrue(String.join("\n", manifestLines()).contains("min-driver 580"));
    }

    /**
     * Every MMSE kernel {@link CudaUplinkFrontEnd#mmseKernelName} can name for a valid configuration (1-4 layers,
     * layers ≤ antennas ≤ 8, float32 or int8 LLRs) and the DMRS noise kernel are in both PTX images: a missing
     * instantiation would otherwise surface only as a module-lookup failure on a GPU.
     */
    @Test
    void everyMmseInstantiationTheFrontEndCanNameIsShipped() throws IOException {
        for (String ptx : new String[] {"airan_kernels.compute_90.ptx", "airan_kernels.compute_80.ptx"}) {
            String text = new String(resource(ptx), StandardCharsets.US_ASCII);
            assertTrue(text.contains(".entry airan_noise_dmrs("), ptx + " lacks airan_noise_dmrs");
            for (int layers = 1; layers <= org.airan.phy.frontend.UplinkFrontEndConfig.MAX_LAYERS; layers++) {
                for (int rx = layers; rx <= org.airan.phy.frontend.UplinkFrontEndConfig.MAX_RX; rx++) {
                    for (org.airan.phy.frontend.LlrFormat f : org.airan.phy.frontend.LlrFormat.values()) {
                        String name = CudaUplinkFrontEnd.mmseKernelName(layers, rx, f);
                        assertTrue(text.contains(".entry " + name + "("), ptx + " lacks " + name);
                    }
                }
            }
        }
    }

    private static List<String> manifestLines() throws IOException {
        return List.of(new String(resource("kernels.manifest"), StandardCharsets.UTF_8).split("\n"));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = KernelManifestTest.class.getResourceAsStream(CudaModule.RESOURCE_DIR + name)) {
            assertNotNull(in, "missing resource " + name);
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
