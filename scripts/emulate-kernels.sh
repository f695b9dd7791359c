#!/usr/bin/env bash
# Checks the CUDA kernels without a GPU: compiles airan-phy/src/main/cuda/airan_kernels.cu for the host with the
# emulation of airan-phy/src/test/cuda, which runs the shared-memory kernels with blockDim.x real threads under a
# scheduler that interleaves them at every __syncthreads() in forward, reverse and shuffled orders, and flags
# shared-memory races (decision 093). It first proves that it catches a dropped barrier and overlapping writes,
# then checks the FFT (every N = 2^k and 3·2^k up to 4096, both directions) against a double DFT, prints barrier
# and bank-conflict counts (previous radix-2 kernel vs now), and runs the uplink front-end kernels on batches
# dumped by org.airan.phy.gpu.KernelEmulationData against the CPU front end's LLRs, and the cuFFT FFT stage's
# gather/extract kernels with a double-precision FFT standing in for cufftExecC2C (decision 091).
# Launch-configuration errors and real timing still need a GPU (scripts/gpu-check.sh). Needs g++ (C++20) and JDK 25; uses target/ only.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
. scripts/jdk.sh
airan_find_jdk >/dev/null
OUT="$ROOT/airan-phy/target/kernel-emulation"
mkdir -p "$OUT"
g++ -O2 -std=c++20 -pthread -Wall -Wno-unknown-pragmas -o "$OUT/emulate" airan-phy/src/test/cuda/kernel_emulation.cpp
./mvnw -B -q -ntp -pl airan-phy test-compile
./mvnw -B -q -ntp -pl airan-phy dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/cp.txt" >/dev/null
CP="airan-phy/target/classes:airan-phy/target/test-classes:$(cat "$OUT/cp.txt")"
cases=("273 4096 2 QAM64 3 1" "106 1536 2 QAM16 2 0" "52 1024 1 QAM256 2 3" "273 4096 2 QAM64 2 2 lmmse" "217 3072 1 QAM16 2 1")
dirs=()
for c in "${cases[@]}"; do
  d="$OUT/case-${c// /-}"
  java --add-modules jdk.incubator.vector -cp "$CP" org.airan.phy.gpu.KernelEmulationData "$d" $c 2>/dev/null
  dirs+=("$d")
done
"$OUT/emulate" "${dirs[@]}"
