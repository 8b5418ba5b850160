#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# Bundle hygiene, checked by the test command:
#  - hand-written Java is indented with tabs (generated src-gen/ is left as EMF writes it);
#  - every bundle's name is localised (Bundle-Name: %KEY, the key in the English and Japanese file);
#  - exported internal and impl packages are marked x-internal or x-friends.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
problems=0
problem() { echo "hygiene: $*" >&2; problems=$((problems + 1)); }

while IFS= read -r file; do
  line="$(grep -n -m1 '^    ' "$file" | cut -d: -f1 || true)"
  [ -n "$line" ] && problem "$file:$line: indented with spaces (the formatter uses tabs)"
done < <(git ls-files '*.java' | grep -v '/src-gen/')

for manifest in bundles/*/META-INF/MANIFEST.MF; do
  bundle="${manifest%/META-INF/MANIFEST.MF}"
  unfolded="$(sed -e ':a' -e 'N' -e '$!ba' -e 's/\r\?\n //g' "$manifest")"
  key="$(sed -n 's/^Bundle-Name: %\(.*\)$/\1/p' <<<"$unfolded" | tr -d '\r')"
  if [ -z "$key" ]; then
    problem "$manifest: Bundle-Name is not localised (%KEY)"
  else
    base="$(sed -n 's/^Bundle-Localization: \(.*\)$/\1/p' <<<"$unfolded" | tr -d '\r')"
    base="${base:-OSGI-INF/l10n/bundle}"
    for suffix in "" _ja; do
      grep -q "^$key *=" "$bundle/$base$suffix.properties" 2>/dev/null \
        || problem "$bundle/$base$suffix.properties: no $key"
    done
  fi
  exports="$(sed -n 's/^Export-Package: //p' <<<"$unfolded")"
  [ -z "$exports" ] && continue
  # split on commas outside quotes
  while IFS= read -r entry; do
    name="${entry%%;*}"
    case "$name" in
      *.internal|*.internal.*|*.impl|*.impl.*)
        case "$entry" in *x-internal:=true*|*x-friends:=*) ;; *) problem "$manifest: $name is exported without x-internal or x-friends" ;; esac ;;
    esac
  done < <(awk -v RS='"' 'NR % 2 == 1 { gsub(",", "\n") } { printf "%s%s", $0, (NR % 2 == 1 ? "\"" : "\"") }' <<<"$exports" | sed 's/^ *//; s/"$//')
done

if [ "$problems" -gt 0 ]; then
  echo "hygiene: $problems problem(s)" >&2
  exit 1
fi
echo "hygiene: tabs, localised bundle names and internal exports checked"
