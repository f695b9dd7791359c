#!/usr/bin/env bash
# The GPU verification run, from the bundle made by scripts/gpu-bundle.sh (copied there as run.sh). Needs no
# Java, Maven or network: it uses bundle/jdk. Prints, in order: nvidia-smi, the CUDA libraries found, the GPU
# backend status and the GPU test summary ('N passed, N failed, N skipped'), then the front-end benchmark table
# (GPU with both FFT stages, own kernel and cuFFT, and the float32/float32 and int16/int8 formats of decision 092;
# CPU on all cores) and the cell-capacity sweep (the headline figure of decision 090; own and cuFFT, decision 091;
# both formats; the CPU's with the CPU/GPU crossover, decision 094). cuFFT:
# the libcufft found below (bundle/lib/native first, then the loader's paths, the CUDA folders and pip's
# nvidia/*/lib folders) is passed as -Dairan.cufft.library; without one the cuFFT rows and tests report "skipped"
# with the reason. Expected ~4.5 min; hard limits (`timeout`): tests 140 s, GPU JMH 120 s, capacity sweep 120 s,
# CPU stage 70 s (JMH 45 s, then the CPU capacity table with the crossover 25 s): under 8 minutes in all.
# Usage: ./run.sh [--tests-only | --bench-only]; output also goes to ./gpu-check.log. Extra JVM options (both
# stages) from GPU_CHECK_JAVA_OPTS.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
JAVA="$HERE/jdk/bin/java"
LOG="${GPU_CHECK_LOG:-$HERE/gpu-check.log}"
MODE=${1:-all}
exec > >(tee "$LOG") 2>&1
echo "== gpu-check $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(hostname)"
[ -f "$HERE/BUILD-INFO.txt" ] && cat "$HERE/BUILD-INFO.txt"
echo "== nvidia-smi"
if command -v nvidia-smi >/dev/null; then
  nvidia-smi
  nvidia-smi --query-gpu=name,driver_version,compute_cap,memory.total,clocks.max.sm --format=csv
else
  echo "nvidia-smi: not found"
fi
echo "== CUDA libraries"
for lib in libcuda.so.1 libcufft.so.12 libcufft.so.11 libnvrtc.so.12; do
  found=$( (ldconfig -p 2>/dev/null | awk -v l="$lib" '$1 == l {print $NF}' | head -n 1) || true)
  if [ -z "$found" ]; then
    for d in /usr/lib/x86_64-linux-gnu /usr/lib64 /usr/local/cuda/lib64 /usr/local/cuda/targets/x86_64-linux/lib \
             /usr/local/nvidia/lib64 $(echo "${LD_LIBRARY_PATH:-}" | tr ":" " "); do
      [ -e "$d/$lib" ] && { found="$d/$lib"; break; }
    done
  fi
  echo "$lib: ${found:-not found}"
done
# The cuFFT library for the cuFFT FFT stage: the bundle's copy, else the loader's, else a bounded search.
CUFFT=""
for c in "$HERE"/lib/native/libcufft.so.12 "$HERE"/lib/native/libcufft.so.11; do
  [ -f "$c" ] && { CUFFT="$c"; break; }
done
if [ -z "$CUFFT" ]; then
  for lib in libcufft.so.12 libcufft.so.11; do
    CUFFT=$( (ldconfig -p 2>/dev/null | awk -v l="$lib" '$1 == l {print $NF}' | head -n 1) || true)
    [ -n "$CUFFT" ] && break
    for d in /usr/local/cuda/lib64 /usr/local/cuda/targets/x86_64-linux/lib $(echo "${LD_LIBRARY_PATH:-}" | tr ":" " "); do
      [ -e "$d/$lib" ] && { CUFFT="$d/$lib"; break; }
    done
    [ -n "$CUFFT" ] && break
  done
fi
if [ -z "$CUFFT" ]; then
  CUFFT=$(timeout 20 find /usr /opt /root /home -maxdepth 9 \( -name libcufft.so.12 -o -name libcufft.so.11 \) \
    2>/dev/null | head -n 1 || true)
fi
echo "libcufft (cuFFT FFT stage): ${CUFFT:-not found (cuFFT tests and rows will skip)}"
echo "== java"
"$JAVA" -version 2>&1 | head -n 1
BENCH_CP="$HERE/lib/bench/*:$HERE/lib/test/*"
JOPTS="--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Xmx16g ${GPU_CHECK_JAVA_OPTS:-}"
[ -n "$CUFFT" ] && JOPTS="$JOPTS -Dairan.cufft.library=$CUFFT"
rc=0
if [ "$MODE" != "--bench-only" ]; then
  echo "== GPU tests (contract + CPU-vs-GPU parity)"
  timeout 140 "$JAVA" $JOPTS -cp "$HERE/lib/test/*" org.airan.phy.gpu.GpuTestRunner | tee "$HERE/gpu-tests.txt"
  rc=${PIPESTATUS[0]}
  echo "GPU tests exit status: $rc"
fi
if [ "$MODE" != "--tests-only" ]; then
  echo "== GPU front-end benchmark (30 kHz, 273 RB, 4 RX, 2 layers, 64QAM; us per batch of slots; fft own vs cufft)"
  if "$JAVA" $JOPTS -cp "$HERE/lib/test/*" org.airan.phy.gpu.GpuBackendStatus 2>/dev/null; then
    timeout 120 "$JAVA" $JOPTS -cp "$BENCH_CP" org.openjdk.jmh.Main GpuFrontEndBenchmark -f 1 -wi 2 -w 1s -i 3 -r 1s \
      -p backend=gpu -p layers=2 -p fft=own,cufft -p batch=4,64 -p io=float32/float32,int16/int8 -prof gc \
      -rf text -rff "$HERE/gpu-bench.txt" 2>&1 \
      | grep -vE '^(WARNING|# (Warmup|Measurement) Iteration)'
    echo "== Cell capacity: 100 MHz 4-RX cells per GPU in real time (p99 of a batch <= 500 us), fft own and cufft"
    timeout 120 "$JAVA" $JOPTS -cp "$BENCH_CP" org.airan.benchmarks.gpu.GpuCellCapacity gpu 200 own,cufft \
      --formats float32/float32,int16/int8 2>&1 \
      | grep -v '^WARNING' | tee "$HERE/gpu-capacity.txt"
    GPU_CAP_RAN=1
  else
    echo "GPU benchmark skipped: the GPU backend is unavailable (reason above)"
  fi
  NCPU=$(nproc)
  echo "== CPU front-end benchmark (same, $NCPU threads: ParallelCpuUplinkFrontEnd; one JVM for all rows)"
  timeout 45 "$JAVA" $JOPTS -cp "$BENCH_CP" org.openjdk.jmh.Main GpuFrontEndBenchmark -f 0 -wi 2 -w 1s -i 2 -r 1s \
    -p backend=cpu -p fft=own -p io=float32/float32 -p threads="$NCPU" -prof gc -rf text -rff "$HERE/cpu-bench.txt" 2>&1 \
    | grep -vE '^(WARNING|# (Warmup|Measurement) Iteration)'
  echo "== CPU cell capacity ($NCPU threads) and the CPU/GPU crossover batch"
  CMP=""; [ -s "$HERE/gpu-capacity.txt" ] && [ "${GPU_CAP_RAN:-0}" = 1 ] && CMP="--compare $HERE/gpu-capacity.txt"
  timeout 25 "$JAVA" $JOPTS -cp "$BENCH_CP" org.airan.benchmarks.gpu.GpuCellCapacity cpu 100 --threads "$NCPU" \
    --batches 1,4,16,64 --unsplit-batches 1 $CMP 2>&1 | grep -v '^WARNING' | tee "$HERE/cpu-capacity.txt"
  echo "== benchmark tables"
  cat "$HERE/gpu-bench.txt" "$HERE/cpu-bench.txt" "$HERE/gpu-capacity.txt" "$HERE/cpu-capacity.txt" 2>/dev/null
fi
echo "== done (GPU tests exit status $rc)"
exit $rc
