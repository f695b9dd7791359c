/**
 * SigMF 1.x recordings: reading, writing and validating {@code .sigmf-meta} / {@code .sigmf-data} pairs.
 *
 * <ul>
 *   <li>{@link org.airan.vectors.sigmf.SigmfReader} opens a recording into a memory-mapped
 *       {@link org.airan.vectors.sigmf.SigmfRecording} that streams samples of any
 *       {@link org.airan.vectors.sigmf.SigmfDatatype} into one interleaved {@code float[]} per channel, by index or
 *       with a {@link org.airan.vectors.sigmf.SigmfCursor}, without allocating per call;</li>
 *   <li>{@link org.airan.vectors.sigmf.SigmfWriter} appends samples block by block and writes the metadata at close,
 *       atomically, with {@code core:sha512};</li>
 *   <li>{@link org.airan.vectors.sigmf.SigmfMetadata} keeps the whole JSON tree (so other extensions and unknown
 *       keys survive a read-modify-write) with typed accessors for the {@code core:} global, capture and
 *       annotation fields;</li>
 *   <li>malformed input is a {@link org.airan.vectors.sigmf.SigmfException} naming the file, the field, the value
 *       and the rule.</li>
 * </ul>
 *
 * <p>Full scale is 1.0: {@code ci16} 32767 and {@code ci8} 127 read as 1.0, and levels in dBFS are relative to a
 * complex magnitude of 1 ({@link org.airan.vectors.sigmf.ChannelStats}).
 */
package org.airan.vectors.sigmf;
