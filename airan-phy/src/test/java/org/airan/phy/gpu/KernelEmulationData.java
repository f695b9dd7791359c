package org.airan.phy.gpu;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airan.phy.frontend.CpuUplinkFrontEnd;
import org.airan.phy.frontend.FrequencyFilter;
import org.airan.phy.frontend.LlrFormat;
import org.airan.phy.frontend.NoiseEstimation;
import org.airan.phy.frontend.PilotGrid;
import org.airan.phy.frontend.SampleFormat;
import org.airan.phy.frontend.UplinkIoFormat;
import org.airan.phy.frontend.UplinkFrontEndConfig;
import org.airan.phy.frontend.UplinkSlotFixture;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.modulation.Modulation;
import org.airan.phy.modulation.ModulationMapper;
import org.airan.phy.ofdm.OfdmConfig;

/**
 * Writes the kernel arguments of one {@link CudaUplinkFrontEnd} batch — the same tables its constructor uploads,
 * the inputs in its device layout (float32 and the fixture's int16 copy) — and the {@link CpuUplinkFrontEnd} LLRs
 * (float32 from float32 and from int16 samples, int8 from int16 samples), as little-endian binary files, for
 * the host emulation of the kernels ({@code src/test/cuda}, run by {@code scripts/emulate-kernels.sh}).
 *
 * <p>Arguments: {@code dir nrb dftSize layers modulation items slot [lmmse|joint|linear] [n0]}: {@code n0}
 * estimates N_0 from the DMRS ({@link NoiseEstimation#DMRS}); {@code n0.f32} then holds the CPU's estimates from
 * the float32 samples.
 */
public final class KernelEmulationData {

    private KernelEmulationData() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int nrb = Integer.parseInt(args[1]);
        int dft = Integer.parseInt(args[2]);
        int layers = Integer.parseInt(args[3]);
        Modulation mod = Modulation.valueOf(args[4]);
        int items = Integer.parseInt(args[5]);
        int slot = Integer.parseInt(args[6]);
        Files.createDirectories(dir);
        OfdmConfig ofdm = new OfdmConfig(CarrierConfig.of(30, nrb, dft), 0.5, 0);
        PilotGrid grid = PilotGrid.type1(nrb, layers);
        String kind = args.length > 7 ? args[7] : "linear";
        FrequencyFilter filter = switch (kind) {
            case "lmmse" -> FrequencyFilter.lmmse(grid, 4, 30e3, 2.3e-6, 100.0);
            case "joint" -> FrequencyFilter.jointLinear(nrb, layers);
            default -> FrequencyFilter.linear(grid);
        };
        boolean estimate = args.length > 8 && args[8].equals("n0");
        UplinkFrontEndConfig c = new UplinkFrontEndConfig(ofdm, 4, layers, 0, nrb, 0, 14, new int[] {2, 11}, mod,
                filter, items).withNoiseEstimation(estimate ? NoiseEstimation.DMRS : NoiseEstimation.GIVEN);
        UplinkSlotFixture f = new UplinkSlotFixture(c, items, 25.0, slot, 7L * nrb + items);
        float[][] llr = new float[items][c.numLlrs()];
        try (CpuUplinkFrontEnd ref = new CpuUplinkFrontEnd(c)) {
            ref.process(f.in, 6, f.slot, f.pilots, f.noiseVariance, llr, items);
        }
        // The compact formats: int16 samples (the fixture's int16 copy) to float32 and to int8 LLRs.
        float[][] llr16 = new float[items][c.numLlrs()];
        byte[][] llr8 = new byte[items][c.numLlrs()];
        try (CpuUplinkFrontEnd a = new CpuUplinkFrontEnd(c.withIo(UplinkIoFormat.of(SampleFormat.INT16,
                LlrFormat.FLOAT32))); CpuUplinkFrontEnd b = new CpuUplinkFrontEnd(c.withIo(UplinkIoFormat.COMPACT))) {
            // Copies of N_0: with NoiseEstimation.DMRS each run writes its own estimate (from the int16 grid), and
            // n0.f32 must keep the float32 run's.
            a.process(f.in16, 6, f.int16Scale, f.slot, f.pilots, f.noiseVariance.clone(), llr16, items);
            b.process(f.in16, 6, f.int16Scale, f.slot, f.pilots, f.noiseVariance.clone(), llr8, items);
        }
        CarrierConfig carrier = ofdm.carrier();
        FftPlan plan = FftPlan.of(dft);
        int[] starts = new int[carrier.slotsPerSubframe() * carrier.symbolsPerSlot()];
        int[] slotLength = new int[carrier.slotsPerSubframe()];
        float[] factors = CudaOfdmDemodulator.tables(ofdm, starts, slotLength);
        int mb = mod.bitsPerSymbol() / 2;
        float[] levels = new float[1 << mb];
        for (int v = 0; v < levels.length; v++) {
            levels[v] = (float) (ModulationMapper.pamLevel(mod, v) * mod.scale());
        }
        int[] comb = new int[layers];
        int[] span = new int[layers];
        for (int v = 0; v < layers; v++) {
            comb[v] = UplinkFrontEndConfig.comb(v);
            span[v] = c.pilotSpan(v);
        }
        int slotStride = carrier.maxSlotLengthSamples();
        int s = carrier.slotInSubframe(slot);
        float[] in = new float[2 * items * 4 * slotStride];
        short[] in16 = new short[2 * items * 4 * slotStride];
        for (int i = 0; i < items; i++) {
            for (int r = 0; r < 4; r++) {
                System.arraycopy(f.in[i][r], 6, in, 2 * (i * 4 + r) * slotStride, 2 * slotLength[s]);
                System.arraycopy(f.in16[i][r], 6, in16, 2 * (i * 4 + r) * slotStride, 2 * slotLength[s]);
            }
        }
        float[] llr16All = new float[items * c.numLlrs()];
        byte[] llr8All = new byte[items * c.numLlrs()];
        for (int i = 0; i < items; i++) {
            System.arraycopy(llr16[i], 0, llr16All, i * c.numLlrs(), c.numLlrs());
            System.arraycopy(llr8[i], 0, llr8All, i * c.numLlrs(), c.numLlrs());
        }
        float[] pilots = new float[items * c.numPilotFloats()];
        for (int i = 0; i < items; i++) {
            System.arraycopy(f.pilots[i], 0, pilots, i * c.numPilotFloats(), c.numPilotFloats());
        }
        float[] llrAll = new float[items * c.numLlrs()];
        for (int i = 0; i < items; i++) {
            System.arraycopy(llr[i], 0, llrAll, i * c.numLlrs(), c.numLlrs());
        }
        int firstBin = Math.floorMod(carrier.k0() - 6 * carrier.numResourceBlocks(), dft);
        ints(dir, "params.i32", new int[] {dft, plan.m(), plan.logM(), plan.radix3() ? 1 : 0,
            carrier.numSubcarriers(), firstBin, carrier.symbolsPerSlot(), slotStride, 4, layers,
            c.dmrsSymbols().length, c.dataSymbols().length, 12 * c.startRb(), c.numPilots(), c.numSubcarriers(),
            c.filter().numTaps(), mb, items, s, plan.threadsPerBlock(), estimate ? 1 : 0});
        floats(dir, "twiddles.f32", plan.twiddles());
        ints(dir, "starts.i32", starts);
        floats(dir, "factors.f32", factors);
        ints(dir, "dmrs.i32", c.dmrsSymbols());
        ints(dir, "data.i32", c.dataSymbols());
        ints(dir, "comb.i32", comb);
        ints(dir, "span.i32", span);
        ints(dir, "tapidx.i32", c.filter().index());
        floats(dir, "tapw.f32", c.filter().weight());
        floats(dir, "levels.f32", levels);
        floats(dir, "in.f32", in);
        floats(dir, "pilots.f32", pilots);
        floats(dir, "n0.f32", f.noiseVariance);
        floats(dir, "llr_cpu.f32", llrAll);
        ByteBuffer b16 = ByteBuffer.allocate(2 * in16.length).order(ByteOrder.LITTLE_ENDIAN);
        b16.asShortBuffer().put(in16);
        Files.write(dir.resolve("in16.i16"), b16.array());
        floats(dir, "scale.f32", f.int16Scale);
        floats(dir, "llr_cpu_i16.f32", llr16All);
        Files.write(dir.resolve("llr_cpu_i8.i8"), llr8All);
        floats(dir, "llrscale.f32", new float[] {UplinkIoFormat.COMPACT.llrScale()});
    }

    private static void floats(Path dir, String name, float[] a) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4 * a.length).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(a);
        Files.write(dir.resolve(name), b.array());
    }

    private static void ints(Path dir, String name, int[] a) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4 * a.length).order(ByteOrder.LITTLE_ENDIAN);
        b.asIntBuffer().put(a);
        Files.write(dir.resolve(name), b.array());
    }
}
