// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.SheetUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rensa.core.security.WorkbookSeal;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.ActionStatus;
import org.rensa.model.Certification;
import org.rensa.model.CertificationScheme;
import org.rensa.model.Finding;
import org.rensa.model.Organization;
import org.rensa.model.RemediationAction;
import org.rensa.model.RensaFactory;
import org.rensa.model.Requirement;
import org.rensa.model.Tlp;
import org.rensa.report.build.ReportBuilder;
import org.rensa.report.build.Texts;
import org.rensa.report.tracker.TrackerLayout;
import org.rensa.report.xlsx.XlsxTracker;

/**
 * Documents say why a finding is still open beside finished actions, mark data shown in the other
 * language only, and the tracker's one-word columns hold their words.
 */
class FindingStatusAndLanguageMarkerTest {

	@Test
	void theReportsSayWhyAFindingIsOpenBesideDoneActions() throws IOException {
		AuditProjectDocument demo = Demo.load();
		Finding f010 = finding(demo, "F-010");
		Organization supplier = f010.getOrganization();
		String en = Demo.docxText(Demo.docx(ReportBuilder.remediation(demo, supplier, Demo.options("en", Tlp.AMBER, false))));
		assertTrue(en.contains("Open (all actions done, awaiting verification)"), "the reason beside F-010's status");
		String ja = Demo.docxText(Demo.docx(ReportBuilder.remediation(demo, supplier, Demo.options("ja", Tlp.AMBER, false))));
		assertTrue(ja.contains("未対応（全措置が完了報告済み・完了確認待ち）"), "the reason in Japanese");

		f010.getActions().forEach(a -> a.setStatus(ActionStatus.VERIFIED));
		String verified = Demo.docxText(Demo.docx(Demo.visitReport(demo, Demo.options("en", Tlp.AMBER, false))));
		assertTrue(verified.contains("Open (all actions verified, the finding can be closed)"), "ready to close");
	}

	@Test
	void aFindingWhoseStatusAgreesWithItsActionsShowsTheStatusAlone() throws IOException {
		AuditProjectDocument demo = Demo.load();
		Finding f010 = finding(demo, "F-010");
		// F-005 and F-010 are the demo's findings open beside done actions
		demo.getProject().getRemediationActions().stream().filter(a -> a.getStatus() == ActionStatus.DONE)
				.forEach(a -> a.setStatus(ActionStatus.IN_PROGRESS));
		String en = Demo.docxText(Demo.docx(ReportBuilder.remediation(demo, f010.getOrganization(), Demo.options("en", Tlp.AMBER, false))));
		assertFalse(en.contains("awaiting verification"), "nothing to explain while an action is in progress");
	}

	@Test
	void japaneseDocumentsMarkEnglishOnlyDataAndEnglishDocumentsJapaneseOnlyData() throws IOException {
		AuditProjectDocument demo = Demo.load();
		Finding f010 = finding(demo, "F-010");
		RemediationAction action = f010.getActions().get(0);
		Organization supplier = f010.getOrganization();
		action.setOwner("Kenji Hoshino, General Affairs (Kisaragi Electronics)");
		String ja = Demo.docxText(Demo.docx(ReportBuilder.remediation(demo, supplier, Demo.options("ja", Tlp.AMBER, false))));
		assertTrue(ja.contains(action.getOwner() + " [英語のみ]"), "an English-only owner is marked in Japanese");
		assertFalse(ja.contains(action.getAction()), "the Japanese action text is used");

		action.setOwner("Kenji Hoshino, General Affairs / 星野 健二（総務）");
		action.setAction(null);
		String bilingual = Demo.docxText(Demo.docx(ReportBuilder.remediation(demo, supplier, Demo.options("ja", Tlp.AMBER, false))));
		assertTrue(bilingual.contains("星野 健二（総務）"), "the Japanese part of an owner written in both");
		assertFalse(bilingual.contains("星野 健二（総務） [英語のみ]"), "no marker on Japanese text");
		String en = Demo.docxText(Demo.docx(ReportBuilder.remediation(demo, supplier, Demo.options("en", Tlp.AMBER, false))));
		assertTrue(en.contains(action.getActionJa() + " [Japanese only]"), "a Japanese-only action is marked in English");
		assertFalse(en.contains("[英語のみ]"), "no Japanese marker in an English document");
	}

	@Test
	void aCertificateIsNamedInTheDocumentsLanguageThroughItsScheme() {
		Texts ja = new Texts(Locale.JAPANESE);
		Texts en = new Texts(Locale.ENGLISH);
		Certification star3 = certification(CertificationScheme.METI_STAR3, "Supply-chain security evaluation ★3");
		assertEquals("経済産業省 セキュリティ対策評価 ★3", ja.certificate(star3), "the scheme's Japanese name for an English-only name");
		assertEquals("Supply-chain security evaluation ★3", en.certificate(star3));
		Certification other = certification(CertificationScheme.OTHER, "TISAX AL2");
		assertEquals("TISAX AL2 [英語のみ]", ja.certificate(other), "no scheme name to fall back on: marked");
		Certification both = certification(CertificationScheme.OTHER, "Cloud security mark / クラウド情報セキュリティ監査");
		assertEquals("クラウド情報セキュリティ監査", ja.certificate(both));
		assertEquals("Cloud security mark", en.certificate(both));
		assertEquals(en.label(CertificationScheme.PRIVACY_MARK), en.certificate(certification(CertificationScheme.PRIVACY_MARK, null)));
	}

	@Test
	void aLevelIsNamedInTheDocumentsLanguage() {
		Requirement requirement = RensaFactory.eINSTANCE.createRequirement();
		requirement.setLevel(2);
		requirement.setLevelLabel("Level 2");
		assertEquals("レベル2", new Texts(Locale.JAPANESE).level(requirement), "an English-only label gives way to the level's Japanese name");
		assertEquals("Level 2", new Texts(Locale.ENGLISH).level(requirement));
		requirement.setLevelLabel("Lv2");
		assertEquals("Lv2", new Texts(Locale.ENGLISH).level(requirement));
		requirement.setLevelLabel("Tier B / 区分B");
		assertEquals("区分B", new Texts(Locale.JAPANESE).level(requirement));
		requirement.setLevelLabel(null);
		assertEquals("Level 2", new Texts(Locale.ENGLISH).level(requirement));
	}

	private static Certification certification(CertificationScheme scheme, String name) {
		Certification certification = RensaFactory.eINSTANCE.createCertification();
		certification.setScheme(scheme);
		certification.setName(name);
		return certification;
	}

	@Test
	void theTrackersStatusColumnHoldsEveryStatusOnOneLine() throws IOException {
		AuditProjectDocument demo = Demo.load();
		Organization supplier = finding(demo, "F-010").getOrganization();
		WorkbookSeal seal = WorkbookSeal.create(demo);
		for (String language : new String[] { "en", "ja" }) {
			try (XSSFWorkbook workbook = new XlsxTracker().build(demo, supplier, Demo.options(language, Tlp.AMBER, false), seal)) {
				XSSFSheet sheet = workbook.getSheetAt(0);
				boolean inProgress = false;
				for (Row row : sheet) {
					Cell cell = row.getCell(TrackerLayout.COL_STATUS);
					inProgress |= cell != null && "In progress".equals(cell.getStringCellValue());
				}
				assertTrue(inProgress || language.equals("ja"), "the demo tracker has an action in progress");
				for (int column : new int[] { TrackerLayout.COL_STATUS, TrackerLayout.COL_SEVERITY }) {
					double needed = SheetUtil.getColumnWidth(sheet, column, false);
					double width = sheet.getColumnWidth(column) / 256.0;
					assertTrue(width >= needed, language + " column " + column + ": " + width + " < " + needed);
				}
			}
		}
	}

	@Test
	void hashesBreakOnlyBetweenGroupsOfSixteen() throws IOException {
		String hash = "0123456789abcdef".repeat(4);
		assertEquals("0123456789abcdef 0123456789abcdef 0123456789abcdef 0123456789abcdef", Texts.hash(hash));
		AuditProjectDocument demo = Demo.load();
		String sha = demo.getProject().getEvidence().stream().filter(e -> e.getVisit() == Demo.visit(demo) && !e.getFiles().isEmpty())
				.findFirst().orElseThrow().getFiles().get(0).getSha256();
		String en = Demo.docxText(Demo.docx(Demo.visitReport(demo, Demo.options("en", Tlp.AMBER, false))));
		assertTrue(en.contains("SHA-256 " + Texts.hash(sha)), "the register prints the grouped hash");
	}

	private static Finding finding(AuditProjectDocument demo, String code) {
		return demo.getProject().getFindings().stream().filter(f -> code.equals(f.getCode())).findFirst().orElseThrow();
	}
}
