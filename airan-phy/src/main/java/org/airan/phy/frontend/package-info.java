/**
 * The uplink receive front end as one batched block: OFDM demodulation (TS 38.211 §5.3.1), least-squares
 * channel estimation at the PUSCH DMRS (§6.4.1.1, configuration type 1, 1-4 layers on ports 0, 2, 1, 3 with FD-OCC
 * de-spreading where a CDM group holds two layers) with a frequency filter given as a tap list over each layer's
 * {@link org.airan.phy.frontend.PilotGrid} (linear interpolation, or any precomputed filter such as an LMMSE
 * matrix), the noise variance given or estimated from the DMRS ({@link org.airan.phy.frontend.NoiseEstimation}),
 * MMSE equalization per resource element (§6.3.1.5 layers seen through the channel) and max-log soft demapping (§6.3.1.2, §5.1) — from antenna
 * samples to codeword LLRs for a batch of cells or slots.
 *
 * <p>{@link org.airan.phy.frontend.UplinkFrontEnd} is the role; {@link org.airan.phy.frontend.CpuUplinkFrontEnd}
 * composes the CPU blocks and is the reference; {@link org.airan.phy.frontend.ParallelCpuUplinkFrontEnd} runs it on a
 * fixed set of threads (cells, or antennas and symbol ranges of a cell, per thread) with bit-for-bit the same LLRs;
 * {@code org.airan.phy.gpu.CudaUplinkFrontEnd} runs the same
 * arithmetic as CUDA kernels so that only LLRs come back from the device. {@link org.airan.phy.frontend.UplinkFrontEnds}
 * picks the backend.
 *
 * <p>Formats ({@link org.airan.phy.frontend.UplinkIoFormat}, decision 092): float32 or int16 samples in
 * ({@link org.airan.phy.frontend.SampleFormat}, {@link org.airan.phy.frontend.Int16Samples}), float32 or int8 LLRs
 * out ({@link org.airan.phy.frontend.LlrFormat}, {@code org.airan.phy.modulation.LlrQuantizer}).
 */
package org.airan.phy.frontend;
