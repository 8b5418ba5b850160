// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.rensa.model.Assessment;
import org.rensa.model.Checklist;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Evidence;
import org.rensa.model.Requirement;
import org.rensa.model.Response;
import org.rensa.model.Severity;
import org.rensa.model.Verdict;
import org.rensa.model.VerificationMethod;
import org.rensa.model.Visit;
import org.rensa.model.derived.ScoringScheme;
import org.rensa.report.OverallOpinion;
import org.rensa.report.model.Block;
import org.rensa.report.model.Block.Cell;
import org.rensa.report.model.Block.Column;
import org.rensa.report.model.Block.Fact;
import org.rensa.report.model.ReportDocument;

/**
 * The audit basis of the visit report: objectives, scope as covered, criteria, limitations and
 * reliance; the method and sample per requirement; the basis of assessment (verdict scale, severity
 * definitions, score formula of {@link ScoringScheme}, thresholds of {@link OverallOpinion}); the
 * glossary.
 */
final class Methodology {

	/** Terms of the glossary, in order; each has {@code glossary.TERM} and {@code glossary.TERM.text}. */
	private static final List<String> GLOSSARY = List.of("tlp", "declared", "verified", "overstated", "finding", "condition", "cause",
			"effect", "recommendation", "response", "tier", "flowdown", "evidence", "na");

	private Methodology() {
	}

	/** Objectives, scope as covered, criteria, limitations, reliance and the method paragraph. */
	static void scope(BuildContext c, org.rensa.report.model.Section scope, Visit visit, List<Response> responses) {
		Texts t = c.texts;
		var objectives = scope.addSection(c.t("basis.objectives"));
		objectives.add(new Block.Paragraph(orDefault(c, visit.getObjectivesJa(), visit.getObjectives(), "basis.objectives.default")));

		var covered = scope.addSection(c.t("basis.coverage"));
		Map<Integer, int[]> byLevel = new TreeMap<>();
		int verified = 0;
		int notApplicable = 0;
		int notVerified = 0;
		for (Response response : responses) {
			Requirement requirement = response.getRequirement();
			if (requirement == null) {
				continue;
			}
			byLevel.computeIfAbsent(requirement.getLevel(), k -> new int[1])[0]++;
			Verdict verdict = response.getVerdict();
			if (verdict == Verdict.NOT_APPLICABLE || response.getDeclaredAnswer() == DeclaredAnswer.NOT_APPLICABLE && verdict == null) {
				notApplicable++;
			} else if (verdict == null || verdict == Verdict.NOT_VERIFIED) {
				notVerified++;
			} else {
				verified++;
			}
		}
		List<String> levels = new ArrayList<>();
		byLevel.forEach((level, count) -> levels.add(c.t("basis.coverage.level", count[0], level)));
		covered.add(new Block.Paragraph(c.t("basis.coverage.text", responses.size(), t.list(levels), verified, notApplicable, notVerified)));

		var criteria = scope.addSection(c.t("basis.criteria"));
		Assessment assessment = visit.getAssessment();
		Checklist checklist = assessment == null ? null : assessment.getChecklist();
		if (checklist == null) {
			criteria.add(new Block.Paragraph(c.t("visit.noassessment")));
		} else {
			Set<Integer> all = new java.util.TreeSet<>();
			checklist.getSections().forEach(s -> s.getRequirements().forEach(r -> all.add(r.getLevel())));
			criteria.add(new Block.Facts(List.of(new Fact(c.t("fact.checklist"), t.either(checklist.getNameJa(), checklist.getName())),
					new Fact(c.t("basis.criteria.version"), checklist.getVersion() == null ? c.t("basis.unset") : checklist.getVersion()),
					new Fact(c.t("basis.criteria.levels"), t.list(all.stream().map(l -> c.t("basis.level", l)).toList())),
					new Fact(c.t("basis.criteria.scheme"), schemeLabel(c, ScoringScheme.of(checklist))))));
		}

		var limitations = scope.addSection(c.t("basis.limitations"));
		limitations.add(new Block.Paragraph(orDefault(c, visit.getLimitationsJa(), visit.getLimitations(), "basis.limitations.default")));
		var reliance = scope.addSection(c.t("basis.reliance"));
		String client = c.client(c.project.getProject().getBuyer());
		reliance.add(new Block.Paragraph(c.t("basis.reliance.text", client.isEmpty() ? c.t("basis.reliance.client") : client)));
		var method = scope.addSection(c.t("basis.method"));
		method.add(new Block.Paragraph(c.t("visit.method")));
		method.add(new Block.Paragraph(c.t("basis.method.text")));
	}

	/** The text in the document's language, or the default wording; through the TLP closure. */
	private static String orDefault(BuildContext c, String ja, String en, String key) {
		String text = BuildContext.nullToEmpty(c.free(c.texts.either(ja, c.texts.pick(en))));
		return text.isBlank() ? c.t(key) : text;
	}

	/** The appendix of method and sample per requirement. */
	static void methodAppendix(BuildContext c, ReportDocument doc, List<Response> responses) {
		if (responses.isEmpty()) {
			return;
		}
		Texts t = c.texts;
		var appendix = doc.addSection(c.t("appendix.method")).newPage(true);
		List<List<Cell>> rows = new ArrayList<>();
		Set<String> sample = new java.util.TreeSet<>();
		for (Response response : responses) {
			Requirement requirement = response.getRequirement();
			if (requirement == null || !c.share(response)) {
				continue;
			}
			List<String> codes = new ArrayList<>();
			for (Evidence evidence : response.getEvidence()) {
				if (c.share(evidence) && evidence.getCode() != null) {
					codes.add(evidence.getCode());
					sample.add(evidence.getCode());
				}
			}
			VerificationMethod method = response.getMethod();
			rows.add(List.of(new Cell(requirement.getCode()), new Cell(c.t("basis.level", requirement.getLevel())),
					new Cell(method == null || method == VerificationMethod.NONE ? c.t("basis.method.none") : t.label(method)),
					new Cell(response.getVerdict() == null ? t.label(Verdict.NOT_VERIFIED) : t.label(response.getVerdict()),
							Scores.tone(response.getVerdict())),
					new Cell(codes.isEmpty() ? "–" : String.join(t.language().listSeparator(), codes))));
		}
		appendix.add(new Block.Paragraph(c.t("appendix.method.text", sample.size(),
				sample.isEmpty() ? "–" : String.join(t.language().listSeparator(), sample))));
		appendix.add(new Block.Table("", List.of(new Column(c.t("col.code"), 1.1f), new Column(c.t("col.level"), 1.1f),
				new Column(c.t("col.method"), 1.4f), new Column(c.t("col.verified"), 1.8f), new Column(c.t("col.sample"), 3)), rows));
	}

	/** The basis of assessment: verdict scale, severities, score formula, overall thresholds. */
	static void basisAppendix(BuildContext c, ReportDocument doc, Visit visit) {
		Texts t = c.texts;
		Checklist checklist = visit.getAssessment() == null ? null : visit.getAssessment().getChecklist();
		ScoringScheme scheme = ScoringScheme.of(checklist);
		var appendix = doc.addSection(c.t("appendix.basis")).newPage(true);
		var verdicts = appendix.addSection(c.t("basis.verdicts"));
		List<List<Cell>> rows = new ArrayList<>();
		for (Verdict verdict : Verdict.VALUES) {
			var points = scheme.points(verdict);
			rows.add(List.of(new Cell(t.label(verdict), Scores.tone(verdict)), new Cell(c.t("verdict.meaning." + verdict.getName())),
					new Cell(points.isPresent() ? String.valueOf(points.getAsInt()) : c.t("basis.notcounted"))));
		}
		verdicts.add(new Block.Table("", List.of(new Column(c.t("col.verdict"), 1.6f), new Column(c.t("col.meaning"), 5),
				new Column(c.t("col.points"), 1.3f)), rows));

		var severities = appendix.addSection(c.t("basis.severities"));
		List<List<Cell>> severityRows = new ArrayList<>();
		for (Severity severity : Severity.VALUES) {
			severityRows.add(List.of(new Cell(t.label(severity), Scores.tone(severity)),
					new Cell(c.t("severity.meaning." + severity.getName()))));
		}
		severities.add(new Block.Table("", List.of(new Column(c.t("col.severity"), 1.4f), new Column(c.t("col.meaning"), 6)), severityRows));

		var formula = appendix.addSection(c.t("basis.formula"));
		formula.add(new Block.Paragraph(c.t("basis.formula.verified", schemeLabel(c, scheme), scheme.full(), scheme.done(), scheme.partly(),
				scheme.notDone())));
		formula.add(new Block.Paragraph(c.t("basis.formula.declared", scheme.done(), scheme.partly(), scheme.notDone(), scheme.dontKnow(),
				scheme.unanswered())));
		formula.add(new Block.Paragraph(c.t("basis.thresholds", OverallOpinion.label(OverallOpinion.Rating.SATISFACTORY, t),
				t.percent(OverallOpinion.SATISFACTORY_FROM), OverallOpinion.label(OverallOpinion.Rating.IMPROVEMENT_NEEDED, t),
				t.percent(OverallOpinion.IMPROVEMENT_FROM), OverallOpinion.label(OverallOpinion.Rating.UNSATISFACTORY, t))));
	}

	/** @return the scheme's name in the document's language, or its id when it has none */
	private static String schemeLabel(BuildContext c, ScoringScheme scheme) {
		try {
			return c.t("basis.scheme." + scheme.id());
		} catch (IllegalStateException e) {
			return scheme.id();
		}
	}

	/** The glossary appendix. */
	static void glossary(BuildContext c, ReportDocument doc) {
		var appendix = doc.addSection(c.t("appendix.glossary"));
		List<List<Cell>> rows = new ArrayList<>();
		for (String term : GLOSSARY) {
			rows.add(List.of(new Cell(c.t("glossary." + term)), new Cell(c.t("glossary." + term + ".text"))));
		}
		appendix.add(new Block.Table("", List.of(new Column(c.t("col.term"), 2), new Column(c.t("col.meaning"), 6)), rows));
	}
}
