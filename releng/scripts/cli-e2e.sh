#!/usr/bin/env bash
# SPDX-License-Identifier: AGPL-3.0-or-later
# End-to-end checks of the `rensa` command against the materialised product, as a user runs it.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rensa="$root/rensa"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
export RENSA_CONFIGURATION="$work/configuration"
passed=0; failed=0

# check NAME EXPECTED_EXIT COMMAND... ; output in $work/out, errors in $work/err
check() {
  local name="$1" expected="$2"; shift 2
  "$@" >"$work/out" 2>"$work/err"; local rc=$?
  if [ "$rc" -eq "$expected" ]; then passed=$((passed + 1)); return 0; fi
  failed=$((failed + 1)); echo "FAIL $name: exit $rc, expected $expected"; head -5 "$work/err"; return 1
}
expect_out() { # NAME REGEX: the last command's stdout has a line matching REGEX
  if grep -qE "$2" "$work/out"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL $1: no line matches /$2/"; head -20 "$work/out"; fi
}
expect_err() { # NAME REGEX: the last command's stderr has a line matching REGEX
  if grep -qE "$2" "$work/err"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL $1: no error line matches /$2/"; cat "$work/err"; fi
}
expect_one_line_error() {
  if [ "$(wc -l <"$work/err")" -eq 1 ] && grep -q '^rensa: ' "$work/err" && ! grep -q 'Exception' "$work/err"; then
    passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL $1: stderr is not one 'rensa: ' line"; cat "$work/err"; fi
}

check "help" 0 "$rensa" --help && expect_out "help lists commands" 'validate'
check "unknown command" 2 "$rensa" frobnicate && expect_one_line_error "unknown command"
check "info on a missing directory" 2 "$rensa" info "$work/nope" && expect_one_line_error "missing directory"
# one parser for every command: generated help, one wording for usage errors, --x v and --x=v
check "help lists the tools" 0 "$rensa" --help && expect_out "benchmarks listed" '^  benchmark-diagram +time '
check "command help" 0 "$rensa" report --help && expect_out "report usage" '^Usage: rensa report ' && expect_out "report options" 'audience=CLEAR'
check "unknown option" 2 "$rensa" info "$work/nope" --colour=red && expect_one_line_error "unknown option" && \
  expect_err "unknown option wording" "^rensa: info: unknown option '--colour' \\(try 'rensa info --help'\\)$"
check "missing option" 2 "$rensa" report "$work/nope" --out "$work/r" && expect_one_line_error "missing option" && \
  expect_err "missing option wording" '^rensa: report: missing --type '
check "repeated option" 2 "$rensa" diagram "$work/nope" --out a.svg --out=b.svg && expect_err "repeated option wording" '^rensa: diagram: option --out given more than once$'
check "bad --lang" 2 "$rensa" chain "$root/samples/demo" --lang fr && expect_one_line_error "bad --lang" && \
  expect_err "bad --lang wording" "^rensa: chain: invalid value 'fr' for --lang: expected en or ja$"
check "bad number" 2 "$rensa" benchmark-chain --runs=many && expect_err "bad number wording" "^rensa: benchmark-chain: invalid value 'many' for --runs: not a whole number$"
check "Japanese usage error" 2 "$rensa" risk "$root/samples/demo" --lang=ja --colour red && expect_err "Japanese wording" "^rensa: risk: 不明なオプション '--colour'"

cp -r "$root/samples/demo" "$work/demo"
check "info demo" 0 "$rensa" info "$work/demo" && {
  expect_out "demo organisations" '^organizations: (1[2-9]|[2-9][0-9])$'
  expect_out "demo tier 4" '^tier\.4: [1-9]'
  expect_out "demo responses" '^responses: [1-9][0-9]+$'
}
check "list demo organisations" 0 "$rensa" list "$work/demo" organizations && expect_out "list format" $'^[^\t]+\t.+$'
check "validate demo" 1 "$rensa" validate "$work/demo" && expect_out "validate summary" '^[0-9]+ errors?, [0-9]+ warnings?, [0-9]+ infos?$'
check "verify evidence demo" 0 "$rensa" verify-evidence "$work/demo"
oscal="$root/bundles/org.rensa.catalog.tests/resources/oscal"
check "export-oscal assessment results" 0 "$rensa" export-oscal "$work/demo" --assessment 55556826-e448-38bd-9534-8cdb1e9376f1 \
  --type assessment-results --out "$work/ar.json" && expect_out "oscal summary" '^wrote .*: OSCAL assessment-results \(json\), [1-9][0-9]* observations, '
check "export-oscal poam xml for GREEN" 0 "$rensa" export-oscal "$work/demo" --assessment 55556826-e448-38bd-9534-8cdb1e9376f1 \
  --type poam --format xml --audience GREEN --anonymise --out "$work/poam.xml" && expect_out "poam summary" ' poam-items, [1-9][0-9]* withheld for TLP:GREEN$'
# read back with an independent reader: NIST's liboscal-java (releng/oscal-check, a plain Maven module, never shipped)
kisaragi=55556826-e448-38bd-9534-8cdb1e9376f1; mkdir -p "$work/oscal"
for type in assessment-results poam; do for format in json xml; do
  check "export-oscal $type $format" 0 "$rensa" export-oscal "$work/demo" --assessment $kisaragi --type $type --format $format --out "$work/oscal/$type.$format"
done; done
oscal_check() { "$root/mvnw" -B -ntp -q -f "$root/releng/oscal-check/pom.xml" verify -Doscal.files="$1"; }
check "OSCAL read back with liboscal-java" 0 oscal_check "$work/oscal/assessment-results.json,$work/oscal/assessment-results.xml,$work/oscal/poam.json,$work/oscal/poam.xml,$work/poam.xml" && \
  expect_out "every reference resolves, JSON and XML agree" '^oscal-check: 5 file\(s\) read back with liboscal-java$'
sed -E '0,/"finding-uuid" *: *"[^"]*"/s//"finding-uuid" : "00000000-0000-4000-8000-000000000000"/' "$work/oscal/poam.json" >"$work/oscal/dangling.json"
check "a POA&M item naming a finding the document lacks fails the read-back" 1 oscal_check "$work/oscal/dangling.json" && \
  expect_err "names the dangling finding" 'names finding 00000000-0000-4000-8000-000000000000, which the document does not hold'
check "export-oscal unknown assessment" 2 "$rensa" export-oscal "$work/demo" --assessment nope --type poam --out "$work/x.json" \
  && expect_one_line_error "unknown assessment"
check "import-catalog profile without its catalogue" 2 "$rensa" import-catalog "$work/demo" "$oscal/NIST_SP-800-53_rev5_LOW-baseline_profile.json" \
  && expect_one_line_error "unfollowable import"
check "import-catalog profile with its catalogue" 0 "$rensa" import-catalog "$work/demo" "$oscal/NIST_SP-800-53_rev5_LOW-baseline_profile.xml" \
  --catalog "$oscal/NIST_SP-800-53_rev5_HIGH-baseline-resolved-profile_catalog-min.json" --dry-run \
  && expect_out "profile resolved" '18 sections, 149 requirements'
victim="$(find "$work/demo/evidence" -type f | sort | head -n 1)"
printf 'tampered' >>"$victim"
check "verify altered evidence" 1 "$rensa" verify-evidence "$work/demo" && expect_out "altered file named" "altered"
# an evidence log written with the documented chain (sha256 of the previous hash, a newline, the line's body)
cp -r "$root/samples/demo" "$work/logged"; mkdir -p "$work/logged/evidence-log"; prev=""
for i in 1 2 3; do
  body="2026-10-14T0$i:00:00Z"$'\t'"Daniel Ishikawa"$'\t'"recorded"$'\t'"ev-$i"$'\t'"Note $i"$'\t'"note-$i.txt=$(printf 'note %s' "$i" | sha256sum | cut -d' ' -f1)"
  prev="$(printf '%s\n%s' "$prev" "$body" | sha256sum | cut -d' ' -f1)"
  printf '%s\t%s\n' "$body" "$prev" >>"$work/logged/evidence-log/visit-1.log"
done
check "verify an evidence log without a recorded head" 1 "$rensa" verify-evidence "$work/logged" && expect_out "unrecorded log named" $'^UNRECORDED\tevidence-log/visit-1\\.log\t'
# the head the project records for it: model/evidence-log/heads.tsv, log<TAB>lines<TAB>last hash
mkdir -p "$work/logged/model/evidence-log"; printf 'visit-1.log\t3\t%s\n' "$prev" >"$work/logged/model/evidence-log/heads.tsv"
check "verify intact evidence log" 0 "$rensa" verify-evidence "$work/logged" && expect_out "intact log counted" '; 1 evidence logs intact, 0 broken$'
cp -r "$work/logged" "$work/truncated"; sed -i '$d' "$work/truncated/evidence-log/visit-1.log"
check "verify an evidence log without its last line" 1 "$rensa" verify-evidence "$work/truncated" && expect_out "truncation named" $'^TRUNCATED\tevidence-log/visit-1\\.log\tthe log has 2 lines, the project recorded 3'
check "seal without an authority" 2 "$rensa" seal "$work/logged" && expect_one_line_error "--tsa"
sed -i '2s/Note 2/Note 7/' "$work/logged/evidence-log/visit-1.log"
check "verify tampered evidence log" 1 "$rensa" verify-evidence "$work/logged" && expect_out "broken line named" $'^BROKEN\tevidence-log/visit-1\\.log:2\tline 2 does not match'
# every way of rewriting evidence history named in issue 15 is detected: a log of two of the demo's evidence items,
# written with the documented chain and recorded in the project's heads, then emptied, deleted, edited with the
# chain recomputed, or one file replaced together with its SHA-256 in evidence.xmi (the log still names the old one)
evidence_log() { # DIR TITLE-OF-THE-FIRST-ITEM ID...: writes DIR/evidence-log/visit-1.log, prints the last chain hash
  local dir="$1" first="$2" prev="" id title name sha body; shift 2; mkdir -p "$dir/evidence-log"; : >"$dir/evidence-log/visit-1.log"
  for id in "$@"; do
    title="$(grep -m1 "id=\"$id\"" "$dir/model/evidence.xmi" | sed -E 's/.* title="([^"]*)".*/\1/')"; [ -n "$first" ] && title="$first" && first=""
    name="$(grep -A1 "id=\"$id\"" "$dir/model/evidence.xmi" | grep -m1 -oE 'originalName="[^"]*"' | cut -d'"' -f2)"
    sha="$(grep -A1 "id=\"$id\"" "$dir/model/evidence.xmi" | grep -m1 -oE 'sha256="[^"]*"' | cut -d'"' -f2)"
    body="2026-10-14T05:00:00Z"$'\t'"Daniel Ishikawa"$'\t'"recorded"$'\t'"$id"$'\t'"$title"$'\t'"$name=$sha"
    prev="$(printf '%s\n%s' "$prev" "$body" | sha256sum | cut -d' ' -f1)"; printf '%s\t%s\n' "$body" "$prev" >>"$dir/evidence-log/visit-1.log"
  done; printf '%s' "$prev"
}
items=($(grep -oE '<rensa:Evidence id="[^"]*"' "$root/samples/demo/model/evidence.xmi" | head -n 2 | cut -d'"' -f2))
cp -r "$root/samples/demo" "$work/history"; mkdir -p "$work/history/model/evidence-log"
printf 'visit-1.log\t2\t%s\n' "$(evidence_log "$work/history" "" "${items[@]}")" >"$work/history/model/evidence-log/heads.tsv"
check "verify a recorded log of the demo's evidence" 0 "$rensa" verify-evidence "$work/history" && expect_out "recorded log intact" '; 1 evidence logs intact, 0 broken$'
cp -r "$work/history" "$work/emptied"; : >"$work/emptied/evidence-log/visit-1.log"
check "verify an emptied evidence log" 1 "$rensa" verify-evidence "$work/emptied" && expect_out "emptied log named" $'^TRUNCATED\tevidence-log/visit-1\\.log\tthe log has 0 lines, the project recorded 2: it was emptied$'
cp -r "$work/history" "$work/deleted"; rm "$work/deleted/evidence-log/visit-1.log"
check "verify a deleted evidence log" 1 "$rensa" verify-evidence "$work/deleted" && expect_out "deleted log named" $'^DELETED\tevidence-log/visit-1\\.log\tthe log is missing, but the project recorded 2 lines in it$'
cp -r "$work/history" "$work/rechained"; evidence_log "$work/rechained" "A better title" "${items[@]}" >/dev/null
check "verify an edited evidence log with its chain recomputed" 1 "$rensa" verify-evidence "$work/rechained" && \
  expect_out "rewritten log named" $'^REWRITTEN\tevidence-log/visit-1\\.log:2\tline 2 no longer ends with the hash the project recorded'
cp -r "$work/history" "$work/replaced"; printf 'a forged photo' >"$work/forged.png"; forged="$(sha256sum "$work/forged.png" | cut -d' ' -f1)"
original="$(grep -A1 "id=\"${items[0]}\"" "$work/replaced/model/evidence.xmi" | grep -m1 -oE 'sha256="[^"]*"' | cut -d'"' -f2)"
mkdir -p "$work/replaced/evidence/${forged:0:2}" && cp "$work/forged.png" "$work/replaced/evidence/${forged:0:2}/$forged"
sed -i -e "s|${original:0:2}/$original|${forged:0:2}/$forged|" -e "s/$original/$forged/g" -e "s/size=\"[0-9]*\"\(.*sha256=\"$forged\"\)/size=\"14\"\1/" "$work/replaced/model/evidence.xmi"
check "verify a file replaced together with its hash in the model" 1 "$rensa" verify-evidence "$work/replaced" && \
  expect_out "the log's hash compared with the model's" $'^MISMATCH\tevidence-log/visit-1\\.log:1\t.* was recorded with SHA-256 '"${original:0:12}"'…, the project now holds '"${forged:0:12}"'…$' && \
  expect_out "the store alone sees nothing" ' 0 missing, 0 altered; 0 evidence logs intact, 1 broken$'
diff -r -q "$root/samples/demo/model" "$work/demo/model" >/dev/null && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL read-only commands changed the model"; }

check "attention demo" 1 "$rensa" attention "$work/demo" && expect_out "a flow-down break to act on" $'^FLOW_DOWN_BREAK\tHIGH\t.*\tFlow-down broken along Minato Drive Systems' && \
  expect_out "a sensitive flow to a never-assessed organisation" $'^SENSITIVE_FLOW_UNASSESSED\tHIGH\t' && expect_out "attention count" '^[0-9]+ items need attention$'
check "attention demo ja" 1 "$rensa" attention "$work/demo" --lang ja && expect_out "Japanese attention count" '^対応が必要な項目: [0-9]+ 件$'
check "attention on a missing project" 2 "$rensa" attention "$work/no-such-project" && expect_one_line_error "attention on a missing project"
check "chain demo" 1 "$rensa" chain "$work/demo" && expect_out "a broken flow-down chain" 'Minato Drive Systems.*→'
check "validate demo METI" 1 "$rensa" validate "$work/demo" && expect_out "METI target below recommended" $'^WARNING\t.*METI target level'
check "validate demo ja" 1 "$rensa" validate "$work/demo" --lang ja && expect_out "Japanese diagnostics" $'^WARNING\t組織 .*経済産業省セキュリティ対策評価の目標'
check "risk demo ja" 0 "$rensa" risk "$work/demo" --lang ja && expect_out "Japanese risk table" $'^連鎖リスク\t'
check "meti-levels demo" 1 "$rensa" meti-levels "$work/demo" && expect_out "a target below the recommendation" $'^Tokai Logistics Service Co., Ltd.\t★3 \\(basic\\)\t★4 \\(standard\\)\t.*target below recommended'
check "meti-levels demo ja" 1 "$rensa" meti-levels "$work/demo" --lang=ja && expect_out "Japanese reasons" '発注元の社内ネットワークに接続できる'
check "coverage demo" 0 "$rensa" coverage "$work/demo" --out "$work/coverage.csv" && [ -s "$work/coverage.csv" ] && passed=$((passed + 1))
check "report demo" 0 "$rensa" report "$work/demo" --type visit --lang ja --format pdf,docx --out "$work/reports" && \
  { ls "$work/reports"/*.pdf "$work/reports"/*.docx >/dev/null 2>&1 && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL report files"; }; }
check "report portfolio" 0 "$rensa" report "$work/demo" --type portfolio --lang en --format docx --out "$work/reports" && \
  { grep -qa 'word/media/image[0-9]*\.svg' "$work/reports/portfolio-summary-en.docx" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL portfolio lacks the SVG chain figure"; }; }
# confidentiality (issue 15): the GREEN visit report withholds the RED and AMBER findings and everything that would tell
# their substance (verification notes, section notes, "not declared" flags), and says how many items it withheld;
# anonymised, no organisation, its short name or Japanese name, and no person appears in text or metadata
cp -r "$root/samples/demo" "$work/tlp"
for audience in CLEAR GREEN; do
  check "visit report for TLP:$audience" 0 "$rensa" report "$work/tlp" --type visit --audience $audience --lang en --out "$work/tlp-$audience" && \
    pdftotext "$work/tlp-$audience"/visit-*.pdf "$work/tlp-$audience.txt"
  withheld='whiteboard|gateway firmware|Declared DONE|without an application to the buyer|not declared'
  if grep -qiE "$withheld" "$work/tlp-$audience.txt"; then
    failed=$((failed + 1)); echo "FAIL TLP:$audience visit report tells a withheld finding's substance"; grep -iE "$withheld" "$work/tlp-$audience.txt"
  else passed=$((passed + 1)); fi
  grep -qE '^([0-9]+ items|One item) \(findings, evidence' "$work/tlp-$audience.txt" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL TLP:$audience report does not count what it withheld"; }
done
identifying="$( { grep -oE '<rensa:Organization [^>]*' "$root/samples/demo/model/organizations.xmi" | grep -oE ' name(Ja)?="[^"]*"' | cut -d'"' -f2 | sed 's/株式会社//; s/ .*//'
  grep -oE '<contacts [^>]*' "$root/samples/demo/model/organizations.xmi" | grep -oE ' name="[^"]*"' | cut -d'"' -f2
  printf 'Aya Morimoto\nDaniel Ishikawa\nHoshino\n'; } | sort -u)"
for lang in en ja; do
  check "anonymised GREEN visit report ($lang)" 0 "$rensa" report "$work/tlp" --type visit --anonymise --audience GREEN --lang $lang --out "$work/anon-$lang" && {
    pdftotext "$work/anon-$lang"/visit-*.pdf "$work/anon-$lang.txt"; pdfinfo "$work/anon-$lang"/visit-*.pdf >>"$work/anon-$lang.txt"; ls "$work/anon-$lang" >>"$work/anon-$lang.txt"
    leaks="$(while read -r name; do grep -qiwF -- "$name" "$work/anon-$lang.txt" && echo "$name"; done <<<"$identifying")"
    [ -z "$leaks" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL the anonymised $lang report names: $leaks"; }
  }
done
grep -qE 'Organisation [A-Z]+ Supplier Security Baseline 2026\.1' "$work/anon-en.txt" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL the checklist title still names the buyer"; }
# one pseudonym per person: the self-assessment's respondent is the first interviewee, under the same "Person n"
respondent="$(grep -oE 'declared on .* by Person [0-9]+' "$work/anon-en.txt" | head -n 1 | grep -oE 'Person [0-9]+$')"
[ -n "$respondent" ] && [ "$(grep -A3 -E '^Interviewees' "$work/anon-en.txt" | grep -oE 'Person [0-9]+' | head -n 1)" = "$respondent" ] && passed=$((passed + 1)) || \
  { failed=$((failed + 1)); echo "FAIL one person, two pseudonyms"; grep -E 'Person [0-9]+' "$work/anon-en.txt"; }
check "report unknown organisation" 2 "$rensa" report "$work/demo" --type remediation --org "No Such Co" --lang en --format pdf --out "$work/reports" && expect_one_line_error "report unknown organisation"
mkdir -p "$work/demo/settings"
printf 'consultancy.name = Kuroshio Assurance Partners\nlanguage = ja\naudience = GREEN\n' >"$work/demo/settings/report.properties"
check "report with project settings" 0 "$rensa" report "$work/demo" --type portfolio --out "$work/branded" && \
  { [ -s "$work/branded/portfolio-summary-ja.pdf" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL settings language not used"; }; }
printf 'audience = PURPLE\n' >"$work/demo/settings/report.properties"
check "report bad settings" 2 "$rensa" report "$work/demo" --type portfolio --out "$work/branded" && expect_one_line_error "report bad settings"
rm -r "$work/demo/settings"
# a final issue signed with the consultancy's PKCS#12 (PAdES), checked by poppler's pdfsig; bad passwords write nothing
cp -r "$work/demo" "$work/signing"
"${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}/bin/keytool" -genkeypair -keyalg RSA -keysize 2048 -alias consultancy -validity 3650 \
  -dname "CN=Rensa E2E Consultancy, C=JP" -storetype PKCS12 -keystore "$work/consultancy.p12" -storepass e2e-secret -keypass e2e-secret >/dev/null 2>&1
export RENSA_E2E_WRONG=guess RENSA_E2E_PASSWORD=e2e-secret
check "report --final wrong keystore password" 2 "$rensa" report "$work/signing" --type portfolio --lang en --out "$work/signed" --final \
  --sign-keystore "$work/consultancy.p12" --sign-password-env RENSA_E2E_WRONG && expect_one_line_error "wrong keystore password" && \
  expect_err "wrong password wording" '^rensa: wrong password for the signing keystore ' && \
  { [ ! -e "$work/signed" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL a refused signature wrote files"; }; }
check "report --final signed" 0 "$rensa" report "$work/signing" --type portfolio --lang en --out "$work/signed" --final \
  --sign-keystore "$work/consultancy.p12" --sign-password-env RENSA_E2E_PASSWORD && \
  expect_out "signed line" '^signed .*/portfolio-summary-en\.pdf \(Rensa E2E Consultancy\)$' && \
  expect_out "final line" '^final portfolio-summary-en\.pdf version 1 ' && \
  { [ ! -s "$work/err" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL signing printed on stderr"; cat "$work/err"; }; } && \
  { pdfsig -no-ocsp "$work/signed/portfolio-summary-en.pdf" 2>&1 | grep -q 'Signature Validation: Signature is Valid\.' && passed=$((passed + 1)) \
    || { failed=$((failed + 1)); echo "FAIL pdfsig does not validate the signature"; pdfsig "$work/signed/portfolio-summary-en.pdf"; }; } && \
  { grep -q "|$(sha256sum "$work/signed/portfolio-summary-en.pdf" | cut -d' ' -f1)" "$work/signing/model/settings/final-reports.properties" \
    && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL the register lacks the signed file's SHA-256"; }; }
check "export questionnaire" 0 "$rensa" export-questionnaire "$work/demo" --assessment "$("$rensa" list "$work/demo" assessments | head -n 1 | cut -f1)" --lang ja --out "$work/q.xlsx" && expect_out "the first export creates the workbook key" "^created the project's workbook key model/secrets/workbook-seal.key"
# a third-party self-check sheet (title row, then 項番 / 点検項目 / 区分 / 回答 / 備考), imported with --map auto
sheet_xlsx() { # FILE, then one tab-separated line per row on stdin
  local file="$1" dir; dir="$(mktemp -d -p "$work")"; mkdir -p "$dir/_rels" "$dir/xl/_rels" "$dir/xl/worksheets"
  printf '%s' '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>' >"$dir/[Content_Types].xml"
  printf '%s' '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>' >"$dir/_rels/.rels"
  printf '%s' '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="チェックシート" sheetId="1" r:id="rId1"/></sheets></workbook>' >"$dir/xl/workbook.xml"
  printf '%s' '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' >"$dir/xl/_rels/workbook.xml.rels"
  awk -F'\t' 'BEGIN { printf "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" }
    { printf "<row r=\"%d\">", NR; for (i = 1; i <= NF; i++) if ($i != "") { gsub(/&/, "\\&amp;", $i); gsub(/</, "\\&lt;", $i); printf "<c r=\"%c%d\" t=\"inlineStr\"><is><t>%s</t></is></c>", 64 + i, NR, $i }; printf "</row>" }
    END { printf "</sheetData></worksheet>" }' >"$dir/xl/worksheets/sheet1.xml"
  (cd "$dir" && zip -q -X -r "$file" '[Content_Types].xml' _rels xl)
}
printf '取引先セキュリティ自己点検シート\n項番\t点検項目\t区分\t回答\t備考\n1.1\tソフトウェアの更新\t基本\tはい\t毎月適用\n1.2\t次の項目\t基本\t一部\t\n' | sheet_xlsx "$work/industry.xlsx"
assessment="$("$rensa" list "$work/demo" assessments | head -n 1 | cut -f1)"
check "import-questionnaire --map auto" 0 "$rensa" import-questionnaire "$work/demo" "$work/industry.xlsx" --assessment "$assessment" --map auto --values 'はい=DONE;一部=PARTLY' --dry-run && {
  expect_out "guessed mapping printed" "^guessed --map 'sheet=チェックシート,first-row=3,id=A,question=B,answer=D,comment=E'$"
  expect_out "guessed rows read" '^would import 2 rows \(2 answered\)'
}
printf 'Ref\tControl\tResponse\n1.1\tSoftware updates\tYes\n' | sheet_xlsx "$work/odd.xlsx"
check "import-questionnaire --map auto without headers" 2 "$rensa" import-questionnaire "$work/demo" "$work/odd.xlsx" --assessment "$assessment" --map auto && expect_one_line_error "cannot guess the columns"
# forged workbooks (issue 15): the id sheet is sealed with the project's key (HMAC), so a workbook rewritten to point at
# another assessment, or with two requirement ids swapped, is refused in one line naming what was altered, even
# without --assessment; an untouched export imports
forge_xlsx() { # SOURCE TARGET SED-SCRIPT: the workbook with its shared strings rewritten
  local dir; dir="$(mktemp -d -p "$work")"; (cd "$dir" && unzip -q "$1" && sed -i -E "$3" xl/sharedStrings.xml && zip -q -X -r "$2" .)
}
uuids="$(grep -oE '<t>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}</t>' <(unzip -p "$work/q.xlsx" xl/sharedStrings.xml) | sed -E 's/<\/?t>//g')"
exported="$assessment"; other="$("$rensa" list "$work/demo" assessments | cut -f1 | grep -v "$exported" | head -n 1)"
req1="$(tail -n 2 <<<"$uuids" | head -n 1)"; req2="$(tail -n 1 <<<"$uuids")" # the id sheet ends with the requirements' rows
check "an untouched questionnaire imports without --assessment" 0 "$rensa" import-questionnaire "$work/demo" "$work/q.xlsx" --dry-run && \
  expect_out "the sealed assessment is used" "for assessment $exported: "
forge_xlsx "$work/q.xlsx" "$work/forged-assessment.xlsx" "s/<t>$exported<\/t>/<t>$other<\/t>/"
check "a questionnaire pointed at another assessment is refused" 2 "$rensa" import-questionnaire "$work/demo" "$work/forged-assessment.xlsx" && \
  expect_one_line_error "forged assessment" && expect_err "forged assessment named" "the id sheet was altered: the assessment id \\(exported for $exported, now $other\\); refused; nothing imported$"
forge_xlsx "$work/q.xlsx" "$work/forged-swap.xlsx" "s/<t>$req1<\/t>/<t>SWAP<\/t>/; s/<t>$req2<\/t>/<t>$req1<\/t>/; s/<t>SWAP<\/t>/<t>$req2<\/t>/"
check "a questionnaire with swapped requirement ids is refused" 2 "$rensa" import-questionnaire "$work/demo" "$work/forged-swap.xlsx" && \
  expect_one_line_error "swapped requirements" && expect_err "swapped rows named" 'the id sheet was altered: the requirement of 2 rows .*; refused; nothing imported$'
# the first export-questionnaire adds the project's workbook key (model/secrets/); nothing else may change
diff -r -q -x secrets "$root/samples/demo/model" "$work/demo/model" >/dev/null && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL read-only commands changed the model"; }

# a third-party workbook (written by the product's own questionnaire export, then read with a mapping) becomes a checklist
check "import-checklist dry run" 0 "$rensa" import-checklist "$work/demo" "$work/q.xlsx" --map 'sheets=*,id=A:^(?<id>[0-9]+\.[0-9]+)$,text=B,section=sheet' --dry-run && \
  { expect_out "checklist summary" '^would import checklist "q": 3 sections, 28 requirements from [0-9]+ sheet\(s\)'; expect_out "instructions missed" $'^MISSED\t'; }
check "import-checklist bad pattern" 2 "$rensa" import-checklist "$work/demo" "$work/q.xlsx" --map 'id=A:(,text=B' && expect_one_line_error "bad id pattern"
diff -r -q -x secrets "$root/samples/demo/model" "$work/demo/model" >/dev/null && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL import-checklist --dry-run changed the model"; }
cp -r "$root/samples/demo" "$work/checklist"
check "import-checklist" 0 "$rensa" import-checklist "$work/checklist" "$work/q.xlsx" --map 'id=A:^(?<id>[0-9]+\.[0-9]+)$,text=B' --name "From workbook" --save-mapping fromq && \
  expect_out "checklist imported" '^imported checklist "From workbook": [0-9]+ sections, [1-9][0-9]* requirements'
[ -s "$work/checklist/mappings/checklists/fromq.properties" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL checklist mapping not saved"; }
check "list checklists" 0 "$rensa" list "$work/checklist" checklists && expect_out "new checklist listed" $'\tFrom workbook$'
check "import-checklist with saved mapping" 0 "$rensa" import-checklist "$work/checklist" "$work/q.xlsx" --mapping fromq --dry-run
check "import-checklist --plan-for" 0 "$rensa" import-checklist "$work/checklist" "$work/q.xlsx" --mapping fromq --name "Planned" --plan-for "Kisaragi Electronics Co., Ltd." && \
  expect_out "assessment planned" '^planned an assessment of Kisaragi Electronics Co\., Ltd\. on it, id [^ ]+ '
check "import-checklist --plan-for unknown" 2 "$rensa" import-checklist "$work/checklist" "$work/q.xlsx" --mapping fromq --plan-for "Nobody Ltd." && \
  expect_one_line_error "unknown organisation"

check "diagram demo" 0 "$rensa" diagram "$work/demo" --out "$work/chain.svg" --layers all && \
  expect_out "diagram summary" 'organisations, [0-9]+ relationships, layers: risk' && [ -s "$work/chain.svg" ] && passed=$((passed + 1))
mkdir -p "$work/demo/model/diagrams"
echo "not xml" >"$work/demo/model/diagrams/supply-chain.rensadiagram"
check "corrupt diagram" 2 "$rensa" diagram "$work/demo" --out "$work/broken.svg" && expect_one_line_error "corrupt diagram"
check "model loads beside a corrupt diagram" 0 "$rensa" info "$work/demo"
rm -r "$work/demo/model/diagrams"

# the remediation tracker round trip: the first tracker creates the workbook key; an unchanged tracker
# imports with no change; trackers of another supplier or another project and non-workbooks are refused
cp -r "$root/samples/demo" "$work/tracker"
check "report tracker" 0 "$rensa" report "$work/tracker" --type remediation --org "Kisaragi Electronics Co., Ltd." --lang ja --format xlsx --out "$work/trackers" && \
  expect_out "the first tracker creates the workbook key" "^created the project's workbook key model/secrets/workbook-seal.key"
tracker="$work/trackers/remediation-plan-kisaragi-electronics-ja.xlsx"
check "import-tracker dry run" 0 "$rensa" import-tracker "$work/tracker" "$tracker" --dry-run && \
  expect_out "tracker summary" '^would import [1-9][0-9]* action row\(s\) of Kisaragi Electronics Co., Ltd.: 0 change\(s\)$'
check "import-tracker" 0 "$rensa" import-tracker "$work/tracker" "$tracker" --org "Kisaragi Electronics Co., Ltd." && expect_out "nothing changed" ': 0 change\(s\)$'
diff -r -q -x secrets "$root/samples/demo/model" "$work/tracker/model" >/dev/null && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL an unchanged tracker changed the model"; }
check "report another tracker" 0 "$rensa" report "$work/tracker" --type remediation --org "Tokai Logistics Service Co., Ltd." --lang en --format xlsx --out "$work/trackers"
check "import-tracker of another supplier" 2 "$rensa" import-tracker "$work/tracker" "$(ls "$work/trackers"/remediation-plan-tokai*-en.xlsx)" --org "Kisaragi Electronics Co., Ltd." && \
  expect_one_line_error "another supplier" && expect_err "another supplier wording" "is the tracker of Tokai Logistics Service Co., Ltd., not of Kisaragi Electronics Co., Ltd.; refused; nothing imported$"
check "import-tracker of another project" 2 "$rensa" import-tracker "$work/demo" "$tracker" && expect_one_line_error "another project" && \
  expect_err "another project wording" "not sealed with this project's key"
check "import-tracker of a non-workbook" 2 "$rensa" import-tracker "$work/tracker" "$work/coverage.csv" && expect_one_line_error "not a workbook"

check "new project" 0 "$rensa" new "$work/fresh" --name "Fresh" && check "info fresh" 0 "$rensa" info "$work/fresh" && expect_out "fresh is empty" '^organizations: [01]$'
check "new over an existing project" 2 "$rensa" new "$work/fresh" && expect_one_line_error "new over existing"
check "generate" 0 "$rensa" generate "$work/gen" --suppliers 40 --seed 7 && check "info generated" 0 "$rensa" info "$work/gen" && expect_out "generated tier 1" '^tier\.1: 40$'
echo "not xml" >"$work/gen/model/organizations.xmi"
check "corrupt model" 2 "$rensa" info "$work/gen" && expect_one_line_error "corrupt model"

# one writer at a time: a live lock (another host's, refreshed a minute ago) refuses a writer in one line naming
# the holder; readers need no lock; a lock older than the documented limit (10 minutes) is taken over
cp -r "$root/samples/demo" "$work/locked"
printf 'profile=Aiko Sato\nuser=aiko\nhost=elsewhere.example\npid=4242\nstarted=2026-12-05T01\\:00\\:00Z\ntool=workbench\ntoken=t1\n' >"$work/locked/.rensa.lock"
touch -d '1 minute ago' "$work/locked/.rensa.lock"
check "a second writer is refused" 2 "$rensa" import-catalog "$work/locked" --shipped sme-basics && expect_one_line_error "lock refusal" && \
  expect_err "lock holder named" '^rensa: .*/locked: locked by Aiko Sato \(user aiko on host elsewhere\.example, pid 4242, workbench since 2026-12-05T01:00:00Z\); try again when it has finished$'
check "readers need no lock" 0 "$rensa" info "$work/locked"
diff -r -q "$root/samples/demo/model" "$work/locked/model" >/dev/null && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL a refused writer changed the model"; }
touch -d '20 minutes ago' "$work/locked/.rensa.lock"
check "a stale lock is taken over" 0 "$rensa" import-catalog "$work/locked" --shipped sme-basics && expect_out "imported after the takeover" '^imported checklist '
[ ! -e "$work/locked/.rensa.lock" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL the lock was not released"; }
# guards by content: a macro project renamed to xl/media/data.bin (an OLE2 compound file) is refused whatever its name
printf '1.1\tソフトウェアの更新\tはい\n' | sheet_xlsx "$work/renamed-macro.xlsx"
mkdir -p "$work/ole/xl/media"; printf '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1vba' >"$work/ole/xl/media/data.bin"
(cd "$work/ole" && zip -q "$work/renamed-macro.xlsx" xl/media/data.bin)
check "a renamed macro project is refused" 2 "$rensa" import-questionnaire "$work/demo" "$work/renamed-macro.xlsx" --assessment "$assessment" --map auto && \
  expect_one_line_error "renamed macro" && expect_err "judged by its bytes" 'refused: part xl/media/data.bin is an OLE2 compound file'
# a logo that is a symbolic link to a picture outside the project is refused with one line; the report is made without it
cp -r "$root/samples/demo" "$work/linked"; mkdir -p "$work/linked/settings" "$work/outside"; cp "$root/bundles/org.rensa.app/icons/rensa16.png" "$work/outside/secret.png"
ln -s "$work/outside/secret.png" "$work/linked/settings/logo.png"
printf 'consultancy.logo = logo.png\n' >"$work/linked/settings/report.properties"
check "report with a logo linked outside" 0 "$rensa" report "$work/linked" --type portfolio --format pdf --out "$work/linked-out" && \
  expect_err "logo refused" 'logo\.png refused: leads outside the project'
# the same for a settings/ folder that is itself a link to a folder outside the project
cp -r "$root/samples/demo" "$work/linked-folder"; cp -r "$work/linked/settings" "$work/outside/settings"; rm "$work/outside/settings/logo.png"
cp "$work/outside/secret.png" "$work/outside/settings/logo.png"; ln -s "$work/outside/settings" "$work/linked-folder/settings"
check "report with a settings folder linked outside" 0 "$rensa" report "$work/linked-folder" --type portfolio --format pdf --out "$work/linked-folder-out" && \
  expect_err "linked folder refused" 'logo\.png refused: leads outside the project' && \
  { [ "$(pdfimages -list "$work/linked-folder-out/portfolio-summary-en.pdf" | awk 'NR > 2 && $4 == 16 && $5 == 16' | wc -l)" -eq 0 ] && passed=$((passed + 1)) \
    || { failed=$((failed + 1)); echo "FAIL the linked logo was embedded"; }; }
# two writers started together (issue 15: 6 of 40 trials left a project that no longer opened): one waits its turn or
# is refused in one line naming the holder; the project always opens and every writer that exited 0 kept its change
for trial in 1 2 3; do
  rm -rf "$work/race"; cp -r "$root/samples/demo" "$work/race"
  "$rensa" import-catalog "$work/race" --shipped sme-basics >"$work/race1.out" 2>"$work/race1.err" & first=$!
  "$rensa" import-catalog "$work/race" --shipped security-action >"$work/race2.out" 2>"$work/race2.err" & second=$!
  wait $first; rc1=$?; wait $second; rc2=$?
  check "the project opens after two writers (trial $trial)" 0 "$rensa" list "$work/race" checklists
  for w in "1 $rc1 SME security basics" "2 $rc2 SECURITY ACTION"; do
    read -r n rc name <<<"$w"
    if [ "$rc" -eq 0 ]; then grep -qiF "$name" "$work/out" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL writer $n exited 0 but its checklist is lost"; }
    elif [ "$rc" -eq 2 ] && [ "$(wc -l <"$work/race$n.err")" -eq 1 ] && grep -q '^rensa: .*: locked by ' "$work/race$n.err"; then passed=$((passed + 1))
    else failed=$((failed + 1)); echo "FAIL writer $n: exit $rc"; cat "$work/race$n.err"; fi
  done
done
# crash safety, small: writers killed at random points leave the old or the new project and a complete model.bak/
check "benchmark-crash" 0 "$rensa" benchmark-crash --kills 5 --organizations 100 && expect_out "no torn project" '^unopenable: 0$' && \
  expect_out "complete backups" '^model.bak/ complete: 5, incomplete: 0$'
# hostile input (issue 15): one line and exit 2, never "internal error", whatever the file holds
hostile="$work/hostile"; mkdir -p "$hostile"; cp -r "$root/samples/demo" "$hostile/demo"
expect_no_internal_error() {
  if grep -qi 'internal error' "$work/err"; then failed=$((failed + 1)); echo "FAIL $1: internal error"; cat "$work/err"; else passed=$((passed + 1)); fi
}
{ printf '<?xml version="1.0"?><catalog xmlns="http://csrc.nist.gov/ns/oscal/1.0" uuid="74c8ba1e-5cd4-4ad1-bbfd-d888e2f6c724"><metadata><title>T</title><oscal-version>1.1.2</oscal-version></metadata>'
  for i in $(seq 3000); do printf '<group id="g%d"><title>G</title>' "$i"; done
  printf '<control id="c1"><title>C</title></control>'; for i in $(seq 3000); do printf '</group>'; done; printf '</catalog>'; } >"$hostile/deep.xml"
check "OSCAL XML with 3,000 nested groups" 2 "$rensa" import-catalog "$hostile/demo" "$hostile/deep.xml" --dry-run && \
  expect_one_line_error "deep OSCAL XML" && expect_err "deep OSCAL XML wording" '^rensa: .*deep\.xml: refused: elements nested more than 200 deep$'
{ printf '{"catalog":{"uuid":"74c8ba1e-5cd4-4ad1-bbfd-d888e2f6c724","metadata":{"title":"T","oscal-version":"1.1.2"},"groups":['
  for i in $(seq 3000); do printf '{"id":"g%d","title":"G","groups":[' "$i"; done
  for i in $(seq 3000); do printf ']}'; done; printf ']}}'; } >"$hostile/deep.json"
check "OSCAL JSON with 3,000 nested groups" 2 "$rensa" import-catalog "$hostile/demo" "$hostile/deep.json" --dry-run && \
  expect_one_line_error "deep OSCAL JSON" && expect_err "deep OSCAL JSON wording" 'nesting depth'
: >"$hostile/empty.xlsx"
check "empty .xlsx questionnaire" 2 "$rensa" import-questionnaire "$hostile/demo" "$hostile/empty.xlsx" --dry-run && \
  expect_one_line_error "empty xlsx" && expect_err "empty xlsx wording" '^rensa: .*empty\.xlsx: empty file, not an Excel \.xlsx workbook; nothing imported$'
check "empty .xlsx checklist" 2 "$rensa" import-checklist "$hostile/demo" "$hostile/empty.xlsx" --map 'id=A,text=B' --dry-run && expect_one_line_error "empty xlsx checklist"
head -c 3000 "$root/bundles/org.rensa.catalog.tests/resources/oscal/NIST_SP800-171_rev3_catalog.xml" >"$hostile/truncated.xml"
check "truncated OSCAL catalogue" 2 "$rensa" import-catalog "$hostile/demo" "$hostile/truncated.xml" --dry-run && expect_one_line_error "truncated OSCAL"
head -c 5000 "$work/q.xlsx" >"$hostile/truncated.xlsx"
check "truncated questionnaire" 2 "$rensa" import-questionnaire "$hostile/demo" "$hostile/truncated.xlsx" --dry-run && expect_one_line_error "truncated xlsx"
printf '{"catalog":{"uuid":"%s"}}' "$(head -c 100000 /dev/zero | tr '\0' '0')" >"$hostile/huge-uuid.json"
check "a huge value in an error" 2 "$rensa" import-catalog "$hostile/demo" "$hostile/huge-uuid.json" --dry-run && expect_one_line_error "huge value" && \
  { [ "$(wc -c <"$work/err")" -lt 1000 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL huge value echoed whole"; }; }
: >"$hostile/demo/model/findings.xmi"
check "0-byte model file" 2 "$rensa" info "$hostile/demo" && expect_one_line_error "0-byte model file"
cp "$root/samples/demo/model/findings.xmi" "$hostile/demo/model/findings.xmi"
# a model file cut in the middle of an element: the file, the line and the previous save, in one line
cp -r "$root/samples/demo/model" "$hostile/demo/model.bak"
head -c 1500 "$root/samples/demo/model/findings.xmi" >"$hostile/demo/model/findings.xmi"
check "truncated model file" 2 "$rensa" info "$hostile/demo" && expect_one_line_error "truncated model file" && \
  expect_err "truncated model file wording" 'findings\.xmi, line [0-9]+: the file ends in the middle of an element \(truncated\?\); the previous save is kept complete in model\.bak/$'
rm -r "$hostile/demo/model.bak"
cp "$root/samples/demo/model/findings.xmi" "$hostile/demo/model/findings.xmi"
printf 'format=1\nformat=\\u00zz\n' >"$hostile/demo/model/rensa.properties"
check "malformed rensa.properties" 2 "$rensa" info "$hostile/demo" && expect_one_line_error "malformed rensa.properties"
cp "$root/samples/demo/model/rensa.properties" "$hostile/demo/model/rensa.properties"
mkdir -p "$hostile/demo/model/settings" && printf 'weight.weakness = lots\n' >"$hostile/demo/model/settings/chain-risk.properties"
check "bad chain-risk setting" 2 "$rensa" risk "$hostile/demo" && expect_one_line_error "bad chain-risk setting"
rm -r "$hostile/demo/model/settings"
mkdir -p "$hostile/demo/evidence-log" && printf '\377\376garbage\n' >"$hostile/demo/evidence-log/no-visit.log"
check "garbage evidence log" 1 "$rensa" verify-evidence "$hostile/demo" && expect_no_internal_error "garbage evidence log"

# team sync through Git: a bare repository on the file system (file:// URL), two auditors; history; an
# unreachable remote (exit 2, one line, the work stays committed); an air-gapped bundle round trip, a tampered bundle
git init -q --bare "$work/team.git" && git -C "$work/team.git" symbolic-ref HEAD refs/heads/main
remote="file://$work/team.git"
cp -r "$root/samples/demo" "$work/lead"
check "share" 0 "$rensa" share "$work/lead" --remote "$remote" && expect_out "shared" '^shared .*/lead \(commit [0-9a-f]{7}\)'
check "share again" 2 "$rensa" share "$work/lead" --remote "$remote" && expect_one_line_error "share again"
check "clone" 0 "$rensa" clone "$remote" "$work/second" && expect_out "cloned" "^cloned $remote into .*/second \\(commit [0-9a-f]{7}\\)$"
grep -q 'model/\*.xmi merge=rensa' "$work/second/.gitattributes" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL the clone has no model merge attributes"; }
check "second auditor imports a checklist" 0 "$rensa" import-catalog "$work/second" --shipped sme-basics
check "sync pushes" 0 "$rensa" sync "$work/second" -m "SME checklist" && expect_out "pushed" '^pushed \(commit [0-9a-f]{7}\)$'
check "lead imports another checklist" 0 "$rensa" import-catalog "$work/lead" --shipped security-action
check "sync merges" 0 "$rensa" sync "$work/lead" && expect_out "merged" '^merged \(commit [0-9a-f]{7}\)$'
check "validate after the merge" 1 "$rensa" validate "$work/lead" && expect_out "merge result validates" '^[0-9]+ errors?, '
check "verify-evidence after the merge" 0 "$rensa" verify-evidence "$work/lead"
check "sync fast-forwards" 0 "$rensa" sync "$work/second" && expect_out "fast-forwarded" '^fast-forwarded \(commit [0-9a-f]{7}\)$'
diff -r -q -x .git -x .rensa.lock "$work/lead/model" "$work/second/model" >/dev/null && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL the two clones differ after sync"; }
check "history" 0 "$rensa" history "$work/lead" && expect_out "who changed what, when" ' added, [^,]+, [0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}$'
check "history of a missing project" 2 "$rensa" history "$work/nope" && expect_one_line_error "history of nothing"
# history tells who changed a verdict, in English and in Japanese (labels, feature and values from the one language layer)
sed -i '0,/verdict="PARTIALLY_CONFORM"/s//verdict="NONCONFORM"/' "$work/second/model/assessments.xmi"
check "second auditor's verdict is pushed" 0 "$rensa" sync "$work/second" -m "verified on site" && expect_out "verdict pushed" '^pushed '
check "lead receives the verdict" 0 "$rensa" sync "$work/lead" && expect_out "verdict received" '^fast-forwarded '
check "history of a verdict" 0 "$rensa" history "$work/lead" && \
  expect_out "who changed the verdict" '^verdict of .*: partially conform -> nonconform, [^,]+, [0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}$'
check "history of a verdict in Japanese" 0 "$rensa" history "$work/lead" --lang ja && \
  expect_out "verdict history in Japanese" '^.+の検証結果：一部適合 → 不適合、[^、]+、[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}$' && \
  expect_out "added in Japanese" '^チェックリスト「.+」を追加、' && \
  { english=' (added|deleted), | -> |, [^,、]+, [0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}$' # the English wording (data such as English titles may stay)
    grep -qE "$english" "$work/out" && { failed=$((failed + 1)); echo "FAIL English wording in the Japanese history"; grep -E "$english" "$work/out" | head -3; } || passed=$((passed + 1)); }
check "clone from an unreachable remote" 2 "$rensa" clone "http://127.0.0.1:9/team.git" "$work/nowhere" && expect_one_line_error "unreachable clone"
[ ! -e "$work/nowhere" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL a failed clone left a directory"; }
# a server that refuses our credentials (HTTP 401): one line naming the cause, nothing cloned, the work kept
python3 -c 'import http.server as h
class H(h.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(401); self.send_header("WWW-Authenticate", "Basic realm=\"team\""); self.send_header("Content-Length", "0"); self.end_headers()
    do_POST = do_GET
    def log_message(self, *a): pass
s = h.HTTPServer(("127.0.0.1", 0), H); print(s.server_address[1], flush=True); s.serve_forever()' >"$work/auth.port" & authserver=$!
for _ in $(seq 50); do [ -s "$work/auth.port" ] && break; sleep 0.1; done; denied="http://127.0.0.1:$(cat "$work/auth.port")/team.git"
RENSA_GIT_TOKEN=wrong check "clone with refused credentials" 2 "$rensa" clone "$denied" "$work/denied" && expect_one_line_error "authentication failure" && \
  expect_err "authentication named" "^rensa: clone: $denied: authentication failed \\(set RENSA_GIT_TOKEN and RENSA_GIT_USER, or a Git credential helper\\); nothing was cloned$"
[ ! -e "$work/denied" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL a refused clone left a directory"; }
cp -r "$work/lead" "$work/denied-sync"; git -C "$work/denied-sync" remote set-url origin "$denied"
sed -i '0,/verdict="CONFORM"/s//verdict="NOT_APPLICABLE"/' "$work/denied-sync/model/assessments.xmi"
check "sync with refused credentials" 2 "$rensa" sync "$work/denied-sync" && expect_one_line_error "authentication failure on sync" && \
  expect_err "work kept" 'authentication failed .*; your work is committed locally \([0-9a-f]{7}\)$'
[ -z "$(git -C "$work/denied-sync" status --porcelain)" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL the refused sync lost the work"; }
kill "$authserver"
git -C "$work/second" remote set-url origin "http://127.0.0.1:9/team.git"
check "second imports offline" 0 "$rensa" import-catalog "$work/second" --shipped supplier-guideline
check "sync to an unreachable remote" 2 "$rensa" sync "$work/second" && expect_one_line_error "unreachable sync" && \
  expect_err "work kept" 'cannot be reached .*; your work is committed locally \([0-9a-f]{7}\)$'
[ -z "$(git -C "$work/second" status --porcelain)" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL the offline work is not committed"; }
check "field auditor writes a bundle" 0 "$rensa" sync "$work/second" --bundle "$work/usb.bundle" && expect_out "bundle written" 'bundle written: .*/usb\.bundle$'
cp "$work/usb.bundle" "$work/tampered.bundle"
printf 'XXXX' | dd of="$work/tampered.bundle" bs=1 seek=$(( $(stat -c %s "$work/usb.bundle") - 40 )) conv=notrunc 2>/dev/null
check "a tampered bundle is refused" 2 "$rensa" sync "$work/lead" --bundle "$work/tampered.bundle" && expect_one_line_error "tampered bundle" && \
  expect_err "nothing applied" "not a valid Rensa bundle or altered"
check "lead reads the bundle" 0 "$rensa" sync "$work/lead" --bundle "$work/usb.bundle" && expect_out "bundle merged" '^(fast-forwarded|merged) \(commit [0-9a-f]{7}\)'
diff -r -q "$work/lead/model" "$work/second/model" >/dev/null && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL the bundle did not bring the field work"; }

echo "cli-e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
