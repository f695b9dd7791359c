package org.airan.phy.chest;

/** How DM-RS occasion estimates are carried to the other symbols of the slot. */
public enum TimeInterpolation {
    /** Linear in time between the two nearest occasions, held flat before the first and after the last. */
    LINEAR,
    /** One average over all occasions for the whole slot (best at low Doppler, fewest noise). */
    AVERAGE
}
