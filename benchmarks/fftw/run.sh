#!/usr/bin/env bash
# Runs the FFTW anchor (ofdm_slot_fftw.c) and the JMH OfdmDemodulatorBenchmark in one run and prints AIRAN's
# slot throughput as a ratio to FFTW's, per carrier and port count (30 kHz, one thread each).
#   benchmarks/fftw/run.sh                 # all four carriers, 1 and 4 ports
#   CARRIERS="273/4096" PORTS="4" benchmarks/fftw/run.sh
# Needs gcc and FFTW 3 single precision (Debian/Ubuntu: apt-get install libfftw3-dev); skips with a message
# when either is missing. Builds benchmarks/target/benchmarks.jar if it is not there.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
CARRIERS="${CARRIERS:-273/4096 106/1536 133/2048 217/3072}"
PORTS="${PORTS:-1 4}"
SECONDS_PER_RUN="${SECONDS_PER_RUN:-2}"
JMH_OPTS="${JMH_OPTS:--f 1 -wi 3 -w 1s -i 5 -r 1s}"
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

echo "# machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores; $(java -version 2>&1 | head -1); $(date -u +%FT%TZ)"
: > "$work/fftw.txt"
for c in $CARRIERS; do
  for p in $PORTS; do
    "$work/ofdm_slot_fftw" "${c%/*}" "${c#*/}" "$p" "$SECONDS_PER_RUN" >> "$work/fftw.txt"
  done
done

carrier_list=$(echo $CARRIERS | tr ' ' ',')
port_list=$(echo $PORTS | tr ' ' ',')
# shellcheck disable=SC2086
java --add-modules jdk.incubator.vector -jar "$jar" OfdmDemodulatorBenchmark $JMH_OPTS \
  -p carrier="$carrier_list" -p ports="$port_list" -rf csv -rff "$work/jmh.csv" > "$work/jmh.log" 2>&1 || {
  tail -20 "$work/jmh.log"; exit 1; }

printf '%-9s %-5s %-12s %12s %12s %9s %10s\n' carrier ports airan_dft airan_slot/s fftw_slot/s vs_fftw x_realtime
# JMH csv: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: carrier","Param: dft","Param: ports"
tail -n +2 "$work/jmh.csv" | tr -d '"' | while IFS=, read -r bench mode thr n score err unit pc pd pp; do
  f=$(awk -v nrb="${pc%/*}" -v n="${pc#*/}" -v p="$pp" '$1==nrb && $2==n && $3==p {print $4}' "$work/fftw.txt")
  awk -v c="$pc" -v p="$pp" -v d="$pd" -v a="$score" -v f="$f" \
    'BEGIN { printf "%-9s %-5s %-12s %12.0f %12.0f %9.2f %10.2f\n", c, p, d, a, f, a / f, a / 2000 }'
done
