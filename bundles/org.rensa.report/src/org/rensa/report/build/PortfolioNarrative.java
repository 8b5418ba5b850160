// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.rensa.core.analysis.ChainReport;
import org.rensa.core.analysis.ChainReport.CoverageRow;
import org.rensa.core.analysis.ChainReport.CoverageState;
import org.rensa.core.analysis.ChainReport.FlowDownBreak;
import org.rensa.core.analysis.ChainReport.OversightProblem;
import org.rensa.core.analysis.ChainReport.ProblemKind;
import org.rensa.core.analysis.ChainReport.RiskScore;
import org.rensa.core.analysis.ChainReport.TierVisibility;
import org.rensa.core.analysis.PreviousAssessment;
import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.DeclarationGap;
import org.rensa.model.Finding;
import org.rensa.model.Organization;
import org.rensa.model.Response;
import org.rensa.model.Severity;
import org.rensa.model.derived.DeclarationGaps;
import org.rensa.model.derived.FindingClosure;
import org.rensa.model.derived.Scorecard;
import org.rensa.model.derived.Scorecard.Score;
import org.rensa.report.model.Block;
import org.rensa.report.model.Block.Category;
import org.rensa.report.model.Block.Cell;
import org.rensa.report.model.Block.Column;
import org.rensa.report.model.ReportDocument;
import org.rensa.report.model.Section;
import org.rensa.report.model.Tone;

/**
 * The portfolio summary's narrative: conclusions written from the facts of the chain report
 * ({@link org.rensa.core.analysis.ProjectAnalysis#chainReport}) and the derived rules (scores,
 * declaration gaps), the top risks ranked by kind and chain risk score, recommendations to the buyer
 * per kind of risk, and the year-over-year trend of every supplier assessed before
 * ({@link PreviousAssessment}). Items the audience may not see are left out.
 */
final class PortfolioNarrative {

	/** The kinds of risk, most serious first: the rank of a top risk. */
	enum Kind {
		CRITICAL_FINDING, UNDECLARED_SUBCONTRACTOR, HIGH_FINDING, SENSITIVE_UNASSESSED, OVERSTATED, FLOW_DOWN, MISSING_CLAUSES
	}

	/**
	 * One risk of the portfolio.
	 *
	 * @param kind         its kind
	 * @param organization the supplier concerned
	 * @param why          the facts behind it
	 * @param chainScore   the supplier's chain risk score (0..100), {@code -1} when unknown
	 */
	record Risk(Kind kind, Organization organization, String why, double chainScore) {
	}

	/** How many top risks the summary lists. */
	static final int TOP = 5;

	private PortfolioNarrative() {
	}

	/**
	 * Adds conclusions, top risks and recommendations below the overview.
	 *
	 * @param c             the build
	 * @param overview      the overview section
	 * @param organizations the organisations below the buyer
	 * @param latest        the current assessment of every assessed organisation
	 * @param report        the chain report
	 * @param findings      the findings the audience may see
	 */
	static void add(BuildContext c, Section overview, List<Organization> organizations, Map<Organization, Assessment> latest,
			ChainReport report, List<Finding> findings) {
		List<Risk> risks = risks(c, organizations, latest, report, findings);
		Section conclusions = overview.addSection(c.t("narrative.conclusions"));
		List<String> sentences = new ArrayList<>();
		int total = 0;
		int verified = 0;
		int declaredOnly = 0;
		int never = 0;
		for (TierVisibility tier : report.visibility()) {
			if (tier.tier() != 0) {
				total += tier.organizations();
				verified += tier.verified();
				declaredOnly += tier.declaredOnly();
				never += tier.neverAssessed();
			}
		}
		sentences.add(c.t("narrative.assessed", total, verified, declaredOnly, never));
		List<String> overstated = names(c, risks, Kind.OVERSTATED);
		sentences.add(overstated.isEmpty() ? c.t("narrative.overstated.none")
				: c.t("narrative.overstated", overstated.size(), c.texts.list(overstated)));
		long critical = open(findings).filter(f -> ReportBuilder.severityOf(f) == Severity.CRITICAL).count();
		long high = open(findings).filter(f -> ReportBuilder.severityOf(f) == Severity.HIGH).count();
		sentences.add(critical + high == 0 ? c.t("narrative.findings.none") : c.t("narrative.findings", critical, high));
		List<String> undeclared = names(c, risks, Kind.UNDECLARED_SUBCONTRACTOR);
		sentences.add(undeclared.isEmpty() ? c.t("narrative.undeclared.none")
				: c.t("narrative.undeclared", undeclared.size(), c.texts.list(undeclared)));
		sentences.add(c.t("narrative.clauses", names(c, risks, Kind.MISSING_CLAUSES).size(),
				risks.stream().filter(r -> r.kind() == Kind.FLOW_DOWN).count()));
		if (!risks.isEmpty()) {
			sentences.add(c.t("narrative.top", c.name(risks.get(0).organization()), risks.get(0).why()));
		}
		conclusions.add(new Block.Paragraph(String.join(c.t("narrative.join"), sentences.stream().map(PortfolioNarrative::sentence).toList()),
				Block.TextStyle.LEAD));

		Section top = overview.addSection(c.t("narrative.risks"));
		if (risks.isEmpty()) {
			top.add(new Block.Paragraph(c.t("narrative.risks.none")));
		} else {
			List<List<Cell>> rows = new ArrayList<>();
			int rank = 1;
			for (Risk risk : risks.subList(0, Math.min(TOP, risks.size()))) {
				rows.add(List.of(new Cell(String.valueOf(rank++)), new Cell(c.name(risk.organization())),
						new Cell(c.t("risk." + risk.kind().name()), tone(risk.kind())), new Cell(risk.why()),
						new Cell(risk.chainScore() < 0 ? "–" : String.valueOf(Math.round(risk.chainScore())))));
			}
			top.add(new Block.Table(c.t("narrative.risks.caption", Math.min(TOP, risks.size()), risks.size()),
					List.of(new Column(c.t("col.rank"), 0.6f), new Column(c.t("col.organization"), 2.4f), new Column(c.t("col.risk"), 2),
							new Column(c.t("col.why"), 5), new Column(c.t("col.chainscore"), 1)),
					rows));
		}

		Section recommendations = overview.addSection(c.t("narrative.recommendations"));
		List<String> items = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			List<String> names = names(c, risks, kind);
			if (!names.isEmpty()) {
				items.add(sentence(c.t("rec." + kind.name(), c.texts.list(names))));
			}
		}
		if (items.isEmpty()) {
			recommendations.add(new Block.Paragraph(c.t("rec.none")));
		} else {
			recommendations.add(new Block.Bullets(items));
		}
	}

	/**
	 * Adds the year-over-year trend section.
	 *
	 * @param c             the build
	 * @param doc           the portfolio summary
	 * @param organizations the organisations below the buyer
	 * @param latest        the current assessment of every assessed organisation
	 */
	static void trend(BuildContext c, ReportDocument doc, List<Organization> organizations, Map<Organization, Assessment> latest) {
		Texts t = c.texts;
		Section section = doc.addSection(c.t("trend.title"));
		List<List<Cell>> rows = new ArrayList<>();
		List<Category> bars = new ArrayList<>();
		for (Organization organization : organizations) {
			Assessment current = latest.get(organization);
			Assessment previous = PreviousAssessment.of(current);
			if (previous == null) {
				continue;
			}
			Score then = Scorecard.of(previous).overall();
			Score now = Scorecard.of(current).overall();
			boolean byVerified = !Double.isNaN(then.verifiedScore()) && !Double.isNaN(now.verifiedScore());
			double from = byVerified ? then.verifiedScore() : then.declaredScore();
			double to = byVerified ? now.verifiedScore() : now.declaredScore();
			Cell change;
			if (Double.isNaN(from) || Double.isNaN(to)) {
				change = new Cell("–");
			} else {
				long points = Math.round(to * 100) - Math.round(from * 100);
				String signed = points > 0 ? "+" + points : String.valueOf(points);
				change = points > 0 ? new Cell(c.t("trend.better", signed), Tone.GOOD)
						: points < 0 ? new Cell(c.t("trend.worse", signed), Tone.BAD) : new Cell(c.t("trend.unchanged"));
			}
			rows.add(List.of(new Cell(c.name(organization)), new Cell(PreviousAssessment.label(previous)),
					new Cell(t.percent(then.declaredScore())), new Cell(t.percent(then.verifiedScore())),
					new Cell(PreviousAssessment.label(current)), new Cell(t.percent(now.declaredScore())),
					new Cell(t.percent(now.verifiedScore())), change));
			if (!Double.isNaN(from) && !Double.isNaN(to)) {
				bars.add(new Category(c.name(organization), new double[] { from * 100, to * 100 }));
			}
		}
		if (rows.isEmpty()) {
			section.add(new Block.Paragraph(c.t("trend.none")));
			return;
		}
		section.add(new Block.Paragraph(c.t("trend.text")));
		if (!bars.isEmpty()) {
			section.add(new Block.Chart(c.t("trend.chart"), List.of(c.t("trend.series.previous"), c.t("trend.series.current")),
					List.of(Tone.DECLARED, Tone.VERIFIED), bars, 100, "%"));
		}
		section.add(new Block.Table("", List.of(new Column(c.t("col.organization"), 3), new Column(c.t("trend.col.previous"), 1.2f),
				new Column(c.t("col.declared"), 1.1f), new Column(c.t("col.verified"), 1.1f), new Column(c.t("trend.col.current"), 1.2f),
				new Column(c.t("col.declared"), 1.1f), new Column(c.t("col.verified"), 1.1f), new Column(c.t("trend.col.change"), 1.6f)),
				rows));
	}

	/**
	 * @return every risk of the portfolio, most serious first (by kind, then by chain risk score)
	 */
	static List<Risk> risks(BuildContext c, List<Organization> organizations, Map<Organization, Assessment> latest, ChainReport report,
			List<Finding> findings) {
		Texts t = c.texts;
		Set<Organization> below = new LinkedHashSet<>(organizations);
		List<Risk> risks = new ArrayList<>();
		for (Organization organization : organizations) {
			for (Severity severity : List.of(Severity.CRITICAL, Severity.HIGH)) {
				List<Finding> severe = open(findings).filter(f -> f.getOrganization() == organization && ReportBuilder.severityOf(f) == severity)
						.sorted(Comparator.comparing(f -> BuildContext.nullToEmpty(f.getCode()))).toList();
				if (!severe.isEmpty()) {
					String why = severe.size() == 1
							? c.t("why.finding", ReportBuilder.code(c, severe.get(0)), t.label(severity), ReportBuilder.title(c, severe.get(0)))
							: c.t("why.findings", severe.size(), t.label(severity),
									t.list(severe.stream().map(f -> ReportBuilder.code(c, f)).toList()));
					risks.add(risk(report, severity == Severity.CRITICAL ? Kind.CRITICAL_FINDING : Kind.HIGH_FINDING, organization, why));
				}
			}
			Assessment assessment = latest.get(organization);
			if (assessment != null) {
				long overstated = assessment.getResponses().stream().filter(c.closure::shows)
						.filter((Response r) -> DeclarationGaps.gapOf(r) == DeclarationGap.OVERSTATED).count();
				if (overstated > 0) {
					Score score = Scorecard.of(assessment).overall();
					risks.add(risk(report, Kind.OVERSTATED, organization,
							c.t("why.overstated", overstated, t.percent(score.declaredScore()), t.percent(score.verifiedScore()))));
				}
			}
		}
		Map<Organization, OversightProblem> undeclared = new LinkedHashMap<>();
		Map<Organization, OversightProblem> unassessed = new LinkedHashMap<>();
		for (OversightProblem problem : report.problems()) {
			if (!below.contains(problem.organization()) || (problem.relationship() != null && !c.closure.shows(problem.relationship()))) {
				continue;
			}
			if (problem.kind() == ProblemKind.UNDECLARED_SUBCONTRACTOR) {
				undeclared.putIfAbsent(problem.organization(), problem);
			} else if (problem.kind() == ProblemKind.SENSITIVE_DATA_UNASSESSED) {
				unassessed.putIfAbsent(problem.organization(), problem);
			}
		}
		undeclared.forEach((organization, problem) -> risks.add(risk(report, Kind.UNDECLARED_SUBCONTRACTOR, organization,
				c.t("why.undeclared", problem.relationship() == null ? "–" : c.name(problem.relationship().getFrom()), classes(t, problem.classes())))));
		unassessed.forEach((organization, problem) -> risks.add(risk(report, Kind.SENSITIVE_UNASSESSED, organization,
				c.t("why.unassessed", classes(t, problem.classes())))));
		Map<Organization, FlowDownBreak> breaks = new LinkedHashMap<>();
		for (FlowDownBreak flowDown : report.breaks()) {
			if (below.contains(flowDown.link().getTo()) && c.closure.shows(flowDown.link())) {
				breaks.putIfAbsent(flowDown.link().getTo(), flowDown);
			}
		}
		breaks.forEach((organization, flowDown) -> risks.add(risk(report, Kind.FLOW_DOWN, organization,
				c.t("why.flowdown", c.name(flowDown.link().getFrom()), t.list(flowDown.missing().stream().map(t::label).toList())))));
		for (CoverageRow row : report.coverage()) {
			if (row.missingCount() > 0 && below.contains(row.organization())) {
				risks.add(risk(report, Kind.MISSING_CLAUSES, row.organization(), c.t("why.clauses", t.list(row.cells().stream()
						.filter(cell -> cell.state() == CoverageState.MISSING).map(cell -> t.label(cell.category())).toList()))));
			}
		}
		risks.sort(Comparator.comparing(Risk::kind).thenComparing(Comparator.comparingDouble(Risk::chainScore).reversed())
				.thenComparing(r -> c.name(r.organization())));
		return risks;
	}

	/** @return the sentence without the doubled full stop of a name ending in one ("Co., Ltd.") */
	private static String sentence(String text) {
		return text.endsWith("..") ? text.substring(0, text.length() - 1) : text.replace(".. ", ". ");
	}

	private static Risk risk(ChainReport report, Kind kind, Organization organization, String why) {
		RiskScore score = report.risk(organization);
		return new Risk(kind, organization, why, score == null ? -1 : score.chain());
	}

	private static String classes(Texts t, Set<org.rensa.model.InformationClass> classes) {
		return classes == null || classes.isEmpty() ? "–" : t.list(classes.stream().map(t::label).toList());
	}

	private static java.util.stream.Stream<Finding> open(List<Finding> findings) {
		return findings.stream().filter(FindingClosure::isUnresolved);
	}

	private static List<String> names(BuildContext c, List<Risk> risks, Kind kind) {
		return risks.stream().filter(r -> r.kind() == kind).map(r -> c.name(r.organization())).distinct().collect(Collectors.toList());
	}

	private static Tone tone(Kind kind) {
		Map<Kind, Tone> tones = new EnumMap<>(Kind.class);
		tones.put(Kind.CRITICAL_FINDING, Tone.CRITICAL);
		tones.put(Kind.HIGH_FINDING, Tone.HIGH);
		tones.put(Kind.UNDECLARED_SUBCONTRACTOR, Tone.BAD);
		tones.put(Kind.SENSITIVE_UNASSESSED, Tone.BAD);
		return tones.getOrDefault(kind, Tone.WARN);
	}
}
