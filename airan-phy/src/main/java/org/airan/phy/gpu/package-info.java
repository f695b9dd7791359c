/**
 * The CUDA GPU backend, through the JCuda driver API only.
 *
 * <p><b>Detection.</b> {@link org.airan.phy.gpu.GpuProbe} asks once per process whether a CUDA driver and at least
 * one device are present; {@link org.airan.phy.gpu.GpuStatus} lists the devices or says in one line why not.
 * {@link org.airan.phy.gpu.GpuBackend} then retains the primary context of device 0 and loads the kernel module,
 * once; any failure makes the backend unavailable with the reason and the factories use the CPU, which is always
 * available and is the reference (design guide, "Blocks, configs, backends").
 *
 * <p><b>Driver-API wrappers</b> (AutoCloseable, every failed call a {@link org.airan.phy.gpu.CudaCallException}
 * naming the call and the CUDA error): {@link org.airan.phy.gpu.CudaContext}, {@link org.airan.phy.gpu.CudaStream},
 * {@link org.airan.phy.gpu.CudaEvent}, {@link org.airan.phy.gpu.DeviceBuffer}, {@link org.airan.phy.gpu.PinnedBuffer},
 * {@link org.airan.phy.gpu.CudaModule} (kernels shipped as compute_90/compute_80 PTX and an sm_90 fatbin, built by
 * {@code scripts/build-kernels.sh} from {@code src/main/cuda}; driver release 580+), {@link org.airan.phy.gpu.CudaKernel}.
 *
 * <p><b>cuFFT.</b> {@link org.airan.phy.gpu.Cufft} binds NVIDIA cuFFT through {@code java.lang.foreign} where it is
 * installed (found once at run time, never required); {@link org.airan.phy.gpu.CufftDftProcessor} is a batched
 * {@code DftProcessor} on it, and {@link org.airan.phy.gpu.GpuFftStage} ({@code -Dairan.gpu.fft=own|cufft|auto})
 * chooses the FFT stage of the OFDM blocks: the fused own kernel (default) or gather → batched cuFFT → extract.
 *
 * <p><b>Blocks.</b> {@link org.airan.phy.gpu.CudaDftProcessor} (batched DFT), {@link org.airan.phy.gpu.CudaOfdmDemodulator}
 * (TS 38.211 §5.3.1 demodulation of many port-slots per launch) and {@link org.airan.phy.gpu.CudaUplinkFrontEnd}
 * (OFDM → DMRS LS estimation, §6.4.1.1 → MMSE → max-log LLRs, §5.1, for a batch of cells). Not yet run on a GPU:
 * their tests skip without one, and their arithmetic is checked on the host by {@code scripts/emulate-kernels.sh}.
 */
package org.airan.phy.gpu;
