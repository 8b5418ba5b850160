#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# Installs what a fresh Debian machine lacks to build, test and run Rensa: JDK 17, GTK 3, Xvfb,
# xauth, CJK fonts, (for screenshots and UI driving) ImageMagick and xdotool, and poppler-utils
# (pdfsig checks the signatures of final reports in the tests).
# Sourcing-safe: exports JAVA_HOME for the JDK 17 it selects.
set -euo pipefail

need=()
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
for p in libgtk-3-0 xvfb xauth fonts-noto-cjk imagemagick xdotool poppler-utils; do
  have_pkg "$p" || need+=("$p")
done
jdk17=""
for d in /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/java-17-openjdk* /usr/lib/jvm/temurin-17*; do
  [ -x "$d/bin/javac" ] && { jdk17="$d"; break; }
done
[ -n "$jdk17" ] || need+=(openjdk-17-jdk-headless)

if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${need[*]}" >&2
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
fi
if [ -z "$jdk17" ]; then
  for d in /usr/lib/jvm/java-17-openjdk*; do [ -x "$d/bin/javac" ] && { jdk17="$d"; break; }; done
fi
[ -n "$jdk17" ] || { echo "setup: no JDK 17 found after installation" >&2; exit 2; }
echo "$jdk17"
