#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# The test command: sets the machine up, builds everything, runs every test bundle (UI tests under
# Xvfb), materialises the product, validates the PDF reports the tests wrote with veraPDF and runs
# the command-line end-to-end checks against the product.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
JAVA_HOME="$(releng/scripts/setup-machine.sh)"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
export LANG=C.UTF-8
xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B -ntp verify "$@"
# PDF/A-2u: veraPDF validates the reports the report tests wrote (a plain Maven module outside the
# product; it fails on any non-compliance and names the rule ids)
./mvnw -B -ntp -f releng/verapdf-check/pom.xml verify \
  -Dverapdf.files="$root/bundles/org.rensa.report.tests/target/pdfa" -Dverapdf.expect=5
releng/scripts/cli-e2e.sh
releng/scripts/third-party.sh --check
releng/scripts/check-hygiene.sh
