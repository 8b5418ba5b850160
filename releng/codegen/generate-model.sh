#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# Regenerates the EMF model and edit code of Rensa from
# bundles/org.rensa.model/model/rensa.ecore + rensa.genmodel, with EMF's standalone Generator.
#
#   releng/codegen/generate-model.sh                  # regenerate from the stored genmodel
#   releng/codegen/generate-model.sh --init-genmodel  # recreate rensa.genmodel from the ecore first
#
# How it works: the EMF codegen jars are fetched with Maven (dependency:copy, resolved from the
# local repository ~/.m2 or the configured remote) into target/codegen/lib; GenerateModel.java
# runs EMF's Generator with platform:/resource/org.rensa.model(.edit) mapped to a fresh staging
# folder target/codegen/staging. EMF writes its complete output there. This script then copies
# ONLY the generated parts into the bundles:
#   org.rensa.model:       src-gen/                     (replaced wholesale)
#   org.rensa.model.edit:  src-gen/, icons/ (replaced wholesale), plugin.properties (replaced;
#                          EMF's placeholder providerName is set to Rensa)
#   with --init-genmodel:  model/rensa.genmodel
# and then, the same way, the diagram notation model of org.rensa.diagram from
# bundles/org.rensa.diagram/model/notation.ecore + notation.genmodel (model code only):
#   org.rensa.diagram:     src-gen/                     (replaced wholesale)
#   with --init-genmodel or without a stored notation.genmodel:  model/notation.genmodel
# Hand-written edit code (bundles/org.rensa.model.edit/src, e.g. custom item-provider labels in
# org.rensa.model.provider.custom) is never touched: src-gen is replaced wholesale, so
# @generated NOT edits inside src-gen would be lost; subclass the generated providers instead.
# The hand-tuned bundle metadata (META-INF/MANIFEST.MF, build.properties, plugin.xml of both
# bundles, plugin.properties of the model bundle, plugin_ja.properties of both bundles) is
# NEVER overwritten; EMF's versions stay in target/codegen/staging for comparison when the model
# gains a package or a new extension. After adding/renaming types or features, update
# bundles/org.rensa.model.edit/plugin_ja.properties (releng/codegen/check-ja-keys.sh lists gaps).
#
# Output is deterministic: running the script twice gives identical files (UTF-8, LF).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MODEL="$ROOT/bundles/org.rensa.model"
EDIT="$ROOT/bundles/org.rensa.model.edit"
WORK="$ROOT/target/codegen"
LIB="$WORK/lib"
STAGING="$WORK/staging"

# EMF codegen and what it links against at generation time (versions pinned for reproducibility).
ARTIFACTS=(
  org.eclipse.emf:org.eclipse.emf.codegen.ecore:2.46.0
  org.eclipse.emf:org.eclipse.emf.codegen:2.28.0
  org.eclipse.emf:org.eclipse.emf.common:2.46.0
  org.eclipse.emf:org.eclipse.emf.ecore:2.43.0
  org.eclipse.emf:org.eclipse.emf.ecore.xmi:2.41.0
  org.eclipse.jdt:org.eclipse.jdt.core:3.46.0
  org.eclipse.jdt:ecj:3.46.0
  org.eclipse.platform:org.eclipse.equinox.common:3.21.0
  org.eclipse.platform:org.eclipse.text:3.14.800
  org.eclipse.platform:org.eclipse.core.runtime:3.35.0
  org.eclipse.platform:org.eclipse.osgi:3.24.300
  org.eclipse.platform:org.eclipse.core.jobs:3.15.900
  org.eclipse.platform:org.eclipse.equinox.preferences:3.12.100
  org.eclipse.platform:org.eclipse.core.contenttype:3.9.900
  org.eclipse.platform:org.eclipse.equinox.registry:3.12.600
  org.eclipse.platform:org.eclipse.core.resources:3.24.100
  org.eclipse.platform:org.eclipse.core.filesystem:1.11.500
  org.osgi:org.osgi.service.prefs:1.1.2
)
DEP_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

mkdir -p "$LIB"
for gav in "${ARTIFACTS[@]}"; do
  IFS=: read -r g a v <<<"$gav"
  if [[ ! -f "$LIB/$a-$v.jar" ]]; then
    (cd "$WORK" && mvn -q -B "$DEP_PLUGIN:copy" -Dartifact="$gav" -DoutputDirectory="$LIB" >"$WORK/mvn.log" 2>&1) \
      || { cat "$WORK/mvn.log" >&2; exit 1; }
  fi
done
CP="$(printf '%s:' "$LIB"/*.jar)"

# Compile the generator driver.
rm -rf "$WORK/classes"
javac -nowarn -encoding UTF-8 --release 17 -cp "$CP" -d "$WORK/classes" "$ROOT/releng/codegen/GenerateModel.java"

# Fresh staging folder holding the model sources.
rm -rf "$STAGING"
mkdir -p "$STAGING/org.rensa.model/model" "$STAGING/org.rensa.model.edit"
cp "$MODEL/model/rensa.ecore" "$STAGING/org.rensa.model/model/"
INIT=()
if [[ "${1:-}" == "--init-genmodel" ]]; then
  INIT=(--init-genmodel)
else
  cp "$MODEL/model/rensa.genmodel" "$STAGING/org.rensa.model/model/"
fi

java -Dfile.encoding=UTF-8 -Dline.separator=$'\n' -cp "$WORK/classes:$CP" GenerateModel "$STAGING" "${INIT[@]}"

# Normalise: LF line ends only, no trailing CR anywhere in generated text.
find "$STAGING" -type f \( -name '*.java' -o -name '*.properties' -o -name '*.xml' -o -name '*.MF' -o -name '*.genmodel' \) \
  -exec sed -i 's/\r$//' {} +

replace_dir() { rm -rf "$2"; mkdir -p "$(dirname "$2")"; cp -R "$1" "$2"; }
replace_dir "$STAGING/org.rensa.model/src-gen" "$MODEL/src-gen"
replace_dir "$STAGING/org.rensa.model.edit/src-gen" "$EDIT/src-gen"
replace_dir "$STAGING/org.rensa.model.edit/icons" "$EDIT/icons"
# EMF writes a placeholder vendor and literal names as enum labels; fix both in the generated output
# (labels from edit-labels.properties replace the generated lines with the same key).
sed "s/^providerName = www.example.org$/providerName = Rensa/" \
  "$STAGING/org.rensa.model.edit/plugin.properties" |
  awk 'NR == FNR { if ($0 ~ / = /) { k = substr($0, 1, index($0, " = ") - 1); label[k] = $0 } next }
       { k = substr($0, 1, index($0, " = ") - 1); print ((k in label) ? label[k] : $0) }' \
    "$ROOT/releng/codegen/edit-labels.properties" - >"$EDIT/plugin.properties"
if [[ ${#INIT[@]} -gt 0 ]]; then
  cp "$STAGING/org.rensa.model/model/rensa.genmodel" "$MODEL/model/rensa.genmodel"
fi

# The diagram notation model (org.rensa.diagram): model code only.
DIAGRAM="$ROOT/bundles/org.rensa.diagram"
mkdir -p "$STAGING/org.rensa.diagram/model"
cp "$DIAGRAM/model/notation.ecore" "$STAGING/org.rensa.diagram/model/"
NOTATION_INIT=()
if [[ ${#INIT[@]} -gt 0 || ! -f "$DIAGRAM/model/notation.genmodel" ]]; then
  NOTATION_INIT=(--init-genmodel)
else
  cp "$DIAGRAM/model/notation.genmodel" "$STAGING/org.rensa.diagram/model/"
fi
java -Dfile.encoding=UTF-8 -Dline.separator=$'\n' -cp "$WORK/classes:$CP" GenerateModel "$STAGING" --notation "${NOTATION_INIT[@]}"
find "$STAGING/org.rensa.diagram" -type f \( -name '*.java' -o -name '*.genmodel' \) -exec sed -i 's/\r$//' {} +
replace_dir "$STAGING/org.rensa.diagram/src-gen" "$DIAGRAM/src-gen"
if [[ ${#NOTATION_INIT[@]} -gt 0 ]]; then
  cp "$STAGING/org.rensa.diagram/model/notation.genmodel" "$DIAGRAM/model/notation.genmodel"
fi
echo "generate-model: done (EMF output for comparison: ${STAGING#$ROOT/})"
