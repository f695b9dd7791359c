#!/usr/bin/env bash
# Runs the benchmark suite (every hot block, short JMH settings, one fork each) in one run and writes
#   benchmarks/results/suite-<date>.json   (JMH JSON, for machines)
#   benchmarks/results/suite-<date>.txt    (the JMH summary table, for people)
# Usage: benchmarks/run-suite.sh [extra JMH args...]   e.g. benchmarks/run-suite.sh -wi 5 -i 10
# Takes about 10-15 minutes on 2 cores. Compare figures as ratios within one run.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk.sh
airan_find_jdk || exit 1
./mvnw -B -q -ntp -pl benchmarks -am package -DskipTests
mkdir -p benchmarks/results
stamp=$(date -u +%Y%m%dT%H%MZ)
json="benchmarks/results/suite-$stamp.json"
txt="benchmarks/results/suite-$stamp.txt"
{
  echo "# AIRAN benchmark suite, $stamp"
  echo "# CPU: $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1), $(nproc) cores"
  echo "# JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
  echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
} > "$txt"
# The selection: one JMH regex per block, with parameter narrowing where the full matrix is for studies.
"$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector -jar benchmarks/target/benchmarks.jar \
  'OfdmDemodulatorBenchmark|CrcBenchmark|LdpcDecoderBenchmark|SoftDemapperBenchmark|PuschReceiveBenchmark|ReceiveFrontEndBenchmark|ChannelEstimatorBenchmark|EqualizerBenchmark|PolarBenchmark.pbch|CellSearchBenchmark|SigmfReadBenchmark.readSlot' \
  -p dft=factory,jtransforms -p esN0Db=10 -p layers=1,2 \
  -f 1 -wi 3 -w 2s -i 3 -r 1s -prof gc -rf json -rff "$json" "$@" \
  | tee /dev/stderr | sed -n '/^Benchmark /,$p' | grep -v ':gc\.\(alloc\.rate \|count\|time\)\|·gc\.\(alloc\.rate \|count\|time\)' >> "$txt"
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)" >> "$txt"
echo "wrote $txt and $json" >&2
