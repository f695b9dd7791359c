package org.airan.phy.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** CP lengths and symbol timing of {@link CarrierConfig} against TS 38.211 §4.3, §5.3.1. */
class CarrierConfigTest {

    private static final String CP_TABLE = "ts38211_cyclic_prefix_lengths.csv";
    /** T_c = 1/(480e3·4096) s; κ = 64 (TS 38.211 §4.1). */
    private static final long TC_PER_SECOND = 480_000L * 4096L;
    private static final int KAPPA = 64;

    @Test
    void cpLengthsMatchTheTs38211FormulaInTcForEveryNumerologyAndSize() {
        for (int scs : new int[] {15, 30, 60, 120, 240}) {
            for (int n : new int[] {128, 256, 512, 1024, 1536, 2048, 3072, 4096, 8192}) {
                CarrierConfig c = CarrierConfig.of(scs, Math.min(275, n / 12), n);
                int mu = c.numerology();
                for (int sym = 0; sym < c.symbolsPerSubframe(); sym++) {
                    boolean longCp = sym == 0 || sym == 7 * (1 << mu);
                    long cpTc = (144L * KAPPA >> mu) + (longCp ? 16L * KAPPA : 0);
                    // Samples at N·Δf: N_CP[Tc] · N·Δf / (1/Tc) must be exact.
                    long num = cpTc * n * scs * 1000L;
                    assertEquals(0, num % TC_PER_SECOND, "CP not whole samples");
                    assertEquals(num / TC_PER_SECOND, c.cpLengthSamples(sym), "µ=" + mu + " N=" + n + " sym=" + sym);
                }
            }
        }
    }

    @Test
    void extendedCpIsAQuarterOfTheDftAt60Khz() {
        CarrierConfig c = new CarrierConfig(60, CyclicPrefix.EXTENDED, 100, 2048, 0);
        assertEquals(12, c.symbolsPerSlot());
        for (int sym = 0; sym < c.symbolsPerSubframe(); sym++) {
            assertEquals(512, c.cpLengthSamples(sym)); // 512κ·2^-2 Tc at 2048·60 kHz
        }
        assertEquals(c.samplesPerSubframe(), 4 * c.slotLengthSamples(0));
    }

    @Test
    void namedExamples() {
        CarrierConfig c30 = CarrierConfig.of(30, 273, 4096);
        assertEquals(352, c30.cpLengthSamples(0));
        assertEquals(288, c30.cpLengthSamples(1));
        assertEquals(352, c30.cpLengthSamples(14));
        assertEquals(288, c30.cpLengthSamples(15));
        CarrierConfig c15 = CarrierConfig.of(15, 106, 2048);
        assertEquals(160, c15.cpLengthSamples(0));
        assertEquals(144, c15.cpLengthSamples(1));
        assertEquals(160, c15.cpLengthSamples(7));
        assertEquals(30720, c15.samplesPerSubframe());
        assertEquals(4096 + 352, c30.symbolLengthSamples(0));
        assertEquals(122880, c30.slotLengthSamples(0) + c30.slotLengthSamples(1));
        assertEquals(122880, c30.samplesPerSubframe());
        assertEquals(20, c30.slotsPerFrame());
        assertEquals(2000, c30.slotsPerSecond());
    }

    @Test
    void subframeIsExactlyNTimesScsOver1000SamplesAndSymbolsTile() {
        for (int scs : new int[] {15, 30, 60, 120, 240}) {
            for (CyclicPrefix cp : CyclicPrefix.values()) {
                if (cp == CyclicPrefix.EXTENDED && scs != 60) {
                    continue;
                }
                for (int n : new int[] {256, 1536, 2048, 3072, 4096}) {
                    CarrierConfig c = new CarrierConfig(scs, cp, Math.min(275, n / 12), n, 0);
                    assertEquals((long) n * scs * 1000 / 1000, c.samplesPerSubframe());
                    int sum = 0;
                    for (int sym = 0; sym < c.symbolsPerSubframe(); sym++) {
                        assertEquals(sum, c.symbolStartInSubframe(sym));
                        assertEquals(sum + c.cpLengthSamples(sym), c.usefulStartInSubframe(sym));
                        sum += c.symbolLengthSamples(sym);
                    }
                    assertEquals(c.samplesPerSubframe(), sum, "subframe tiling µ=" + c.numerology() + " N=" + n);
                    int slots = 0;
                    for (int s = 0; s < c.slotsPerSubframe(); s++) {
                        assertEquals(slots, c.slotStartInSubframe(s));
                        for (int l = 0; l < c.symbolsPerSlot(); l++) {
                            assertEquals(c.symbolStartInSubframe(c.symbolInSubframe(s, l)) - slots,
                                    c.symbolStartInSlot(s, l));
                        }
                        slots += c.slotLengthSamples(s);
                    }
                    assertEquals(sum, slots);
                    assertEquals(10 << c.numerology(), c.slotsPerFrame());
                    // Half-subframe boundary (0.5 ms) falls on the start of symbol 7·2^µ (normal CP).
                    if (cp == CyclicPrefix.NORMAL) {
                        assertEquals(c.samplesPerSubframe() / 2, c.symbolStartInSubframe(7 << c.numerology()));
                    }
                }
            }
        }
    }

    @Test
    void matchesTheVerifiedCpTable() throws IOException {
        List<String[]> rows = readCsv(new InputStreamReader(
                CarrierConfigTest.class.getResourceAsStream(CP_TABLE), StandardCharsets.UTF_8));
        int checked = checkRows(rows);
        assertEquals(10, checked, "rows for µ 0..4 × N 2048/4096");
    }

    @Test
    void bundledCpTableEqualsTheSharedOne() throws IOException {
        String dir = System.getProperty("airan.shared.dir");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir, "3gpp", "ts38211")),
                "shared 3GPP tables not present");
        Path shared = Path.of(dir, "3gpp", "ts38211", CP_TABLE);
        Assumptions.assumeTrue(Files.exists(shared), "shared CP table not present");
        List<String[]> a = readCsv(Files.newBufferedReader(shared));
        List<String[]> b = readCsv(new InputStreamReader(
                CarrierConfigTest.class.getResourceAsStream(CP_TABLE), StandardCharsets.UTF_8));
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(String.join(",", a.get(i)), String.join(",", b.get(i)));
        }
        checkRows(a);
    }

    private static int checkRows(List<String[]> rows) {
        String[] h = rows.get(0);
        List<String> head = List.of(h);
        int checked = 0;
        for (String[] r : rows.subList(1, rows.size())) {
            int mu = Integer.parseInt(r[head.indexOf("mu")]);
            if (mu > 4) {
                continue; // 480/960 kHz (Rel-17) are outside CarrierConfig's range
            }
            int scs = Integer.parseInt(r[head.indexOf("scs_kHz")]);
            int n = Integer.parseInt(r[head.indexOf("N_FFT")]);
            CarrierConfig c = CarrierConfig.of(scs, 100, n);
            assertEquals(Integer.parseInt(r[head.indexOf("N_CP_normal_samples")]), c.cpLengthSamples(1));
            assertEquals(Integer.parseInt(r[head.indexOf("N_CP_long_samples")]), c.cpLengthSamples(0));
            assertEquals(Integer.parseInt(r[head.indexOf("symbols_per_frame")]), 10 * c.symbolsPerSubframe());
            String[] longIdx = r[head.indexOf("long_CP_symbol_indices_in_subframe")].split(" and ");
            for (String idx : longIdx) {
                assertEquals(c.cpLengthSamples(0), c.cpLengthSamples(Integer.parseInt(idx.trim())));
            }
            String ext = r[head.indexOf("N_CP_extended_samples")];
            if (!ext.isEmpty()) {
                CarrierConfig e = new CarrierConfig(scs, CyclicPrefix.EXTENDED, 100, n, 0);
                assertEquals(Integer.parseInt(ext), e.cpLengthSamples(5));
            }
            checked++;
        }
        return checked;
    }

    private static List<String[]> readCsv(java.io.Reader reader) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader br = new BufferedReader(reader)) {
            String line;
            while ((line = br.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split(",", -1));
            }
        }
        return rows;
    }

    @Test
    void validation() {
        assertThrows(IllegalArgumentException.class, () -> CarrierConfig.of(30, 273, 2048)); // 3276 > 2048
        assertThrows(IllegalArgumentException.class, () -> CarrierConfig.of(45, 10));
        assertThrows(IllegalArgumentException.class, () -> CarrierConfig.of(30, 0));
        assertThrows(IllegalArgumentException.class, () -> CarrierConfig.of(30, 276));
        assertThrows(IllegalArgumentException.class, () -> CarrierConfig.of(30, 10, 1000)); // not ×128
        assertThrows(IllegalArgumentException.class,
                () -> new CarrierConfig(30, CyclicPrefix.EXTENDED, 10, 1024, 0));
        var e = assertThrows(IllegalArgumentException.class, () -> CarrierConfig.of(30, 273, 3200));
        assertTrue(e.getMessage().contains("dftSize"), e.getMessage());
        assertEquals(1536, CarrierConfig.of(30, 106, 1536).dftSize());
        assertEquals(3072, CarrierConfig.of(30, 217, 3072).dftSize());
        assertEquals(4096, CarrierConfig.defaultDftSize(273));
        assertEquals(2048, CarrierConfig.defaultDftSize(106));
        assertEquals(512, CarrierConfig.defaultDftSize(24));
        assertThrows(IllegalArgumentException.class, () -> CarrierConfig.of(30, 10).cpLengthSamples(28));
        assertThrows(IllegalArgumentException.class, () -> CarrierConfig.of(30, 10).slotLengthSamples(2));
    }
}
