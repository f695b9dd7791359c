package org.airan.phy.cellsearch;

import org.airan.phy.ssb.PbchDecoder;

/** Factory of {@link CellSearcher}s. */
public final class CellSearchers {
    private CellSearchers() {
    }

    /** The CPU searcher with the project's PBCH decoder. */
    public static CellSearcher create() {
        PbchDecoder decoder = new PbchDecoder();
        return new SsbCellSearcher(decoder::decode);
    }

    /** The CPU searcher with a caller-supplied PBCH decoder. */
    public static CellSearcher create(PbchDecodeFunction decoder) {
        return new SsbCellSearcher(decoder);
    }
}
