package org.airan.phy;

/**
 * Where a processing block runs. {@link #CPU} is always available and is the reference every other backend is
 * tested against; {@link #GPU} needs a CUDA device and driver; {@link #AUTO} picks the best backend that is
 * usable on this machine and records why the others were not chosen.
 *
 * <p>Factories (e.g. {@code DftProcessors}, {@code Ofdm}) take a {@code Backend}: an explicit backend that is not
 * available is refused with the reason, {@code AUTO} never fails and falls back to {@code CPU}.
 */
public enum Backend {
    /** Java on the CPU: always available, the reference implementation. */
    CPU,
    /** CUDA on an NVIDIA GPU (JCuda driver API); available only where a device and driver are found. */
    GPU,
    /** The best available backend; resolves to {@link #CPU} when no GPU backend is usable. */
    AUTO
}
