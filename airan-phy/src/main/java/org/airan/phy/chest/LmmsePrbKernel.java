package org.airan.phy.chest;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The per-PRB LMMSE interpolation kernel on the Vector API: the 12 complex outputs of a PRB (24 floats, three
 * 8-lane vectors) accumulate {@code out += A_i·e_r + B_i·e_i} over the window's pilots i, with
 * {@code A_i = (f_r, f_i)} and {@code B_i = (−f_i, f_r)} of the 12 outputs (the layout of
 * {@link LmmseChannelEstimator}'s blocked filters). Multiply and add are separate (no FMA), in the same order over i
 * as the scalar dot products, so the floats are identical. Loaded only when {@code jdk.incubator.vector} is present.
 */
final class LmmsePrbKernel {

    private static final VectorSpecies<Float> S = FloatVector.SPECIES_256;

    private LmmsePrbKernel() {
    }

    /**
     * @param f   blocked filters of one bank and window position, from {@code fb}: pw groups of 48 floats
     * @param e   interleaved pilot estimates of the window from {@code eo}: pw complex values
     * @param out Modified: 24 floats from {@code ob}
     */
    static void prb(float[] f, int fb, int pw, float[] e, int eo, float[] out, int ob) {
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0;
        for (int i = 0; i < pw; i++) {
            FloatVector er = FloatVector.broadcast(S, e[eo + 2 * i]);
            FloatVector ei = FloatVector.broadcast(S, e[eo + 2 * i + 1]);
            int fo = fb + 48 * i;
            a0 = a0.add(FloatVector.fromArray(S, f, fo).mul(er).add(FloatVector.fromArray(S, f, fo + 24).mul(ei)));
            a1 = a1.add(FloatVector.fromArray(S, f, fo + 8).mul(er)
                    .add(FloatVector.fromArray(S, f, fo + 32).mul(ei)));
            a2 = a2.add(FloatVector.fromArray(S, f, fo + 16).mul(er)
                    .add(FloatVector.fromArray(S, f, fo + 40).mul(ei)));
        }
        a0.intoArray(out, ob);
        a1.intoArray(out, ob + 8);
        a2.intoArray(out, ob + 16);
    }
}
