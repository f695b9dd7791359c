#!/usr/bin/env bash
# FFTW anchor for OFDM demodulation: runs ofdm_slot_fftw.c (fftwf, FFTW_MEASURE) and AIRAN's OfdmSlotTiming on the
# same slot (30 kHz, CP removal + N-point DFT x 14 symbols x ports + subcarrier extraction, one thread) back to back
# for each carrier/port count, and prints AIRAN's slot throughput as a ratio to FFTW's. Both time single slots and
# report the best and the median: on a shared machine the best approximates the unloaded cost and is what the
# ratio uses. With RUN_JMH=1 it then runs the JMH OfdmDemodulatorBenchmark (-prof gc) for the record.
#   benchmarks/fftw/run.sh
#   CARRIERS="273/4096" PORTS="4" SECONDS_PER_RUN=3 benchmarks/fftw/run.sh
#   RUN_JMH=1 JMH_OPTS="-f 1 -wi 4 -w 1s -i 5 -r 1s" KEEP_DIR=/tmp/ofdm-run benchmarks/fftw/run.sh
# Needs gcc and FFTW 3 single precision (Debian/Ubuntu: apt-get install libfftw3-dev); skips with a message when
# either is missing. Builds benchmarks/target/benchmarks.jar if it is not there.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
CARRIERS="${CARRIERS:-273/4096 106/1536 133/2048 217/3072}"
PORTS="${PORTS:-1 4}"
SECONDS_PER_RUN="${SECONDS_PER_RUN:-2}"
RUN_JMH="${RUN_JMH:-0}"
JMH_OPTS="${JMH_OPTS:--f 1 -wi 4 -w 1s -i 5 -r 1s}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if ! command -v gcc >/dev/null 2>&1; then
  echo "fftw anchor: skipped (gcc not found)"; exit 0
fi
if ! gcc -O2 -march=native -o "$work/ofdm_slot_fftw" "$here/ofdm_slot_fftw.c" -lfftw3f -lm 2>"$work/gcc.log"; then
  echo "fftw anchor: skipped (FFTW 3 single precision not found: need fftw3.h and libfftw3f, e.g. apt-get install libfftw3-dev)"
  sed 's/^/  gcc: /' "$work/gcc.log" | head -3
  exit 0
fi

. "$root/scripts/jdk.sh"
airan_find_jdk || exit 1
jar="$root/benchmarks/target/benchmarks.jar"
if [ ! -f "$jar" ]; then
  (cd "$root" && ./mvnw -B -q -ntp -pl benchmarks -am package -DskipTests)
fi
java_run() { java --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector "$@" 2> >(grep -v 'incubator' >&2); }

echo "# $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg);" \
     "$(java -version 2>&1 | head -1); $(date -u +%FT%TZ)"
printf '%-9s %-5s %-34s %10s %10s %10s %10s %8s %8s\n' carrier ports airan best_sl/s med_sl/s fftw_best fftw_med \
  vs_fftw x_rt
for c in $CARRIERS; do
  for p in $PORTS; do
    read -r _ _ _ fbest fmed < <("$work/ofdm_slot_fftw" "${c%/*}" "${c#*/}" "$p" "$SECONDS_PER_RUN")
    java_run -cp "$jar" org.airan.benchmarks.ofdm.OfdmSlotTiming "${c%/*}" "${c#*/}" "$p" "$SECONDS_PER_RUN" |
    while read -r _ _ _ impl best med; do
      awk -v c="$c" -v p="$p" -v i="$impl" -v b="$best" -v m="$med" -v fb="$fbest" -v fm="$fmed" \
        'BEGIN { printf "%-9s %-5s %-34s %10.0f %10.0f %10.0f %10.0f %8.2f %8.2f\n", c, p, i, b, m, fb, fm, b / fb, b / 2000 }'
    done
  done
done
echo "# best/med: best and median single-slot rate (slots/s); vs_fftw = AIRAN best / FFTW best; x_rt = AIRAN best / 2000 slots/s (30 kHz real time)"

if [ "$RUN_JMH" = "1" ]; then
  carrier_list=$(echo $CARRIERS | tr ' ' ',')
  port_list=$(echo $PORTS | tr ' ' ',')
  # shellcheck disable=SC2086
  java_run -jar "$jar" OfdmDemodulatorBenchmark $JMH_OPTS -prof gc -p carrier="$carrier_list" -p ports="$port_list" \
    -rf csv -rff "$work/jmh.csv" > "$work/jmh.log" || { tail -20 "$work/jmh.log"; exit 1; }
  sed -n '/^Benchmark /,$p' "$work/jmh.log" | grep -v 'gc.count\|gc.time\|gc.alloc.rate  '
  if [ -n "${KEEP_DIR:-}" ]; then
    mkdir -p "$KEEP_DIR" && cp "$work/jmh.log" "$work/jmh.csv" "$KEEP_DIR/"
  fi
fi
