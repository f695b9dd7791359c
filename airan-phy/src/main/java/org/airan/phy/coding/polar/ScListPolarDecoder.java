package org.airan.phy.coding.polar;

import java.util.Arrays;
import java.util.Objects;

/**
 * CRC-aided successive-cancellation list (CA-SCL) polar decoder (Tal and Vardy 2015, with the LLR-based path
 * metric of Balatsoukas-Stimming et al. 2015) for the NR codes of TS 38.212 §5.3.1.
 *
 * <ul>
 *   <li>Up to L paths survive each information bit; a path's metric grows by |LLR| whenever its decision goes
 *       against the sign of the bit's LLR (the min-sum approximation of ln(1 + e^{−(1−2u)·LLR})); frozen and
 *       parity-check bits (§5.3.1.2, set from each path's own 5-bit register) add their penalty the same way.</li>
 *   <li>Path memory is pointer-based with lazy copy: every tree layer has a pool of L slots (LLRs and partial
 *       sums), each path points to one slot per layer, a cloned path shares its parent's slots, and a slot is
 *       copied only when a path writes to it while it is shared (reference counts).</li>
 *   <li>Sub-trees whose leaves are all frozen are decided at once, adding the sum of the negative LLRs at their
 *       root to the metric (Hashemi et al., Fast-SSCL rate-0 node).</li>
 *   <li>At the end the surviving paths are tried in increasing metric; the first whose CRC checks (with the DCI
 *       RNTI masking of §7.3.2 where the code has it) is the output.</li>
 * </ul>
 *
 * <p>All memory is allocated at construction for the maximum N and L; {@link #decode} allocates nothing.
 * Not thread-safe.
 */
public final class ScListPolarDecoder implements PolarDecoder {

    private final int maxL;
    private final int maxN;
    private final int maxLog;
    /** Channel LLRs of the root (after rate recovery), shared read-only by all paths. */
    private final float[] chan;
    /** P[s]: L slots of 2^s LLRs of tree layer s (s = 0: leaves). */
    private final float[][] llrs;
    /** B[s]: L slots of 2^s partial sums of tree layer s. */
    private final byte[][] sums;
    /** ptr[s][l]: slot of path l at layer s. */
    private final int[][] ptr;
    /** ref[s][slot]: number of paths pointing to the slot. */
    private final int[][] ref;
    private final int[][] freeSlots;
    private final int[] freeSlotTop;
    private final boolean[] active;
    private final int[] freePaths;
    private int freePathTop;
    private final int[] act;
    private int numAct;
    private final float[] pm;
    private final int[] reg;
    /** Decoded information bits u (in Q_I order) of path l at [l·maxN, l·maxN + infoCount). */
    private final byte[] uInfo;
    private final float[] cand;
    private final boolean[] keep;
    private final boolean[] tried;

    private int root;
    private byte[] kinds;
    private byte[] types;
    private int infoCount;
    private float lastPm;

    /**
     * A list decoder.
     *
     * @param listSize        L, 1..{@value PolarDecoders#MAX_LIST_SIZE}
     * @param maxMotherLength largest N, a power of two in [32, 1024]
     */
    public ScListPolarDecoder(int listSize, int maxMotherLength) {
        if (listSize < 1 || listSize > PolarDecoders.MAX_LIST_SIZE) {
            throw new IllegalArgumentException("listSize must be in [1, " + PolarDecoders.MAX_LIST_SIZE + "], was "
                    + listSize);
        }
        PolarDecoders.checkMaxLength(maxMotherLength);
        this.maxL = listSize;
        this.maxN = maxMotherLength;
        this.maxLog = Integer.numberOfTrailingZeros(maxMotherLength);
        this.chan = new float[maxMotherLength];
        this.llrs = new float[maxLog + 1][];
        this.sums = new byte[maxLog + 1][];
        this.ptr = new int[maxLog + 1][listSize];
        this.ref = new int[maxLog + 1][listSize];
        this.freeSlots = new int[maxLog + 1][listSize];
        this.freeSlotTop = new int[maxLog + 1];
        for (int s = 0; s <= maxLog; s++) {
            // The root layer's LLRs live in chan; its slots only hold partial sums.
            llrs[s] = new float[s == maxLog ? 0 : listSize << s];
            sums[s] = new byte[listSize << s];
        }
        this.active = new boolean[listSize];
        this.freePaths = new int[listSize];
        this.act = new int[listSize];
        this.pm = new float[listSize];
        this.reg = new int[listSize];
        this.uInfo = new byte[listSize * maxMotherLength];
        this.cand = new float[2 * listSize];
        this.keep = new boolean[2 * listSize];
        this.tried = new boolean[listSize];
    }

    @Override
    public boolean decode(PolarCode code, float[] llr, int llrOffset, int rnti, byte[] out, int outOffset) {
        int n = code.motherLength();
        if (n > maxN) {
            throw new IllegalArgumentException("code needs N = " + n + " but this decoder was sized for N ≤ " + maxN);
        }
        Objects.checkFromIndexSize(outOffset, code.numInfoBits(), out.length);
        if (!PolarRateMatcher.recover(code, llr, llrOffset, chan, 0)) {
            lastPm = 0f;
            Arrays.fill(out, outOffset, outOffset + code.numInfoBits(), (byte) 0);
            return false;
        }
        root = code.motherLengthLog2();
        kinds = code.nodeKindsView();
        types = code.bitTypes();
        infoCount = 0;
        reset();
        node(1, root, 0);
        boolean ok = select(code, rnti, out, outOffset);
        kinds = null;
        types = null;
        return ok;
    }

    private void reset() {
        for (int s = 0; s <= root; s++) {
            int[] fs = freeSlots[s];
            for (int i = 0; i < maxL; i++) {
                fs[i] = maxL - 1 - i;
            }
            freeSlotTop[s] = maxL;
            Arrays.fill(ref[s], 0);
        }
        for (int l = 0; l < maxL; l++) {
            active[l] = false;
            freePaths[l] = maxL - 1 - l;
        }
        freePathTop = maxL;
        int l = freePaths[--freePathTop];
        active[l] = true;
        pm[l] = 0f;
        reg[l] = 0;
        for (int s = 0; s <= root; s++) {
            int slot = freeSlots[s][--freeSlotTop[s]];
            ref[s][slot] = 1;
            ptr[s][l] = slot;
        }
        act[0] = l;
        numAct = 1;
    }

    /** The slot of path l at layer s, made private to l; copies the LLRs and/or sums when it was shared. */
    private int writable(int s, int l, boolean copyLlrs, boolean copySums) {
        int slot = ptr[s][l];
        if (ref[s][slot] == 1) {
            return slot;
        }
        ref[s][slot]--;
        int fresh = freeSlots[s][--freeSlotTop[s]];
        ref[s][fresh] = 1;
        ptr[s][l] = fresh;
        int len = 1 << s;
        if (copyLlrs && s != root) {
            System.arraycopy(llrs[s], slot << s, llrs[s], fresh << s, len);
        }
        if (copySums) {
            System.arraycopy(sums[s], slot << s, sums[s], fresh << s, len);
        }
        return fresh;
    }

    private void node(int heap, int s, int leaf) {
        int len = 1 << s;
        if (kinds[heap] == PolarCode.NODE_RATE0) {
            for (int j = 0; j < numAct; j++) {
                int l = act[j];
                float[] src = s == root ? chan : llrs[s];
                int so = s == root ? 0 : ptr[s][l] << s;
                float pen = 0f;
                for (int i = 0; i < len; i++) {
                    float a = src[so + i];
                    pen += a < 0f ? -a : 0f;
                }
                int slot = writable(s, l, false, false);
                Arrays.fill(sums[s], slot << s, (slot << s) + len, (byte) 0);
                pm[l] += pen;
                reg[l] = ScPolarDecoder.rotate(reg[l], len);
            }
            return;
        }
        if (s == 0) {
            leaf(leaf);
            return;
        }
        int half = len >>> 1;
        int c = s - 1;
        float[] cl = llrs[c];
        for (int j = 0; j < numAct; j++) {
            int l = act[j];
            float[] src = s == root ? chan : llrs[s];
            int so = s == root ? 0 : ptr[s][l] << s;
            int d = writable(c, l, false, false) << c;
            for (int i = 0; i < half; i++) {
                cl[d + i] = ScPolarDecoder.f(src[so + i], src[so + half + i]);
            }
        }
        node(2 * heap, c, leaf);
        byte[] bs = sums[s];
        byte[] bc = sums[c];
        for (int j = 0; j < numAct; j++) {
            int l = act[j];
            int slot = writable(s, l, true, false);
            int so = slot << s;
            System.arraycopy(bc, ptr[c][l] << c, bs, so, half);
            float[] src = s == root ? chan : llrs[s];
            int lo = s == root ? 0 : so;
            int d = writable(c, l, false, false) << c;
            for (int i = 0; i < half; i++) {
                float a = src[lo + i];
                float b = src[lo + half + i];
                cl[d + i] = bs[so + i] == 0 ? b + a : b - a;
            }
        }
        node(2 * heap + 1, c, leaf + half);
        if (s == root) {
            return; // the codeword itself is not needed
        }
        for (int j = 0; j < numAct; j++) {
            int l = act[j];
            int so = writable(s, l, false, true) << s;
            int co = ptr[c][l] << c;
            for (int i = 0; i < half; i++) {
                byte r = bc[co + i];
                bs[so + i] ^= r;
                bs[so + half + i] = r;
            }
        }
    }

    private void leaf(int index) {
        for (int j = 0; j < numAct; j++) {
            int l = act[j];
            reg[l] = (reg[l] >>> 1) | ((reg[l] & 1) << 4);
        }
        float[] p0 = llrs[0];
        if (types[index] == PolarCode.PARITY) {
            for (int j = 0; j < numAct; j++) {
                int l = act[j];
                float a = p0[ptr[0][l]];
                int b = reg[l] & 1;
                float pen = (a < 0f) != (b == 1) ? Math.abs(a) : 0f;
                setBit(l, b, pm[l] + pen, false);
            }
            return;
        }
        // Information bit: each path proposes u = 0 and u = 1; keep the L best of the 2·numAct candidates.
        int na = numAct;
        for (int j = 0; j < na; j++) {
            int l = act[j];
            float a = p0[ptr[0][l]];
            cand[2 * j] = pm[l] + (a < 0f ? -a : 0f);
            cand[2 * j + 1] = pm[l] + (a > 0f ? a : 0f);
        }
        int nc = 2 * na;
        if (nc <= maxL) {
            Arrays.fill(keep, 0, nc, true);
        } else {
            Arrays.fill(keep, 0, nc, false);
            for (int t = 0; t < maxL; t++) {
                int best = -1;
                for (int i = 0; i < nc; i++) {
                    if (!keep[i] && (best < 0 || cand[i] < cand[best])) {
                        best = i;
                    }
                }
                keep[best] = true;
            }
        }
        for (int j = 0; j < na; j++) {
            if (!keep[2 * j] && !keep[2 * j + 1]) {
                kill(act[j]);
            }
        }
        for (int j = 0; j < na; j++) {
            int l = act[j];
            boolean k0 = keep[2 * j];
            boolean k1 = keep[2 * j + 1];
            if (k0 && k1) {
                int l2 = clone(l);
                setBit(l, 0, cand[2 * j], true);
                setBit(l2, 1, cand[2 * j + 1], true);
            } else if (k0) {
                setBit(l, 0, cand[2 * j], true);
            } else if (k1) {
                setBit(l, 1, cand[2 * j + 1], true);
            }
        }
        infoCount++;
        numAct = 0;
        for (int l = 0; l < maxL; l++) {
            if (active[l]) {
                act[numAct++] = l;
            }
        }
    }

    private void setBit(int l, int b, float metric, boolean info) {
        int slot = writable(0, l, false, false);
        sums[0][slot] = (byte) b;
        pm[l] = metric;
        if (info) {
            reg[l] ^= b;
            uInfo[l * maxN + infoCount] = (byte) b;
        }
    }

    private void kill(int l) {
        for (int s = 0; s <= root; s++) {
            int slot = ptr[s][l];
            if (--ref[s][slot] == 0) {
                freeSlots[s][freeSlotTop[s]++] = slot;
            }
        }
        active[l] = false;
        freePaths[freePathTop++] = l;
    }

    private int clone(int l) {
        int l2 = freePaths[--freePathTop];
        active[l2] = true;
        for (int s = 0; s <= root; s++) {
            int slot = ptr[s][l];
            ptr[s][l2] = slot;
            ref[s][slot]++;
        }
        pm[l2] = pm[l];
        reg[l2] = reg[l];
        System.arraycopy(uInfo, l * maxN, uInfo, l2 * maxN, infoCount);
        return l2;
    }

    /** Tries the surviving paths in increasing metric; writes the first that passes the CRC (else the best). */
    private boolean select(PolarCode code, int rnti, byte[] out, int outOffset) {
        int[] pi = code.inputInterleaverView();
        int k = pi.length;
        Arrays.fill(tried, false);
        int bestL = -1;
        for (int t = 0; t < numAct; t++) {
            int l = -1;
            for (int j = 0; j < numAct; j++) {
                int c = act[j];
                if (!tried[c] && (l < 0 || pm[c] < pm[l])) {
                    l = c;
                }
            }
            tried[l] = true;
            if (bestL < 0) {
                bestL = l;
            }
            writeOut(l, pi, k, out, outOffset);
            if (code.checkCrc(out, outOffset, rnti)) {
                lastPm = pm[l];
                return true;
            }
        }
        writeOut(bestL, pi, k, out, outOffset);
        lastPm = pm[bestL];
        return false;
    }

    private void writeOut(int l, int[] pi, int k, byte[] out, int outOffset) {
        int base = l * maxN;
        for (int i = 0; i < k; i++) {
            out[outOffset + pi[i]] = uInfo[base + i];
        }
    }

    @Override
    public float lastPathMetric() {
        return lastPm;
    }

    @Override
    public int listSize() {
        return maxL;
    }
}
