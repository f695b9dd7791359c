/**
 * Link-level radio channel models of TR 38.901 §7.7 and receiver impairments.
 *
 * <ul>
 *   <li>{@link org.airan.phy.channel.TdlChannel}: TDL-A..E (Tables 7.7.2-1..5, delay-spread scaling §7.7.3) and the
 *       TDL-A30/B100/C300 profiles of TS 38.101-4 Annex B.2.1 / TS 38.104 Annex G.2.1, sum-of-sinusoids Doppler,
 *       LOS K-factor taps, Kronecker antenna correlation ({@link org.airan.phy.channel.MimoCorrelation}).</li>
 *   <li>{@link org.airan.phy.channel.CdlChannel}: CDL-A..E (Tables 7.7.1-1..5) with 20 rays per cluster
 *       (Table 7.5-3), uniform planar arrays and the element pattern of Table 7.3-1
 *       ({@link org.airan.phy.channel.AntennaArray}), per-ray Doppler, optional scaling of the cluster angles to
 *       desired spreads and means (§7.7.5.1, {@link org.airan.phy.channel.CdlAngleScaling},
 *       {@link org.airan.phy.channel.AngularSpread}); queryable through a transmit beam.</li>
 *   <li>{@link org.airan.phy.channel.MultipathChannel}: the shared engine: time-domain tapped delay line on
 *       interleaved IQ (fractional delays, coefficients varying within a slot) and a per-RE frequency response.</li>
 *   <li>{@link org.airan.phy.channel.AwgnChannel} (SNR per data RE), {@link org.airan.phy.channel.FrequencyOffset},
 *       {@link org.airan.phy.channel.TimingOffset}, {@link org.airan.phy.channel.PhaseNoise},
 *       {@link org.airan.phy.channel.IqClipper}.</li>
 * </ul>
 *
 * <p>All models are normalized to unit total power and are deterministic functions of their seed. The tables are
 * bundled as resources of this package (each file names its source table in its header).
 */
package org.airan.phy.channel;
