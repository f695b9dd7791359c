#!/usr/bin/env python3
"""Derives the shared-memory swizzle of main/cuda/fft_block.cuh (decision 093) and prints its tables.

Slot a (< M = 2^logM) of an FFT region is stored at a ^ c(a): the column (a mod 16, one float2 of the 16 per
128-byte row of 32 four-byte banks) is XORed with c = H * row (over GF(2)), row = a >> 4. Because the map is
XOR-linear, the 16 addresses a half-warp touches (base XOR the span of 4 address bits) hit 16 distinct columns
exactly when the 4 transformed bit vectors are linearly independent. The access patterns are:
  - stage with sub-transform length L and radix R: 16 consecutive butterflies b -> a = g*L*R + q*L + k with
    k = b mod L, g = b / L (the address bits that b's low 4 bits land on);
  - the load: 16 consecutive input samples i -> mixed-radix digit reversal of i.
A depth-first search finds an H for each logM (radices 8..8 then 4 or 4, 4, as fftRadices in the kernel).
For N = 3*M the 16 consecutive samples of the load spread over the three regions; region 2 gets a column XOR
constant, the one that minimises the wavefronts of that load (at most 2 per half-warp remain).

Prints, per logM: the packed masks (byte c = row bits feeding column bit c) for fftSwizzleMasks, the
region-2 constant for fftRegion2Xor, and the half-warp wavefronts (worst pattern / radix-3 load total vs ideal).
"""


def radices(b):
    n8, rem = divmod(b, 3)
    if rem == 0:
        return [3] * n8
    if rem == 2:
        return [3] * n8 + [2]
    return [3] * (n8 - 1) + [2, 2] if n8 else [1]


def digit_reverse(i, rs):
    if not rs:
        return 0
    r, rest = 1 << rs[-1], rs[:-1]
    return (i % r) * (1 << sum(rest)) + digit_reverse(i // r, rest)


def patterns(b, rs):
    out, l = [], 0
    for rho in rs:
        butterflies = (1 << b) >> rho
        out.append([(1 << j) if j < l else (1 << (j + rho)) for j in range(4) if (1 << j) < butterflies])
        l += rho
    out.append([digit_reverse(1 << j, rs) for j in range(4)])
    return out


def column(a, h):
    c, row, p = a & 15, a >> 4, 0
    while row:
        if row & 1:
            c ^= h[p]
        row, p = row >> 1, p + 1
    return c


def independent(vectors):
    basis = []
    for v in vectors:
        for x in basis:
            v = min(v, v ^ x)
        if v == 0:
            return False
        basis.append(v)
    return True


def search(b):
    rs, nrow = radices(b), b - 4
    pats = patterns(b, rs)

    def rec(h):
        p = len(h)
        for bits in pats:
            if all(x < (1 << (p + 4)) for x in bits) and not independent([column(x, h) for x in bits]):
                return None
        if p == nrow:
            return h
        for v in range(1, 16):
            found = rec(h + [v])
            if found:
                return found
        return None

    return rec([])


def wavefronts(addresses):
    cols = {}
    for a in set(addresses):
        cols[a % 16] = cols.get(a % 16, 0) + 1
    return max(cols.values())


def main():
    for b in range(4, 13):
        h, rs, m = search(b), radices(b), 1 << b
        masks = [sum(1 << p for p, v in enumerate(h) if v >> c & 1) for c in range(4)]
        packed = masks[0] | masks[1] << 8 | masks[2] << 16 | masks[3] << 24

        def phys(j, c2):
            r, a = divmod(j, m)
            return r * m + ((column(a, h) | (a >> 4) << 4) ^ (c2 if r == 2 else 0))

        best = None
        for c2 in range(16):
            total = sum(wavefronts([phys((i % 3) * m + digit_reverse(i // 3, rs), c2) for i in range(w, w + 16)])
                        for w in range(0, 3 * m, 16))
            if best is None or total < best[0]:
                best = (total, c2)
        worst = max(wavefronts([column(a, h) | (a >> 4) << 4 for a in span(bits)]) for bits in patterns(b, rs))
        print(f"logM {b:2d}: masks 0x{packed:08x}, region-2 xor {best[1]:2d}; worst stage/load pattern "
              f"{worst} wavefront(s) per half-warp; radix-3 load {best[0]} wavefronts (ideal {3 * m // 16})")


def span(bits):
    out = [0]
    for x in bits:
        out += [y ^ x for y in out]
    return out


if __name__ == "__main__":
    main()
