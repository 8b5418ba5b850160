// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.ActionStatus;
import org.rensa.model.Finding;
import org.rensa.model.RemediationAction;
import org.rensa.model.Severity;
import org.rensa.model.Tlp;
import org.rensa.model.Verdict;
import org.rensa.model.Visit;
import org.rensa.model.derived.ScoringScheme;
import org.rensa.report.FinalReports;
import org.rensa.report.OverallOpinion;
import org.rensa.report.ReportOptions;
import org.rensa.report.build.ReportBuilder;
import org.rensa.report.build.ReportControl;
import org.rensa.report.build.Texts;
import org.rensa.report.cli.ReportCommand;
import org.rensa.report.model.Block;
import org.rensa.report.model.ReportDocument;
import org.rensa.report.model.Section;

/**
 * Report control of the visit report: id, version, draft/final, history, distribution; audit basis;
 * method and sample; basis of assessment; opinion generated or stored; follow-up; sign-off; glossary.
 */
class VisitReportControlTest {

	@TempDir
	Path temp;

	@Test
	void theSectionsExistWithTheirData() throws Exception {
		AuditProjectDocument document = Demo.load();
		Visit visit = Demo.visit(document);
		ReportDocument report = Demo.visitReport(document, Demo.options("en", Tlp.AMBER, false));
		String id = ReportControl.reportId(document.getProject(), visit);
		assertTrue(id.matches("VR-20261014-[0-9A-F]{6}"), id);
		assertEquals(id, ReportControl.reportId(document.getProject(), visit), "the id is stable");
		assertTrue(report.cover().stream().anyMatch(f -> f.value().equals(id)), "report id on the cover");
		assertTrue(report.cover().stream().anyMatch(f -> f.value().equals("1 (DRAFT)")), "version and status on the cover");

		Section control = section(report, "Report control");
		assertTrue(text(control).contains("DRAFT"));
		assertTrue(text(control).contains("No final version has been issued yet."));
		assertTrue(text(section(report, "Distribution list")).contains("Takashi Ueda (Head of Procurement Security Office, Minato Drive Systems)"));

		String coverage = text(section(report, "Scope covered"));
		long levelTwo = levels(visit, 2);
		long levelThree = levels(visit, 3);
		assertTrue(levelThree > 0, "the demo has level-3 requirements");
		assertTrue(coverage.contains(levelTwo + " at level 2") && coverage.contains(levelThree + " at level 3"), coverage);
		long notApplicable = visit.getAssessment().getResponses().stream().filter(r -> r.getVerdict() == Verdict.NOT_APPLICABLE).count();
		assertTrue(coverage.contains("not applicable: " + notApplicable), coverage);
		assertTrue(text(section(report, "Criteria")).contains(ScoringScheme.of(visit.getAssessment().getChecklist()).id()));
		assertTrue(text(section(report, "Limitations")).contains("Plant 1 and the warehouse were not visited"));
		assertTrue(text(section(report, "Objectives")).contains("ECU-7"));
		assertTrue(text(section(report, "Reliance")).contains("Third parties may not rely on it"));

		Section basis = section(report, "Appendix C — Basis of assessment");
		for (Verdict verdict : Verdict.VALUES) {
			assertTrue(text(basis).contains(org.rensa.model.text.Language.ENGLISH.label(verdict)), verdict.getName());
		}
		for (Severity severity : Severity.VALUES) {
			assertTrue(text(basis).contains(org.rensa.model.text.Language.ENGLISH.label(severity)), severity.getName());
		}
		ScoringScheme scheme = ScoringScheme.of(visit.getAssessment().getChecklist());
		assertTrue(text(basis).contains("adds " + scheme.full() + " points to the maximum"), "formula from the scheme's constants");
		assertTrue(text(basis).contains(Math.round(OverallOpinion.SATISFACTORY_FROM * 100) + "%"), "thresholds from the rule's constants");

		Section method = section(Demo.visitReport(document, Demo.options("en", Tlp.RED, false)), "Appendix D — Method and sample per requirement");
		Block.Table table = (Block.Table) method.blocks().stream().filter(Block.Table.class::isInstance).findFirst().orElseThrow();
		assertEquals(visit.getAssessment().getResponses().size(), table.rows().size(), "one row per requirement");
		assertTrue(text(method).contains("Evidence items examined: "));
		assertTrue(table.rows().stream().anyMatch(row -> row.get(2).text().equals("Examine")), "methods of the data");

		assertTrue(text(section(report, "Appendix E — Glossary")).contains("Flow-down"));
		String signOff = text(section(report, "Sign-off"));
		assertTrue(signOff.contains("Aya Morimoto") && signOff.contains("Hideo Tanabe") && signOff.contains("Keiko Nishimura"), signOff);
		assertTrue(signOff.contains("________________"), "lines to sign and an unset approval date");
		assertTrue(text(section(report, "Follow-up")).contains("by a follow-up visit or a remote review of evidence"));
	}

	@Test
	void theSignOffTextStaysOnThePageOfItsTable() throws Exception {
		AuditProjectDocument document = Demo.load();
		for (String language : new String[] { "en", "ja" }) {
			Texts texts = new Texts(Locale.forLanguageTag(language));
			String intro = texts.get("signoff.text").replaceAll("\\s+", "");
			List<String> pages = Demo.pages(Demo.pdf(Demo.visitReport(document, Demo.options(language, Tlp.AMBER, false))));
			String approverPage = pages.stream().filter(page -> page.contains("Keiko Nishimura")).reduce((a, b) -> b).orElseThrow();
			assertTrue(approverPage.replaceAll("\\s+", "").contains(intro), language + ": the sign-off text is on its table's page");
			assertTrue(approverPage.replaceAll("\\s+", "").contains(texts.get("signoff.title").replaceAll("\\s+", "")),
					language + ": and so is its heading");
			List<String> portfolio = Demo.pages(Demo.pdf(ReportBuilder.portfolio(document, Demo.options(language, Tlp.AMBER, false))));
			String certificates = texts.get("portfolio.certs.text", ReportBuilder.EXPIRY_WINDOW_DAYS).replaceAll("\\s+", "");
			String certificatesPage = portfolio.stream().filter(page -> page.replaceAll("\\s+", "").contains(certificates)).findFirst()
					.orElseThrow().replaceAll("\\s+", "");
			assertTrue(certificatesPage.contains(texts.get("portfolio.certs").replaceAll("\\s+", "")),
					language + ": a heading is never left at the foot of the page before its text and table");
		}
	}

	@Test
	void japaneseReportIsInJapanese() throws Exception {
		AuditProjectDocument document = Demo.load();
		ReportDocument report = Demo.visitReport(document, Demo.options("ja", Tlp.AMBER, false));
		assertTrue(report.cover().stream().anyMatch(f -> f.value().equals("第1版（草案）")));
		for (String title : List.of("報告書管理", "改訂履歴", "配布先", "総合意見", "監査の目的", "対象範囲", "監査基準", "監査の限界", "報告書の利用",
				"フォローアップ", "承認", "付録C 評価の基準", "付録D 要求事項ごとの方法と抜き取り", "付録E 用語集")) {
			assertNotNull(section(report, title), title);
		}
		assertTrue(text(section(report, "監査の限界")).contains("第1工場と倉庫は訪問せず"));
		assertTrue(text(section(report, "対象範囲")).contains("レベル3が"));
		assertTrue(text(section(report, "配布先")).contains("Takashi Ueda（みなと駆動システム 調達セキュリティ室長）"));
		assertFalse(text(section(report, "配布先")).contains("Head of Procurement"), "the Japanese part of a bilingual entry");
		String anonymised = text(Demo.visitReport(document, Demo.options("ja", Tlp.AMBER, true)));
		for (String name : List.of("Ueda", "Tanabe", "Nishimura", "みなと駆動", "如月")) {
			assertFalse(anonymised.contains(name), name);
		}
	}

	@Test
	void theOpinionIsGeneratedFromTheFactsUnlessOneIsStored() throws Exception {
		AuditProjectDocument document = ProjectStorage.standard().load(Demo.copy(temp.resolve("p")));
		Visit visit = Demo.visit(document);
		OverallOpinion.Facts facts = OverallOpinion.facts(document.getProject(), visit, item -> true);
		String generated = OverallOpinion.sentence(facts, new Texts(Locale.ENGLISH));
		assertEquals(generated, OverallOpinion.draft(document, visit, Locale.ENGLISH));
		assertTrue(generated.contains(OverallOpinion.label(facts.rating(), new Texts(Locale.ENGLISH))), generated);
		assertTrue(facts.findings() > 0 && generated.contains(facts.findings() + " findings were raised"), generated);
		String opinion = text(section(ReportBuilder.visit(document, visit, Demo.options("en", Tlp.RED, false)), "Overall opinion"));
		assertTrue(opinion.contains(generated) && opinion.contains("drafted from the facts"), opinion);
		assertTrue(OverallOpinion.draft(document, visit, Locale.JAPANESE).contains("と評価する"));

		visit.setOpinion("The supplier protects drawings well but must fix its subcontractor management.");
		visit.setOpinionJa("図面の保護は良好だが、再委託先管理の改善が必要である。");
		String stored = text(section(ReportBuilder.visit(document, visit, Demo.options("en", Tlp.AMBER, false)), "Overall opinion"));
		assertTrue(stored.contains("must fix its subcontractor management") && !stored.contains(generated), stored);
		assertFalse(stored.contains("drafted from the facts"));
		assertTrue(text(section(ReportBuilder.visit(document, visit, Demo.options("ja", Tlp.AMBER, false)), "総合意見"))
				.contains("再委託先管理の改善が必要"));
	}

	@Test
	void draftingTheOpinionIsOneUndoableCommand() throws Exception {
		AuditProjectDocument document = ProjectStorage.standard().load(Demo.copy(temp.resolve("c")));
		Visit visit = Demo.visit(document);
		org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain domain = new org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain(
				new org.eclipse.emf.edit.provider.ComposedAdapterFactory(
						org.eclipse.emf.edit.provider.ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
				new org.eclipse.emf.common.command.BasicCommandStack());
		domain.getCommandStack().execute(OverallOpinion.draftCommand(domain, document, visit));
		assertEquals(OverallOpinion.draft(document, visit, Locale.ENGLISH), visit.getOpinion());
		assertEquals(OverallOpinion.draft(document, visit, Locale.JAPANESE), visit.getOpinionJa());
		domain.getCommandStack().undo();
		assertEquals(null, visit.getOpinion());
		assertEquals(null, visit.getOpinionJa());
		assertFalse(domain.getCommandStack().canUndo(), "one command");
	}

	@Test
	void theOverallRatingHasOneRule() {
		assertEquals(OverallOpinion.Rating.SATISFACTORY, OverallOpinion.rate(0.8, 0));
		assertEquals(OverallOpinion.Rating.IMPROVEMENT_NEEDED, OverallOpinion.rate(0.9, 1));
		assertEquals(OverallOpinion.Rating.IMPROVEMENT_NEEDED, OverallOpinion.rate(0.5, 0));
		assertEquals(OverallOpinion.Rating.UNSATISFACTORY, OverallOpinion.rate(0.49, 0));
		assertEquals(OverallOpinion.Rating.UNSATISFACTORY, OverallOpinion.rate(Double.NaN, 0));
	}

	@Test
	void draftAndFinalVersionsFollowTheRegister() throws Exception {
		Path project = Demo.copy(temp.resolve("project"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
				ProjectStorage.standard(), Clock.fixed(Demo.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
		assertEquals(RensaCommand.OK, new ReportCommand().run(List.of(project.toString(), "--type", "visit", "--lang", "en", "--out",
				temp.resolve("r").toString(), "--final"), context));
		AuditProjectDocument document = ProjectStorage.standard().loadReadOnly(project);
		FinalReports.Entry first = FinalReports.of(document).entries().get(0);
		assertEquals(1, first.version());

		ReportDocument draft = Demo.visitReport(document, Demo.options("en", Tlp.AMBER, false));
		assertTrue(draft.cover().stream().anyMatch(f -> f.value().equals("2 (DRAFT)")), "the next version, a draft");
		String history = text(section(draft, "Version history"));
		assertTrue(history.contains(first.sha256().substring(0, ReportControl.SHORT_HASH)) && history.contains("PDF"), history);
		assertFalse(history.contains(first.sha256()), "the short hash only");

		ReportDocument fin = Demo.visitReport(document, Demo.options("en", Tlp.AMBER, false).withFinalIssue(true));
		assertTrue(fin.cover().stream().anyMatch(f -> f.value().equals("2 (FINAL)")));
		assertFalse(text(section(fin, "Report control")).contains("draft for discussion"));
		assertTrue(text(section(fin, "Sign-off")).contains(Demo.TODAY.getYear() + ""), "the lead auditor signs a final issue on its date");
	}

	@Test
	void followUpIsTheVisitsDateOrTheLatestOpenDueDate() throws Exception {
		AuditProjectDocument document = ProjectStorage.standard().load(Demo.copy(temp.resolve("f")));
		Visit visit = Demo.visit(document);
		Optional<LocalDate> latest = document.getProject().getFindings().stream().filter(f -> f.getVisit() == visit)
				.flatMap(f -> f.getActions().stream())
				.filter(a -> a.getStatus() != ActionStatus.DONE && a.getStatus() != ActionStatus.VERIFIED && a.getDueDate() != null)
				.map(RemediationAction::getDueDate).max(LocalDate::compareTo);
		assertTrue(latest.isPresent());
		String derived = text(section(ReportBuilder.visit(document, visit, Demo.options("en", Tlp.RED, false)), "Follow-up"));
		assertTrue(derived.contains(new Texts(Locale.ENGLISH).date(latest.get()) + ", the latest due date"), derived);
		visit.setFollowUpOn(LocalDate.of(2027, 3, 1));
		String set = text(section(ReportBuilder.visit(document, visit, Demo.options("en", Tlp.RED, false)), "Follow-up"));
		assertTrue(set.contains("planned for 1 Mar 2027."), set);
		for (Finding finding : document.getProject().getFindings()) {
			if (finding.getVisit() == visit && finding.getSeverity() == Severity.CRITICAL
					&& finding.getStatus() == org.rensa.model.FindingStatus.OPEN) {
				assertTrue(set.contains(finding.getCode()), "critical findings are verified by visit or remote review");
			}
		}
	}

	@Test
	void anonymisedReportsNameNoReviewerApproverOrRecipient() throws Exception {
		AuditProjectDocument document = Demo.load();
		ReportDocument report = Demo.visitReport(document, Demo.options("en", Tlp.AMBER, true));
		String all = text(report);
		assertTrue(all.contains("Report control") && all.contains("Sign-off"));
		for (String name : List.of("Hideo Tanabe", "Tanabe", "Keiko Nishimura", "Nishimura", "Takashi Ueda", "Megumi Sato", "Kenji Hoshino",
				"Aya Morimoto", "Minato Drive Systems", "Kisaragi")) {
			assertFalse(all.contains(name), name);
		}
		String pdf = String.join("\n", Demo.pages(Demo.pdf(report)));
		for (String name : List.of("Tanabe", "Nishimura", "Ueda", "Hoshino")) {
			assertFalse(pdf.contains(name), name);
		}
	}

	private static long levels(Visit visit, int level) {
		return visit.getAssessment().getResponses().stream().filter(r -> r.getRequirement() != null && r.getRequirement().getLevel() == level)
				.count();
	}

	private static Section section(ReportDocument report, String title) {
		List<Section> all = new ArrayList<>(report.sections());
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).title().equals(title)) {
				return all.get(i);
			}
			all.addAll(all.get(i).subsections());
		}
		throw new AssertionError("no section " + title);
	}

	private static String text(ReportDocument report) {
		StringBuilder text = new StringBuilder(report.cover().toString());
		report.sections().forEach(s -> text.append('\n').append(text(s)));
		return text.toString();
	}

	private static String text(Section section) {
		StringBuilder text = new StringBuilder(section.title());
		section.blocks().forEach(b -> text.append('\n').append(b));
		section.subsections().forEach(s -> text.append('\n').append(text(s)));
		return text.toString();
	}
}
