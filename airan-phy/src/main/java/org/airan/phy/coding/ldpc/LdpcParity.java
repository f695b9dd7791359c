package org.airan.phy.coding.ldpc;

import java.util.Arrays;

/** Lane-wise parity check of hard decisions, shared by the decoders (TS 38.212 §5.3.2 H). */
final class LdpcParity {

    private LdpcParity() {
    }

    /**
     * True if the first {@code rows} base-graph rows of H are satisfied by {@code hard} (full lifted codeword
     * layout, one bit per byte). {@code scratch} holds at least Z bytes.
     */
    static boolean holds(LdpcCode code, byte[] hard, int rows, byte[] scratch) {
        int z = code.z();
        for (int i = 0; i < rows; i++) {
            Arrays.fill(scratch, 0, z, (byte) 0);
            for (int e = code.rowStart(i); e < code.rowEnd(i); e++) {
                int base = code.edgeColumn(e) * z;
                int shift = code.edgeShift(e);
                int head = z - shift;
                for (int r = 0; r < head; r++) {
                    scratch[r] ^= hard[base + shift + r];
                }
                for (int r = head; r < z; r++) {
                    scratch[r] ^= hard[base + r - head];
                }
            }
            int any = 0;
            for (int r = 0; r < z; r++) {
                any |= scratch[r];
            }
            if (any != 0) {
                return false;
            }
        }
        return true;
    }
}
