#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# The test command: sets the machine up, builds everything, runs every test bundle (UI tests under
# Xvfb), materialises the product and runs the command-line end-to-end checks against it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
JAVA_HOME="$(releng/scripts/setup-machine.sh)"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
export LANG=C.UTF-8
xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B -ntp verify "$@"
releng/scripts/cli-e2e.sh
releng/scripts/third-party.sh --check
