package org.airan.phy.channel;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.airan.phy.grid.CarrierConfig;

/**
 * Clustered-delay-line channel of TR 38.901 §7.7.1 between two {@link AntennaArray}s, so that beams and precoders
 * see a geometric channel.
 *
 * <p>Construction follows §7.7.1: each non-LOS cluster n has M = 20 rays at angles
 * {@code φ_{n,m} = φ_n + c_AS·α_m} (and likewise for AOD, ZOA, ZOD) with the ray offsets α_m of Table 7.5-3; the
 * rays are coupled at random within a cluster (step 2); each ray gets four random initial phases and the XPR κ of
 * the model (step 3); the coefficient of ray m of cluster n between receive element u and transmit element s is
 * (eq. 7.5-28, cluster delay applied to all rays)
 * <pre>
 *   √(P_n/M) · [F_rx,θ F_rx,φ] · [[e^{jΦθθ}, √(1/κ)e^{jΦθφ}], [√(1/κ)e^{jΦφθ}, e^{jΦφφ}]] · [F_tx,θ F_tx,φ]ᵀ
 *            · e^{j2π r̂_rx·d̄_u} · e^{j2π r̂_tx·d̄_s} · e^{j2π ν_{n,m} t},   ν = r̂_UE·v̄/λ.
 * </pre>
 * The LOS ray of CDL-D/E is a single ray at the cluster angles with polarization matrix diag(1, −1) (eq. 7.5-29)
 * and a random common phase. Positions d̄ are in wavelengths. With isotropic single-polarized elements the channel
 * has unit mean power per antenna pair. Angles outside [0°, 180°] in zenith are folded onto the sphere. With
 * {@link CdlConfig#angleScaling()} the cluster angles are first scaled to the desired spreads and means
 * (§7.7.5.1, {@link CdlAngleScaling}).
 */
public final class CdlChannel extends MultipathChannel {

    /** Ray offset angles α_m of TR 38.901 Table 7.5-3 (20 rays per cluster). */
    static final double[] RAY_OFFSETS = {0.0447, -0.0447, 0.1413, -0.1413, 0.2492, -0.2492, 0.3715, -0.3715,
            0.5129, -0.5129, 0.6797, -0.6797, 0.8844, -0.8844, 1.1481, -1.1481, 1.5195, -1.5195, 2.1551, -2.1551};
    /** Rays per non-LOS cluster. */
    public static final int RAYS_PER_CLUSTER = 20;

    private final CdlConfig config;
    private final int numPairs;
    private final int numPaths;
    private final int numRays;
    private final int[] rayCluster;
    private final double[] rayOmega;
    private final float[] rayCoef; // [ray][pair] complex

    /** Creates the channel for {@code carrier}; all buffers are sized here. */
    public CdlChannel(CdlConfig config, CarrierConfig carrier) {
        this(config, carrier, config.clusters());
    }

    private CdlChannel(CdlConfig config, CarrierConfig carrier, CdlModel.Clusters cl) {
        super(carrier, config.txArray().numElements(), config.rxArray().numElements(), cl.delaysSeconds(),
                config.fractionalDelayTaps(), config.updateIntervalSamples() > 0 ? config.updateIntervalSamples()
                        : TdlConfig.autoInterval(config.maxDopplerHz(), carrier.sampleRateHz(), carrier.dftSize()));
        this.config = config;
        AntennaArray txa = config.txArray(), rxa = config.rxArray();
        int nt = txa.numElements(), nr = rxa.numElements();
        this.numPairs = nt * nr;
        this.numPaths = cl.numClusters();
        int rays = 0;
        for (int n = 0; n < numPaths; n++) {
            rays += cl.los()[n] ? 1 : RAYS_PER_CLUSTER;
        }
        this.numRays = rays;
        this.rayCluster = new int[rays];
        this.rayOmega = new double[rays];
        this.rayCoef = new float[2 * rays * numPairs];

        boolean dl = config.downlink();
        double[] depAz = dl ? cl.aodDeg() : cl.aoaDeg(), depZe = dl ? cl.zodDeg() : cl.zoaDeg();
        double[] arrAz = dl ? cl.aoaDeg() : cl.aodDeg(), arrZe = dl ? cl.zoaDeg() : cl.zodDeg();
        double cDepAz = dl ? cl.cAsdDeg() : cl.cAsaDeg(), cDepZe = dl ? cl.cZsdDeg() : cl.cZsaDeg();
        double cArrAz = dl ? cl.cAsaDeg() : cl.cAsdDeg(), cArrZe = dl ? cl.cZsaDeg() : cl.cZsdDeg();
        double kappaInvSqrt = Math.sqrt(1 / Math.pow(10, cl.xprDb() / 10));
        double lambda = config.wavelengthMeters();
        double v = config.ueSpeedMps();
        double vx = v * Math.cos(config.travelAzimuthRad()), vy = v * Math.sin(config.travelAzimuthRad());

        SplittableRandom rng = new SplittableRandom(config.seed());
        double[][] txPos = new double[nt][], rxPos = new double[nr][];
        for (int s = 0; s < nt; s++) {
            txPos[s] = txa.position(s);
        }
        for (int u = 0; u < nr; u++) {
            rxPos[u] = rxa.position(u);
        }
        // per-element complex field (θ, φ) for one ray: scratch
        double[] txF = new double[4 * nt], rxF = new double[4 * nr];
        int[] pa = new int[RAYS_PER_CLUSTER], pb = new int[RAYS_PER_CLUSTER], pc = new int[RAYS_PER_CLUSTER],
                pd = new int[RAYS_PER_CLUSTER];
        int ray = 0;
        for (int n = 0; n < numPaths; n++) {
            boolean isLos = cl.los()[n];
            int m = isLos ? 1 : RAYS_PER_CLUSTER;
            identity(pa);
            identity(pb);
            identity(pc);
            identity(pd);
            if (!isLos) {
                shuffle(pb, rng);
                shuffle(pc, rng);
                shuffle(pd, rng);
            }
            double amp = Math.sqrt(cl.powers()[n] / m);
            double losPhase = isLos ? 2 * Math.PI * rng.nextDouble() : 0;
            for (int r = 0; r < m; r++, ray++) {
                double dAz = depAz[n] + (isLos ? 0 : cDepAz * RAY_OFFSETS[pa[r]]);
                double aAz = arrAz[n] + (isLos ? 0 : cArrAz * RAY_OFFSETS[pb[r]]);
                double dZe = depZe[n] + (isLos ? 0 : cDepZe * RAY_OFFSETS[pc[r]]);
                double aZe = arrZe[n] + (isLos ? 0 : cArrZe * RAY_OFFSETS[pd[r]]);
                double[] dep = direction(dZe, dAz), arr = direction(aZe, aAz);
                // polarization matrix
                double[] pol = new double[8];
                if (isLos) {
                    pol[0] = Math.cos(losPhase);
                    pol[1] = Math.sin(losPhase);
                    pol[6] = -Math.cos(losPhase);
                    pol[7] = -Math.sin(losPhase);
                } else {
                    for (int i = 0; i < 4; i++) {
                        double ph = 2 * Math.PI * rng.nextDouble() - Math.PI;
                        double a = (i == 0 || i == 3) ? 1 : kappaInvSqrt;
                        pol[2 * i] = a * Math.cos(ph);
                        pol[2 * i + 1] = a * Math.sin(ph);
                    }
                }
                fields(txa, txPos, dep, txF);
                fields(rxa, rxPos, arr, rxF);
                double[] ue = dl ? arr : dep;
                rayOmega[ray] = 2 * Math.PI * (ue[0] * vx + ue[1] * vy) / lambda;
                rayCluster[ray] = n;
                for (int u = 0; u < nr; u++) {
                    double rtr = rxF[4 * u], rti = rxF[4 * u + 1], rpr = rxF[4 * u + 2], rpi = rxF[4 * u + 3];
                    for (int s = 0; s < nt; s++) {
                        double ttr = txF[4 * s], tti = txF[4 * s + 1], tpr = txF[4 * s + 2], tpi = txF[4 * s + 3];
                        // a = Pθθ·tθ + Pθφ·tφ ; b = Pφθ·tθ + Pφφ·tφ ; c = rθ·a + rφ·b
                        double ar = pol[0] * ttr - pol[1] * tti + pol[2] * tpr - pol[3] * tpi;
                        double ai = pol[0] * tti + pol[1] * ttr + pol[2] * tpi + pol[3] * tpr;
                        double br = pol[4] * ttr - pol[5] * tti + pol[6] * tpr - pol[7] * tpi;
                        double bi = pol[4] * tti + pol[5] * ttr + pol[6] * tpi + pol[7] * tpr;
                        double cr = rtr * ar - rti * ai + rpr * br - rpi * bi;
                        double ci = rtr * ai + rti * ar + rpr * bi + rpi * br;
                        int q = u * nt + s;
                        rayCoef[2 * (ray * numPairs + q)] = (float) (amp * cr);
                        rayCoef[2 * (ray * numPairs + q) + 1] = (float) (amp * ci);
                    }
                }
            }
        }
    }

    /** The configuration. */
    public CdlConfig config() {
        return config;
    }

    /** Total number of rays (20 per cluster, 1 for a LOS ray). */
    public int numRays() {
        return numRays;
    }

    private static void identity(int[] p) {
        for (int i = 0; i < p.length; i++) {
            p[i] = i;
        }
    }

    private static void shuffle(int[] p, SplittableRandom rng) {
        for (int i = p.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
    }

    /** Unit vector {x, y, z, θ(rad), φ(rad)} for zenith/azimuth in degrees, zenith folded into [0°, 180°]. */
    static double[] direction(double zenithDeg, double azimuthDeg) {
        double th = ((zenithDeg % 360) + 360) % 360;
        double ph = azimuthDeg;
        if (th > 180) {
            th = 360 - th;
            ph += 180;
        }
        double t = Math.toRadians(th), p = Math.toRadians(ph);
        return new double[] {Math.sin(t) * Math.cos(p), Math.sin(t) * Math.sin(p), Math.cos(t), t, p};
    }

    /** Per element: F_θ·e^{j2π r̂·d̄} (re, im), F_φ·e^{j2π r̂·d̄} (re, im). */
    private static void fields(AntennaArray a, double[][] pos, double[] dir, double[] out) {
        double g = Math.sqrt(a.gain(dir[3], dir[4]));
        for (int e = 0; e < pos.length; e++) {
            double ph = 2 * Math.PI * (dir[0] * pos[e][0] + dir[1] * pos[e][1] + dir[2] * pos[e][2]);
            double c = Math.cos(ph), s = Math.sin(ph);
            double z = a.slant(e);
            double ft = g * Math.cos(z), fp = g * Math.sin(z);
            out[4 * e] = ft * c;
            out[4 * e + 1] = ft * s;
            out[4 * e + 2] = fp * c;
            out[4 * e + 3] = fp * s;
        }
    }

    @Override
    protected void pathCoefficients(double t, float[] out) {
        Arrays.fill(out, 0, 2 * numPairs * numPaths, 0f);
        for (int r = 0; r < numRays; r++) {
            double ph = rayOmega[r] * t;
            float er = (float) Math.cos(ph), ei = (float) Math.sin(ph);
            int n = rayCluster[r];
            int cb = 2 * r * numPairs;
            for (int q = 0; q < numPairs; q++) {
                float cr = rayCoef[cb + 2 * q], ci = rayCoef[cb + 2 * q + 1];
                int o = 2 * (q * numPaths + n);
                out[o] += cr * er - ci * ei;
                out[o + 1] += cr * ei + ci * er;
            }
        }
    }
}
