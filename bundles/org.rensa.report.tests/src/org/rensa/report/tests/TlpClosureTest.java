// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Evidence;
import org.rensa.model.Finding;
import org.rensa.model.Organization;
import org.rensa.model.Relationship;
import org.rensa.model.RemediationAction;
import org.rensa.model.Response;
import org.rensa.model.Tlp;
import org.rensa.model.Visit;
import org.rensa.report.OutputFormat;
import org.rensa.report.ReportGenerator;
import org.rensa.report.ReportOptions;
import org.rensa.report.ReportType;

/**
 * TLP closure: generated projects (the demo with one finding of the visited supplier marked RED or
 * AMBER, everything else CLEAR) where every kind of text that goes with that finding carries a
 * marker — its description, its evidence's caption and file name, the verification note and
 * declared comment of the response on its requirement, its remediation action, a sentence of the
 * visit notes, of another finding's description and of another action naming its code, the
 * supplier's link (undeclared) to the organisation it names. No marker may reach a GREEN or CLEAR
 * document (visit report, remediation plan, portfolio; PDF, DOCX, XLSX), while markers in texts that
 * go with nothing withheld do, and each document says how many items were withheld.
 */
class TlpClosureTest {

	private static final int CASES = 6;

	@Test
	void nothingThatGoesWithAWithheldFindingReachesAGreenOrClearDocument(@TempDir Path temp) throws IOException {
		Path project = Demo.copy(temp.resolve("project"));
		Path key = Files.createDirectories(project.resolve("model/secrets")).resolve("workbook-seal.key");
		Files.writeString(key, "fedcba9876543210".repeat(4) + "\n");
		Random random = new Random(15);
		int documents = 0;
		List<String> leaks = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		List<Integer> candidates = null;
		for (int c = 0; c < CASES; c++) {
			AuditProjectDocument document = ProjectStorage.standard().loadReadOnly(project);
			Visit visit = Demo.visit(document);
			Organization supplier = visit.getAssessment().getOrganization();
			List<Finding> findings = document.getProject().getFindings().stream()
					.filter(f -> f.getVisit() == visit && f.getRequirement() != null && !f.getActions().isEmpty()).toList();
			if (candidates == null) {
				candidates = new ArrayList<>();
				for (int i = 0; i < findings.size(); i++) {
					candidates.add(i);
				}
				java.util.Collections.shuffle(candidates, random);
				assertTrue(candidates.size() >= CASES, "findings to withhold: " + candidates.size());
			}
			Finding secret = findings.get(candidates.get(c));
			Tlp tlp = c % 2 == 0 ? Tlp.RED : Tlp.AMBER;
			String lang = c % 2 == 0 ? "en" : "ja";
			List<String> hidden = new ArrayList<>();
			List<String> visible = new ArrayList<>();
			plant(document, supplier, secret, tlp, "CASE" + c, hidden, visible);

			for (Tlp audience : List.of(Tlp.GREEN, Tlp.CLEAR)) {
				ReportGenerator generator = new ReportGenerator(document,
						new ReportOptions(Locale.forLanguageTag(lang), audience, false, Demo.TODAY,
								new ReportOptions.Branding("Kuroshio Assurance Partners", null, null), null),
						new ChainFigureTest.FakeFigures());
				Path out = temp.resolve("case" + c + "-" + audience.getLiteral());
				List<Path> files = new ArrayList<>();
				files.addAll(generator.write(generator.targets(ReportType.VISIT, supplier, visit),
						EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX), out, null, null));
				files.addAll(generator.write(generator.targets(ReportType.REMEDIATION, supplier, null),
						EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX, OutputFormat.XLSX), out, null, null));
				files.addAll(generator.write(generator.targets(ReportType.PORTFOLIO, null, null), EnumSet.of(OutputFormat.PDF), out, null,
						null));
				LeakScanner hiddenScanner = new LeakScanner(hidden);
				List<String> seen = new ArrayList<>();
				for (Path file : files) {
					documents++;
					for (String hit : hiddenScanner.scan(file)) {
						leaks.add(secret.getCode() + " " + tlp.getLiteral() + " -> " + audience.getLiteral() + " " + lang + ": " + hit);
					}
					for (String marker : visible) {
						if (!new LeakScanner(List.of(marker)).scan(file).isEmpty()) {
							seen.add(marker);
						}
					}
				}
				for (String marker : visible) {
					if (!seen.contains(marker)) {
						missing.add(secret.getCode() + " -> " + audience.getLiteral() + " " + lang + ": " + marker);
					}
				}
				Path visitPdf = files.stream().filter(f -> f.getFileName().toString().startsWith("visit") && f.toString().endsWith(".pdf"))
						.findFirst().orElseThrow();
				String text = String.join(" ", Demo.pages(Files.readAllBytes(visitPdf))).replace("\n", " ");
				assertTrue(lang.equals("en") ? (text.replace("\n", " ").contains(" items (") || text.replace("\n", " ").contains("One item (")) : text.contains("件"), "the visit report says how many were withheld");
			}
		}
		assertTrue(documents >= CASES * 2 * 6, "documents checked: " + documents);
		assertTrue(missing.isEmpty(), "texts that go with nothing withheld must still be printed:\n" + String.join("\n", missing));
		assertTrue(leaks.isEmpty(), leaks.size() + " leak(s):\n" + String.join("\n", leaks.subList(0, Math.min(40, leaks.size()))));
	}

	/**
	 * Marks one finding {@code tlp} and everything else CLEAR, and writes a marker into every kind of
	 * text that goes with it ({@code hidden}) and into texts that go with nothing withheld ({@code visible}).
	 */
	private static void plant(AuditProjectDocument document, Organization supplier, Finding secret, Tlp tlp, String tag, List<String> hidden,
			List<String> visible) {
		var root = document.getProject();
		root.getFindings().forEach(f -> f.setTlp(Tlp.CLEAR));
		root.getEvidence().forEach(e -> e.setTlp(Tlp.CLEAR));
		secret.setTlp(tlp);
		Visit visit = secret.getVisit();

		// the organisation the finding names, and the supplier's (undeclared) link to it
		Relationship link = root.getRelationships().stream()
				.filter(r -> r.getFrom() == supplier && r.getTo() != null && r.getTo() != root.getBuyer()).findFirst().orElseThrow();
		for (Relationship relationship : root.getRelationships()) {
			relationship.setDeclaredToBuyer(true);
		}
		link.setDeclaredToBuyer(false);
		link.setDescription(tag + "LINK passes drawings on.");
		hidden.add(tag + "LINK");
		String named = link.getTo().getName();

		secret.setDescription(tag + "DESC: drawings go to " + named + " unchecked.");
		secret.setDescriptionJa(tag + "DESC：" + named + "へ図面を無確認で提供。");
		hidden.add(tag + "DESC");

		Response response = visit.getAssessment().getResponses().stream().filter(r -> r.getRequirement() == secret.getRequirement())
				.findFirst().orElseThrow();
		response.setVerificationNote(tag + "NOTE Declared DONE.");
		response.setVerificationNoteJa(tag + "NOTE 申告は実施済み。");
		response.setDeclaredComment(tag + "COMMENT");
		hidden.add(tag + "NOTE");
		hidden.add(tag + "COMMENT");

		Evidence evidence = secret.getEvidence().isEmpty() ? null : secret.getEvidence().get(0);
		if (evidence == null) {
			evidence = root.getEvidence().stream().filter(e -> e.getVisit() == visit && e.getFindings().isEmpty()).findFirst().orElseThrow();
			secret.getEvidence().add(evidence);
		}
		evidence.setCaption(tag + "CAPTION");
		evidence.setCaptionJa(tag + "CAPTION");
		hidden.add(tag + "CAPTION");
		if (!evidence.getFiles().isEmpty()) {
			evidence.getFiles().get(0).setOriginalName(tag + "FILE.jpg");
			hidden.add(tag + "FILE");
		}

		RemediationAction action = secret.getActions().get(0);
		action.setAction(tag + "ACTION");
		action.setActionJa(tag + "ACTION");
		hidden.add(tag + "ACTION");

		visit.setNotes(tag + "VISIBLE1 the visit went well. " + tag + "VISITNOTE concerns " + secret.getCode() + ".");
		visit.setNotesJa(tag + "VISIBLE1 訪問は円滑。" + secret.getCode() + "について" + tag + "VISITNOTE。");
		visible.add(tag + "VISIBLE1");
		hidden.add(tag + "VISITNOTE");

		Finding other = root.getFindings().stream().filter(f -> f.getVisit() == visit && f != secret && !f.getActions().isEmpty()).findFirst()
				.orElseThrow();
		other.setDescription(tag + "VISIBLE2 stands alone. " + tag + "CROSS as in " + secret.getCode() + ".");
		other.setDescriptionJa(tag + "VISIBLE2 単独。" + secret.getCode() + "と同じく" + tag + "CROSS。");
		other.getActions().get(0).setAction(tag + "VISIBLE3 fix it. " + tag + "CROSSACTION together with " + action.getCode() + ".");
		other.getActions().get(0).setActionJa(tag + "VISIBLE3 是正。" + action.getCode() + "と併せて" + tag + "CROSSACTION。");
		visible.add(tag + "VISIBLE2");
		visible.add(tag + "VISIBLE3");
		hidden.add(tag + "CROSS");
		hidden.add(tag + "CROSSACTION");
		assertEquals(tlp, secret.getTlp());
		assertFalse(hidden.isEmpty());
	}
}
