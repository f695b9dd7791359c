/**
 * GPU backend support: run-time detection of a CUDA device through the JCuda driver API.
 *
 * <p>{@link org.airan.phy.gpu.GpuProbe} is asked once per process whether a CUDA driver and at least one device
 * are present; the answer, {@link org.airan.phy.gpu.GpuStatus}, either lists the devices or says in one line why
 * the GPU backend cannot be used (no driver library, no device, driver too old, ...). Nothing here throws for a
 * missing GPU: the CPU backend is always available and is the reference (see the project's design guide,
 * "Blocks, configs, backends"). This package does no 3GPP processing itself, so it cites no TS clause.
 */
package org.airan.phy.gpu;
