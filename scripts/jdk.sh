#!/usr/bin/env bash
# Sourced by the project's scripts: finds a JDK 25 (or newer) and exports JAVA_HOME and PATH.
# Order: $JAVA_HOME, then `java` on PATH, then the usual install folders (or those in $AIRAN_JDK_DIRS).
# If none is found it prints one clear line and returns 1.

airan_jdk_major() {
  # Prints the feature version of the JDK at $1 (reads its `release` file, falls back to `java -version`).
  local home=$1 v=""
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
  if [ -f "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" | head -n 1)
  fi
  if [ -z "$v" ]; then
    v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
  fi
  [ -n "$v" ] && echo "$v"
}

airan_find_jdk() {
  local want=25 cand major
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    cand=$(readlink -f "$(command -v java)" 2>/dev/null)
    [ -n "$cand" ] && candidates+=("$(dirname "$(dirname "$cand")")")
  fi
  # AIRAN_JDK_DIRS (space-separated glob patterns) replaces the usual install folders, e.g. to test this script.
  local patterns=${AIRAN_JDK_DIRS:-"/usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* /usr/java/* $HOME/.sdkman/candidates/java/* $HOME/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home"}
  for cand in $patterns; do
    [ -d "$cand" ] && candidates+=("$cand")
  done
  for cand in "${candidates[@]}"; do
    major=$(airan_jdk_major "$cand") || continue
    if [ -n "$major" ] && [ "$major" -ge "$want" ] 2>/dev/null; then
      export JAVA_HOME="$cand"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "airan: no JDK 25 found (looked at JAVA_HOME, java on PATH, /usr/lib/jvm, /opt/java, ~/.sdkman, ~/.jdks); install a JDK 25 (e.g. Eclipse Temurin 25) or set JAVA_HOME to one." >&2
  return 1
}
