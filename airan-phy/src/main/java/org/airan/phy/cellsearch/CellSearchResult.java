package org.airan.phy.cellsearch;

import java.util.List;

/**
 * Outcome of a cell search: every SS/PBCH block found (possibly none, which is a normal result), ordered by
 * frequency then time.
 *
 * @param ssbs                the detected blocks
 * @param candidatesSearched  number of (frequency, SCS) candidates examined
 */
public record CellSearchResult(List<DetectedSsb> ssbs, int candidatesSearched) {
    public CellSearchResult {
        ssbs = List.copyOf(ssbs);
    }

    /** True when nothing was found. */
    public boolean isEmpty() {
        return ssbs.isEmpty();
    }

    /** Distinct PCIs found, ascending. */
    public int[] pcis() {
        return ssbs.stream().mapToInt(DetectedSsb::pci).distinct().sorted().toArray();
    }
}
