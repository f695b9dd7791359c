#!/usr/bin/env bash
# Builds bundle/: everything a GPU machine with no Java, no Maven and no network needs to verify the GPU backend
# with scripts/gpu-check.sh (copied into the bundle as run.sh):
#   bundle/jdk/          a jlink'd JDK 25 runtime (only the modules the tests and JMH need)
#   bundle/lib/test/     airan-phy main and test classes + the test classpath (JUnit, JCuda with its natives, ...)
#   bundle/lib/bench/    the benchmarks module jar (with JMH's BenchmarkList) and JMH's own jars
#   bundle/run.sh        the check (nvidia-smi, libraries, GPU tests, GPU benchmarks)
# and bundle/airan-gpu-bundle.tar.gz holding all of it (the thing to copy). JCuda's natives jar is repacked with
# only the driver-API library (the runtime and PTX-compiler JNI libraries are not used and are most of its size).
# Run from anywhere on the build machine; needs JDK 25 and the local Maven repository.
# CUFFT_LIB=/path/to/libcufft.so.12 also copies that library into bundle/lib/native/ for the cuFFT FFT stage (for a
# GPU machine without the CUDA toolkit; run.sh uses it first). It is large: cuFFT 12.0 is 273 MiB (the
# nvidia-cufft wheel 204 MiB compressed), so the default bundle leaves it out and run.sh searches the machine.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
. scripts/jdk.sh
airan_find_jdk >/dev/null
B="$ROOT/bundle"
rm -rf "$B"
mkdir -p "$B/lib/test" "$B/lib/bench"

echo "[1/5] building airan-phy (with test classes) and the benchmarks jar"
./mvnw -B -q -ntp -pl benchmarks -am package -DskipTests
./mvnw -B -q -ntp -pl airan-phy test-compile

echo "[2/5] test classpath"
./mvnw -B -q -ntp -pl airan-phy dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$B/classpath.txt" >/dev/null
tr ':' '\n' < "$B/classpath.txt" | while read -r jar; do
  [ -n "$jar" ] && cp "$jar" "$B/lib/test/"
done
rm "$B/classpath.txt"
cp airan-phy/target/airan-phy-*.jar "$B/lib/test/"
(cd airan-phy/target/test-classes && "$JAVA_HOME/bin/jar" cf "$B/lib/test/airan-phy-tests.jar" .)
cp benchmarks/target/benchmarks-*.jar "$B/lib/bench/"
M2=${MAVEN_REPO:-$HOME/.m2/repository}
for jar in "$M2"/org/openjdk/jmh/jmh-core/1.37/jmh-core-1.37.jar "$M2"/net/sf/jopt-simple/jopt-simple/*/jopt-simple-*.jar \
           "$M2"/org/apache/commons/commons-math3/3.*/commons-math3-3.*.jar; do
  [ -f "$jar" ] && [ ! -f "$B/lib/test/$(basename "$jar")" ] && cp "$jar" "$B/lib/bench/"
done
# Keep only libJCudaDriver in the JCuda natives jar.
NAT=$(ls "$B"/lib/test/jcuda-natives-*.jar)
TMP=$(mktemp -d)
(cd "$TMP" && "$JAVA_HOME/bin/jar" xf "$NAT" && find lib -name '*.so' ! -name 'libJCudaDriver-*' -delete \
  && rm -f "$NAT" && "$JAVA_HOME/bin/jar" cf "$NAT" .)
rm -rf "$TMP"

if [ -n "${CUFFT_LIB:-}" ]; then
  mkdir -p "$B/lib/native"
  cp "$CUFFT_LIB" "$B/lib/native/$(basename "$CUFFT_LIB")"
  echo "bundled cuFFT: $(basename "$CUFFT_LIB")"
fi

echo "[3/5] jlink runtime"
MODULES=java.base,java.logging,java.management,jdk.management,jdk.incubator.vector,jdk.unsupported
"$JAVA_HOME/bin/jlink" --add-modules "$MODULES" --strip-debug --no-man-pages --no-header-files \
  --compress=zip-9 --output "$B/jdk"

echo "[4/5] scripts"
cp scripts/gpu-check.sh "$B/run.sh"
chmod +x "$B/run.sh"
{
  echo "commit $(git describe --always --dirty --abbrev=12 2>/dev/null || echo unknown)"
  echo "built $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "jdk $("$B/jdk/bin/java" -version 2>&1 | head -n 1)"
  grep -E '^(nvcc|min-driver|output)' airan-phy/src/main/resources/org/airan/phy/gpu/kernels.manifest
} > "$B/BUILD-INFO.txt"

echo "[5/5] archive"
TAR="$(mktemp -d)/airan-gpu-bundle.tar.gz"
tar -C "$B" -czf "$TAR" .
mv "$TAR" "$B/airan-gpu-bundle.tar.gz"
du -sh --exclude=airan-gpu-bundle.tar.gz "$B" | sed 's/^/bundle folder: /'
ls -l "$B/airan-gpu-bundle.tar.gz" | awk '{printf "airan-gpu-bundle.tar.gz: %.1f MB\n", $5/1048576}'
