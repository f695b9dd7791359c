#!/usr/bin/env bash
# Checks the CUDA kernels' arithmetic without a GPU: compiles airan-phy/src/main/cuda/airan_kernels.cu for the
# host with a one-thread-per-block emulation (airan-phy/src/test/cuda), checks the FFT against a double DFT, and
# runs the uplink front-end kernels on batches dumped by org.airan.phy.gpu.KernelEmulationData against the CPU
# front end's LLRs, and the cuFFT FFT stage's gather/extract kernels with a double-precision FFT standing in for
# cufftExecC2C (grid against airan_ofdm_demod's, LLRs against the CPU's). It cannot find races or
# launch-configuration errors: only a GPU run can (scripts/gpu-check.sh).
# Needs g++ and JDK 25; uses target/ folders only.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
. scripts/jdk.sh
airan_find_jdk >/dev/null
OUT="$ROOT/airan-phy/target/kernel-emulation"
mkdir -p "$OUT"
g++ -O2 -std=c++17 -o "$OUT/emulate" airan-phy/src/test/cuda/kernel_emulation.cpp
./mvnw -B -q -ntp -pl airan-phy test-compile
./mvnw -B -q -ntp -pl airan-phy dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/cp.txt" >/dev/null
CP="airan-phy/target/classes:airan-phy/target/test-classes:$(cat "$OUT/cp.txt")"
cases=("273 4096 2 QAM64 3 1" "106 1536 2 QAM16 2 0" "52 1024 1 QAM256 2 3" "273 4096 2 QAM64 2 2 lmmse")
dirs=()
for c in "${cases[@]}"; do
  d="$OUT/case-${c// /-}"
  java --add-modules jdk.incubator.vector -cp "$CP" org.airan.phy.gpu.KernelEmulationData "$d" $c 2>/dev/null
  dirs+=("$d")
done
"$OUT/emulate" "${dirs[@]}"
