#!/usr/bin/env bash
# Static resource check of the CUDA kernels (no GPU needed): compiles airan-phy/src/main/cuda/airan_kernels.cu for
# sm_90 with the options of nvcc.flags plus -Xptxas=-v, and prints per kernel the registers per thread, stack
# frame and spill bytes, and the theoretical occupancy of a 128-thread block on sm_90 (65,536 registers and 64
# warps per SM, registers allocated per warp in units of 256, at most 32 blocks per SM). Exits 1 when any
# airan_mmse_demap_* entry point has a stack frame or spills (its per-RE arrays must stay in registers).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SRC="$ROOT/airan-phy/src/main/cuda"
NVCC=${NVCC:-nvcc}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mapfile -t FLAGS < <(sed -e 's/#.*//' -e 's/[[:space:]]*$//' "$SRC/nvcc.flags" | grep -v '^$')
(cd "$SRC" && "$NVCC" "${FLAGS[@]}" -Xptxas=-v -gencode arch=compute_90,code=sm_90 -cubin airan_kernels.cu \
  -o "$TMP/k.cubin") > "$TMP/v.txt" 2>&1
awk -v block=128 '
  /Compiling entry function/ { name = $0; sub(/.*function \047/, "", name); sub(/\047.*/, "", name) }
  /bytes stack frame/ { stack = $1; spillS = $5; spillL = $9 }
  /Used [0-9]+ registers/ {
    regs = $0; sub(/.*Used /, "", regs); sub(/ registers.*/, "", regs); regs += 0
    perWarp = int((regs * 32 + 255) / 256) * 256
    warpsPerBlock = block / 32
    blocks = int(int(65536 / perWarp) / warpsPerBlock); if (blocks > 32) blocks = 32
    warps = blocks * warpsPerBlock; if (warps > 64) warps = 64
    printf "%-30s %4d regs  %4d B stack  %4d B spill st  %4d B spill ld  occupancy %3d%% (%d warps)\n", name, regs, stack, spillS, spillL, int(100 * warps / 64 + 0.5), warps
    if (name ~ /^airan_mmse_demap/ && (stack + spillS + spillL) > 0) bad = 1
  }
  END { exit bad }' "$TMP/v.txt" | sort
