#!/usr/bin/env bash
# Compiles the CUDA kernels of airan-phy (airan-phy/src/main/cuda) into the resources the GPU backend loads:
#   airan_kernels.compute_90.ptx  PTX for compute capability 9.0 (Hopper), JIT-compiled by the driver
#   airan_kernels.compute_80.ptx  PTX for compute capability 8.0 (Ampere and newer), the portable fallback
#   airan_kernels.sm_90.fatbin    SASS for sm_90 plus compute_90 PTX (no JIT on Hopper)
# and writes kernels.manifest: SHA-256 of every source (including nvcc.flags), the nvcc version, the options
# and the SHA-256 of every output. KernelManifestTest fails when the shipped outputs do not match the sources.
# The Maven build never runs nvcc; run this after editing a kernel and commit the outputs with the sources.
# PTX produced by CUDA 13 needs a driver of release 580 or newer to JIT-compile.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SRC="$ROOT/airan-phy/src/main/cuda"
OUT="$ROOT/airan-phy/src/main/resources/org/airan/phy/gpu"
NVCC=${NVCC:-nvcc}
command -v "$NVCC" >/dev/null || { echo "build-kernels: nvcc not found (set NVCC=/path/to/nvcc)"; exit 1; }
mkdir -p "$OUT"
mapfile -t FLAGS < <(sed -e 's/#.*//' -e 's/[[:space:]]*$//' "$SRC/nvcc.flags" | grep -v '^$')
cd "$SRC"
"$NVCC" "${FLAGS[@]}" -arch=compute_90 -ptx airan_kernels.cu -o "$OUT/airan_kernels.compute_90.ptx"
"$NVCC" "${FLAGS[@]}" -arch=compute_80 -ptx airan_kernels.cu -o "$OUT/airan_kernels.compute_80.ptx"
"$NVCC" "${FLAGS[@]}" -gencode arch=compute_90,code=sm_90 -gencode arch=compute_90,code=compute_90 \
  -fatbin airan_kernels.cu -o "$OUT/airan_kernels.sm_90.fatbin"
{
  echo "# Kernel build manifest (written by scripts/build-kernels.sh; checked by KernelManifestTest)"
  echo "nvcc $("$NVCC" --version | sed -n 's/.*release \([0-9.]*\), V\([0-9.]*\).*/\2/p')"
  echo "min-driver 580 (PTX from CUDA 13.0 needs driver release 580 or newer)"
  for f in $(ls "$SRC" | LC_ALL=C sort); do
    echo "source $f $(sha256sum "$SRC/$f" | cut -d' ' -f1)"
  done
  echo "flags ${FLAGS[*]}"
  for f in airan_kernels.compute_90.ptx airan_kernels.compute_80.ptx airan_kernels.sm_90.fatbin; do
    echo "output $f $(sha256sum "$OUT/$f" | cut -d' ' -f1)"
  done
} > "$OUT/kernels.manifest"
ls -l "$OUT"
