/**
 * LDPC channel coding of the NR shared channels (TS 38.212 §5.3.2): the two base graphs and their 51 lifting
 * sizes ({@link org.airan.phy.coding.ldpc.LdpcBaseGraph}, {@link org.airan.phy.coding.ldpc.LiftingSizes},
 * {@link org.airan.phy.coding.ldpc.LdpcCode}), the encoder ({@link org.airan.phy.coding.ldpc.LdpcEncoder}) and
 * the decoders ({@link org.airan.phy.coding.ldpc.LdpcDecoder}).
 *
 * <p>Conventions used throughout this package:
 * <ul>
 *   <li>Hard bits are unpacked, one bit per {@code byte} (0 or 1), passed as {@code (array, offset)}.</li>
 *   <li>Soft bits are {@code float} log-likelihood ratios {@code LLR = ln P(b=0)/P(b=1)}: positive means bit 0.
 *       A value of magnitude {@link org.airan.phy.coding.ldpc.LdpcDecoder#KNOWN_BIT_LLR} marks a known bit
 *       (filler bits of TS 38.212 §5.2.2 are known zeros); 0 marks a bit that was not received (punctured or
 *       not selected by rate matching).</li>
 *   <li>The encoder output and the decoder input are the {@code N = 66·Z_c} (BG1) or {@code 50·Z_c} (BG2) bits
 *       {@code d_0..d_{N-1}} of §5.3.2, i.e. the lifted codeword without its first {@code 2·Z_c} (punctured)
 *       systematic bits.</li>
 * </ul>
 */
package org.airan.phy.coding.ldpc;
