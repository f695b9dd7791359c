/**
 * LDPC code-block segmentation and concatenation of the NR shared channels (TS 38.212 §5.2.2 and §5.5):
 * {@link org.airan.phy.coding.segmentation.CodeBlockSegmentation} derives C, K', K_b, Z_c, K and the filler bits
 * from the transport-block size, attaches the code-block CRC24B when C &gt; 1, splits the transport block into
 * code blocks, joins decoded code blocks back, and computes the rate-matching output size E_r of each code block
 * (§5.4.2.1). Bits are one per {@code byte} (0/1).
 */
package org.airan.phy.coding.segmentation;
