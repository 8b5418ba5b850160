#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# Lists keys of the generated bundles/org.rensa.model.edit/plugin.properties that have no Japanese
# translation in plugin_ja.properties (and stale Japanese keys). Exit code 1 when they differ.
# Run it after releng/codegen/generate-model.sh whenever the model changed.
set -euo pipefail
EDIT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/bundles/org.rensa.model.edit"
keys() { sed -n 's/^\([A-Za-z0-9_.]*\)[[:space:]]*=.*/\1/p' "$1" | sort -u; }
diff <(keys "$EDIT/plugin.properties") <(keys "$EDIT/plugin_ja.properties") \
  | sed -n 's/^< /missing in plugin_ja.properties: /p; s/^> /stale in plugin_ja.properties: /p' \
  | { if grep .; then exit 1; fi; }
echo "plugin_ja.properties covers every key of plugin.properties"
