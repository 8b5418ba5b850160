// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.rensa.core.analysis.AssessmentHistory;
import org.rensa.core.analysis.ChainReport;
import org.rensa.core.analysis.ChainReport.CoverageRow;
import org.rensa.core.analysis.ChainReport.CoverageState;
import org.rensa.core.analysis.ChainReport.TierVisibility;
import org.rensa.core.analysis.ProjectAnalysis;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.ActionStatus;
import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.Certification;
import org.rensa.model.Checklist;
import org.rensa.model.Clause;
import org.rensa.model.ClauseCategory;
import org.rensa.model.Contract;
import org.rensa.model.DeclarationGap;
import org.rensa.model.Evidence;
import org.rensa.model.Finding;
import org.rensa.model.InformationClass;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.Relationship;
import org.rensa.model.RemediationAction;
import org.rensa.model.Requirement;
import org.rensa.model.Response;
import org.rensa.model.Section;
import org.rensa.model.Severity;
import org.rensa.model.Verdict;
import org.rensa.model.Visit;
import org.rensa.model.derived.DeclarationGaps;
import org.rensa.model.text.Language;
import org.rensa.model.derived.FindingClosure;
import org.rensa.model.derived.RemediationDeadlines;
import org.rensa.model.derived.Scorecard;
import org.rensa.model.derived.Scorecard.Score;
import org.rensa.model.derived.SupplyChainTiers;
import org.rensa.report.ChainFigure;
import org.rensa.report.ChainFigures;
import org.rensa.report.OverallOpinion;
import org.rensa.report.ReportOptions;
import org.rensa.report.model.Block;
import org.rensa.report.tracker.TrackerLayout;
import org.rensa.report.model.Block.Category;
import org.rensa.report.model.Block.Cell;
import org.rensa.report.model.Block.Column;
import org.rensa.report.model.Block.Fact;
import org.rensa.report.model.ReportDocument;
import org.rensa.report.model.Tone;

/**
 * Builds the content of the three documents from a project, headless. The result is in one
 * language, filtered by TLP and (when asked) anonymised; renderers only lay it out.
 */
public final class ReportBuilder {

	/** Clause categories every supplier contract is expected to carry beyond confidentiality. */

	/** Certificates expiring within this many days are listed in the portfolio summary. */
	public static final int EXPIRY_WINDOW_DAYS = 180;

	/** Height (points) a chain figure may take in the visit report, below the section's heading and lead. */
	private static final double FIGURE_HEIGHT_VISIT = 520;

	/**
	 * Height (points) a chain figure may take in the portfolio summary, on a page of its own: the
	 * smaller of the renderers' (PDF 586, DOCX 600).
	 */
	private static final double FIGURE_HEIGHT_PORTFOLIO = 586;

	private ReportBuilder() {
	}

	/**
	 * Builds the visit audit report.
	 *
	 * @param project the project
	 * @param visit   the visit
	 * @param options language, audience, anonymisation, date
	 * @return the content
	 */
	public static ReportDocument visit(AuditProjectDocument project, Visit visit, ReportOptions options) {
		return visit(project, visit, options, null);
	}

	/**
	 * Builds the visit audit report, with a figure of the supplier's place in the chain.
	 *
	 * @param project the project
	 * @param visit   the visit
	 * @param options language, audience, anonymisation, date
	 * @param figures draws the chain figure, or {@code null} for the textual chain section only
	 * @return the content
	 */
	public static ReportDocument visit(AuditProjectDocument project, Visit visit, ReportOptions options, ChainFigures figures) {
		BuildContext c = new BuildContext(project, options);
		Texts t = c.texts;
		Organization supplier = visit.getOrganization();
		AuditProject root = project.getProject();
		ReportDocument doc = new ReportDocument(t.locale(), options.audience());
		c.decorate(doc, c.t("visit.title"), c.name(supplier));
		cover(c, doc, root, supplier);
		doc.cover().add(new Fact(c.t("cover.site"), t.field(visit.getSite())));
		doc.cover().add(new Fact(c.t("cover.dates"), dates(t, visit)));
		doc.cover().add(new Fact(c.t("cover.auditors"), c.texts.list(visit.getAuditors())));
		doc.cover().add(new Fact(c.t("cover.issued"), t.date(options.today())));

		Assessment assessment = visit.getAssessment();
		List<Response> responses = assessment == null ? List.of() : List.copyOf(assessment.getResponses());
		List<Finding> allFindings = root.getFindings().stream().filter(f -> f.getVisit() == visit).toList();
		List<Finding> findings = new ArrayList<>();
		for (Finding finding : sorted(allFindings)) {
			if (c.share(finding)) {
				findings.add(finding);
			}
		}

		// 1 executive summary
		var summary = doc.addSection(c.t("visit.summary"));
		OverallOpinion.Facts facts = Conclusions.facts(c, visit);
		OverallOpinion.Rating rating = facts.rating();
		summary.add(new Block.Callout(c.t("verdict.title", OverallOpinion.label(rating, t)), c.t("verdict.text", t.percent(facts.declared()),
				t.percent(facts.verified()), facts.overstated(), facts.findings(), facts.severe()), Conclusions.tone(rating)));
		summary.add(new Block.Facts(List.of(new Fact(c.t("fact.declared"), t.percent(facts.declared())),
				new Fact(c.t("fact.verified"), t.percent(facts.verified())),
				new Fact(c.t("fact.requirements"), c.t("fact.requirements.value", responses.size(),
						responses.stream().filter(r -> r.getVerdict() != null && r.getVerdict() != Verdict.NOT_VERIFIED
								&& r.getVerdict() != Verdict.NOT_APPLICABLE).count())),
				new Fact(c.t("fact.overstated"), String.valueOf(facts.overstated())),
				new Fact(c.t("fact.findings"), severityCounts(c, findings)))));
		summary.add(severityChart(c, findings));
		if (!findings.isEmpty()) {
			var top = summary.addSection(c.t("visit.top"));
			List<List<Cell>> rows = new ArrayList<>();
			for (Finding finding : findings.subList(0, Math.min(5, findings.size()))) {
				rows.add(List.of(new Cell(code(c, finding)), new Cell(t.label(severityOf(finding)), Scores.tone(severityOf(finding))),
						new Cell(title(c, finding))));
			}
			top.add(new Block.Table("", List.of(new Column(c.t("col.code"), 1), new Column(c.t("col.severity"), 1.3f),
					new Column(c.t("col.finding"), 6)), rows));
		}
		Conclusions.opinion(c, summary, visit);
		ReportControl.add(c, doc, visit);

		// 2 scope and method
		var scope = doc.addSection(c.t("visit.scope"));
		List<Fact> scopeFacts = new ArrayList<>();
		scopeFacts.add(new Fact(c.t("cover.site"), t.field(visit.getSite())));
		scopeFacts.add(new Fact(c.t("cover.dates"), dates(t, visit)));
		scopeFacts.add(new Fact(c.t("fact.scope"), c.free(t.either(visit.getScopeJa(), t.pick(visit.getScope())))));
		scopeFacts.add(new Fact(c.t("cover.auditors"), c.texts.list(visit.getAuditors())));
		scopeFacts.add(new Fact(c.t("fact.interviewees"), visit.getInterviewees().stream().map(t::field).collect(Collectors.joining("\n"))));
		if (assessment != null && assessment.getChecklist() != null) {
			Checklist checklist = assessment.getChecklist();
			scopeFacts.add(new Fact(c.t("fact.checklist"), t.either(checklist.getNameJa(), checklist.getName())
					+ (checklist.getVersion() == null ? "" : " " + checklist.getVersion())));
			scopeFacts.add(new Fact(c.t("fact.selfcheck"), c.t("fact.selfcheck.value", t.date(assessment.getDeclaredOn()),
					t.field(assessment.getRespondent()))));
		}
		scope.add(new Block.Facts(scopeFacts));
		Methodology.scope(c, scope, visit, responses);
		String notes = BuildContext.nullToEmpty(c.free(t.either(visit.getNotesJa(), t.pick(visit.getNotes()))));
		if (!notes.isBlank()) {
			scope.add(new Block.Paragraph(notes));
		}

		// 3 supply chain
		var chain = doc.addSection(c.t("visit.chain"));
		List<ChainFigure> drawn = figures == null || supplier == null ? List.of()
				: figures.around(project, supplier, c.figureRequest(FIGURE_HEIGHT_VISIT));
		// one short paragraph before the figure, so that the section can open on the figure's page
		supplyChain(c, chain, root, supplier, !drawn.isEmpty());
		int at = Math.min(1, chain.blocks().size());
		for (ChainFigure figure : drawn) {
			chain.blocks().add(at++, new Block.ChainDiagram(figure));
		}

		// 4 results per section
		var results = doc.addSection(c.t("visit.results")).newPage(true);
		if (assessment != null && assessment.getChecklist() != null) {
			Map<Section, List<Response>> bySection = bySection(assessment);
			List<Category> categories = new ArrayList<>();
			for (Score section : Scorecard.of(assessment).sections()) {
				if (bySection.containsKey(section.section())) {
					categories.add(new Category(sectionLabel(t, section.section()),
							new double[] { section.declaredPercent(), section.verifiedPercent() }));
				}
			}
			results.add(new Block.Chart(c.t("chart.scores"), List.of(c.t("series.declared"), c.t("series.verified")),
					List.of(Tone.DECLARED, Tone.VERIFIED), categories, 100, "%"));
			for (Map.Entry<Section, List<Response>> entry : bySection.entrySet()) {
				var sub = results.addSection(t.either(entry.getKey().getTitleJa(), entry.getKey().getTitle()));
				List<List<Cell>> rows = new ArrayList<>();
				for (Response response : entry.getValue()) {
					Requirement requirement = response.getRequirement();
					if (!c.share(response)) {
						Cell withheld = new Cell(c.t("withheld.cell"));
						rows.add(List.of(new Cell(requirement.getCode()), new Cell(t.either(requirement.getTitleJa(), requirement.getTitle())),
								withheld, withheld, withheld, withheld));
						continue;
					}
					DeclarationGap gap = DeclarationGaps.gapOf(response);
					rows.add(List.of(new Cell(requirement.getCode()), new Cell(t.either(requirement.getTitleJa(), requirement.getTitle())),
							new Cell(t.label(response.getDeclaredAnswer())),
							new Cell(t.label(response.getVerdict()), Scores.tone(response.getVerdict())),
							new Cell(t.label(gap), gap == DeclarationGap.OVERSTATED ? Tone.BAD : Tone.NONE),
							new Cell(c.free(t.either(response.getVerificationNoteJa(), t.pick(response.getVerificationNote()))))));
				}
				sub.add(new Block.Table("", List.of(new Column(c.t("col.code"), 1.1f), new Column(c.t("col.requirement"), 3.2f),
						new Column(c.t("col.declared"), 1.4f), new Column(c.t("col.verified"), 1.5f),
						new Column(c.t("col.gap"), 1.4f), new Column(c.t("col.note"), 4)), rows));
			}
		} else {
			results.add(new Block.Paragraph(c.t("visit.noassessment")));
		}

		PreviousAssessmentSection.add(c, doc, assessment);

		// 5 findings
		var findingSection = doc.addSection(c.t("visit.findings")).newPage(true);
		if (findings.isEmpty()) {
			findingSection.add(new Block.Paragraph(c.t("visit.nofindings")));
		}
		for (Finding finding : findings) {
			findingSection.add(findingBlock(c, finding, true));
		}

		// 6 remediation plan
		var plan = doc.addSection(c.t("visit.plan"));
		List<RemediationAction> actions = findings.stream().flatMap(f -> f.getActions().stream()).filter(c::share).toList();
		if (actions.isEmpty()) {
			plan.add(new Block.Paragraph(c.t("plan.none")));
		} else {
			plan.add(actionsTable(c, actions));
		}
		Conclusions.followUp(c, doc, visit, findings, actions);
		ReportControl.signOff(c, doc, visit);

		// appendices
		if (assessment != null && assessment.getChecklist() != null) {
			var appendix = doc.addSection(c.t("appendix.checklist")).newPage(true);
			for (Section section : assessment.getChecklist().getSections()) {
				List<List<Cell>> rows = new ArrayList<>();
				for (Requirement requirement : section.getRequirements()) {
					rows.add(List.of(new Cell(requirement.getCode()),
							new Cell(t.either(requirement.getTitleJa(), requirement.getTitle()) + "\n"
									+ t.either(requirement.getDescriptionJa(), requirement.getDescription())),
							new Cell(t.level(requirement))));
				}
				appendix.addSection(t.either(section.getTitleJa(), section.getTitle())).add(new Block.Table("", List.of(new Column(c.t("col.code"), 1.1f),
						new Column(c.t("col.requirement"), 8), new Column(c.t("col.level"), 1.2f)), rows));
			}
		}
		evidenceRegister(c, doc, root.getEvidence().stream().filter(e -> e.getVisit() == visit).toList());
		Methodology.basisAppendix(c, doc, visit);
		Methodology.methodAppendix(c, doc, responses);
		Methodology.glossary(c, doc);
		c.finish(doc);
		return finish(c, doc, root);
	}

	/**
	 * Builds the remediation plan (改善計画書) for one supplier.
	 *
	 * @param project  the project
	 * @param supplier the supplier
	 * @param options  language, audience, anonymisation, date
	 * @return the content
	 */
	public static ReportDocument remediation(AuditProjectDocument project, Organization supplier, ReportOptions options) {
		BuildContext c = new BuildContext(project, options);
		Texts t = c.texts;
		AuditProject root = project.getProject();
		ReportDocument doc = new ReportDocument(t.locale(), options.audience());
		c.decorate(doc, c.t("plan.title"), c.name(supplier));
		cover(c, doc, root, supplier);
		doc.cover().add(new Fact(c.t("cover.issued"), t.date(options.today())));
		List<Finding> findings = new ArrayList<>();
		for (Finding finding : sorted(root.getFindings().stream().filter(f -> f.getOrganization() == supplier).toList())) {
			if (c.share(finding)) {
				findings.add(finding);
			}
		}
		List<RemediationAction> actions = findings.stream().flatMap(f -> f.getActions().stream()).filter(c::share).toList();
		long overdue = actions.stream().filter(a -> RemediationDeadlines.isOverdue(a, options.today())).count();
		long open = actions.stream().filter(a -> !RemediationDeadlines.isFinished(a)).count();

		var purpose = doc.addSection(c.t("plan.purpose"));
		purpose.add(new Block.Paragraph(c.t("plan.purpose.text", c.name(root.getBuyer()), c.name(supplier)), Block.TextStyle.LEAD));
		purpose.add(new Block.Facts(List.of(new Fact(c.t("fact.findings"), severityCounts(c, findings)),
				new Fact(c.t("fact.actions"), c.t("fact.actions.value", actions.size(), open, overdue)))));
		if (overdue > 0) {
			purpose.add(new Block.Callout(c.t("plan.overdue.title"), c.t("plan.overdue.text", overdue), Tone.BAD));
		}

		var list = doc.addSection(c.t("plan.actions"));
		list.add(actions.isEmpty() ? new Block.Paragraph(c.t("plan.none")) : actionsTable(c, actions));

		var details = doc.addSection(c.t("plan.details"));
		// the text lets the heading close the page of the actions list, so each finding opens a page with its actions
		details.add(new Block.Paragraph(c.t("plan.details.text")));
		for (Finding finding : findings) {
			details.add(findingBlock(c, finding, false));
			List<List<Cell>> rows = new ArrayList<>();
			for (RemediationAction action : finding.getActions()) {
				if (!c.share(action)) {
					continue;
				}
				rows.add(actionRow(c, action, false));
			}
			if (!rows.isEmpty()) {
				details.add(new Block.Table(c.t("plan.actionsfor", code(c, finding)), actionColumns(c, false), rows));
			}
		}
		var how = doc.addSection(c.t("plan.how"));
		how.add(new Block.Paragraph(c.t("plan.how.text")));
		how.add(new Block.Bullets(List.of(c.t("plan.how.1", c.texts.list(TrackerLayout.SUPPLIER_STATUSES.stream().map(c.texts::label).toList()),
				c.texts.label(ActionStatus.VERIFIED)), c.t("plan.how.2"), c.t("plan.how.3"))));
		c.finish(doc);
		return finish(c, doc, root);
	}

	/**
	 * Builds the portfolio summary for the buyer.
	 *
	 * @param project the project
	 * @param options language, audience, anonymisation, date
	 * @return the content
	 */
	public static ReportDocument portfolio(AuditProjectDocument project, ReportOptions options) {
		return portfolio(project, options, null);
	}

	/**
	 * Builds the portfolio summary for the buyer, with a figure of the whole chain.
	 *
	 * @param project the project
	 * @param options language, audience, anonymisation, date
	 * @param figures draws the chain figure, or {@code null} for none
	 * @return the content
	 */
	public static ReportDocument portfolio(AuditProjectDocument project, ReportOptions options, ChainFigures figures) {
		BuildContext c = new BuildContext(project, options);
		Texts t = c.texts;
		AuditProject root = project.getProject();
		ReportDocument doc = new ReportDocument(t.locale(), options.audience());
		c.decorate(doc, c.t("portfolio.title"), portfolioSubject(c, root));
		if (!c.client(root.getBuyer()).isEmpty()) {
			doc.cover().add(new Fact(c.t("cover.client"), c.client(root.getBuyer())));
		}
		doc.cover().add(new Fact(c.t("cover.project"), portfolioSubject(c, root)));
		doc.cover().add(new Fact(c.t("cover.issued"), t.date(options.today())));

		Map<Organization, Integer> tiers = SupplyChainTiers.tiersOf(root);
		List<Organization> organizations = root.getOrganizations().stream()
				.filter(o -> o != root.getBuyer() && o.getKind() != OrganizationKind.BUYER)
				.sorted(Comparator.comparing((Organization o) -> tierKey(tiers.get(o))).thenComparing(c::name)).toList();
		List<Finding> findings = new ArrayList<>();
		for (Finding finding : root.getFindings()) {
			if (c.share(finding)) {
				findings.add(finding);
			}
		}
		Map<Organization, Assessment> latest = AssessmentHistory.current(root);
		Set<Organization> visited = root.getVisits().stream().map(Visit::getOrganization).collect(Collectors.toSet());

		// 1 overview
		var overview = doc.addSection(c.t("portfolio.overview"));
		long assessed = organizations.stream().filter(latest::containsKey).count();
		long visitedCount = organizations.stream().filter(visited::contains).count();
		Map<Organization, Score> scores = new java.util.HashMap<>();
		latest.forEach((organization, assessment) -> scores.put(organization, Scorecard.of(assessment).overall()));
		ChainReport chainReport = ProjectAnalysis.chainReport(project);
		long neverVerified = chainReport.visibility().stream().filter(v -> v.tier() != 0)
				.mapToLong(v -> v.declaredOnly() + v.neverAssessed()).sum();
		overview.add(new Block.Facts(List.of(new Fact(c.t("portfolio.orgs"), String.valueOf(organizations.size())),
				new Fact(c.t("portfolio.assessed"), String.valueOf(assessed)), new Fact(c.t("portfolio.visited"), String.valueOf(visitedCount)),
				new Fact(c.t("portfolio.never"), String.valueOf(neverVerified)),
				new Fact(c.t("fact.findings"), severityCounts(c, findings)))));
		PortfolioNarrative.add(c, overview, organizations, latest, chainReport, findings);

		// the chain as a figure
		if (figures != null) {
			List<ChainFigure> drawn = figures.wholeChain(project, c.figureRequest(FIGURE_HEIGHT_PORTFOLIO));
			if (!drawn.isEmpty()) {
				var chain = doc.addSection(c.t("portfolio.chain"));
				chain.add(new Block.Paragraph(c.t(drawn.size() == 1 ? "portfolio.chain.text" : "portfolio.chain.split", drawn.size())));
				for (ChainFigure figure : drawn) {
					chain.add(new Block.ChainDiagram(figure));
				}
			}
		}

		// 2 organisations by tier
		var byTier = doc.addSection(c.t("portfolio.bytier"));
		List<List<Cell>> rows = new ArrayList<>();
		for (Organization organization : organizations) {
			Assessment assessment = latest.get(organization);
			long openFindings = findings.stream().filter(f -> f.getOrganization() == organization
					&& FindingClosure.isUnresolved(f)).count();
			rows.add(List.of(new Cell(tierLabel(c, tiers.get(organization))), new Cell(c.name(organization)),
					new Cell(t.label(organization.getKind())),
					new Cell(organization.isSetCapitalTie() ? t.label(organization.getCapitalTie()) : ""),
					new Cell(assessment == null ? c.t("none") : t.label(assessment.getStatus())),
					new Cell(assessment == null ? "–" : t.percent(scores.get(organization).declaredScore())),
					new Cell(assessment == null ? "–" : t.percent(scores.get(organization).verifiedScore())),
					new Cell(visited.contains(organization) ? c.t("yes") : c.t("no")),
					new Cell(String.valueOf(openFindings), openFindings > 0 ? Tone.BAD : Tone.NONE)));
		}
		byTier.add(new Block.Table("", List.of(new Column(c.t("col.tier"), 0.8f), new Column(c.t("col.organization"), 4),
				new Column(c.t("col.kind"), 1.5f), new Column(c.t("col.capital"), 1.5f), new Column(c.t("col.assessment"), 1.5f),
				new Column(c.t("col.declared"), 1.1f), new Column(c.t("col.verified"), 1.1f), new Column(c.t("col.visited"), 1),
				new Column(c.t("col.open"), 1)), rows));

		// 3 coverage: the chain report's visibility per tier
		var coverage = doc.addSection(c.t("portfolio.coverage"));
		List<List<Cell>> coverageRows = new ArrayList<>();
		List<Category> coverageBars = new ArrayList<>();
		double maxTier = 1;
		for (TierVisibility tier : chainReport.visibility()) {
			if (tier.tier() == 0) {
				continue;
			}
			coverageRows.add(List.of(new Cell(tierLabel(c, tier.tier())), new Cell(String.valueOf(tier.organizations())),
					new Cell(String.valueOf(tier.verified())), new Cell(String.valueOf(tier.declaredOnly())),
					new Cell(String.valueOf(tier.neverAssessed()), tier.neverAssessed() > 0 ? Tone.WARN : Tone.NONE),
					new Cell(tier.sensitiveFlowsUnverified() + " / " + tier.sensitiveFlows(),
							tier.sensitiveFlowsUnverified() > 0 ? Tone.WARN : Tone.NONE)));
			coverageBars.add(new Category(tierLabel(c, tier.tier()), new double[] { tier.verified(), tier.declaredOnly() }));
			maxTier = Math.max(maxTier, tier.organizations());
		}
		coverage.add(new Block.Chart(c.t("chart.coverage"), List.of(c.t("portfolio.verified"), c.t("portfolio.declaredonly")),
				List.of(Tone.VERIFIED, Tone.DECLARED), coverageBars, maxTier, ""));
		coverage.add(new Block.Table("", List.of(new Column(c.t("col.tier"), 1.2f), new Column(c.t("portfolio.orgs"), 1),
				new Column(c.t("portfolio.verified"), 1), new Column(c.t("portfolio.declaredonly"), 1),
				new Column(c.t("portfolio.neverassessed"), 1), new Column(c.t("portfolio.flowsunverified"), 1.3f)),
				coverageRows));

		// 4 score distribution
		var distribution = doc.addSection(c.t("portfolio.scores"));
		int[] declaredBuckets = new int[5];
		int[] verifiedBuckets = new int[5];
		for (Score score : scores.values()) {
			bucket(declaredBuckets, score.declaredScore());
			bucket(verifiedBuckets, score.verifiedScore());
		}
		List<Category> buckets = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			buckets.add(new Category((i * 20) + "–" + (i * 20 + 20) + "%", new double[] { declaredBuckets[i], verifiedBuckets[i] }));
		}
		double maxBucket = Math.max(1, java.util.stream.IntStream.concat(java.util.Arrays.stream(declaredBuckets),
				java.util.Arrays.stream(verifiedBuckets)).max().orElse(1));
		distribution.add(new Block.Chart(c.t("chart.distribution"), List.of(c.t("series.declared"), c.t("series.verified")),
				List.of(Tone.DECLARED, Tone.VERIFIED), buckets, maxBucket, ""));
		PortfolioNarrative.trend(c, doc, organizations, latest);

		// 5 findings by severity and category
		var findingSection = doc.addSection(c.t("portfolio.findings"));
		findingSection.add(severityChart(c, findings));
		Map<String, Map<Severity, Integer>> byCategory = new java.util.TreeMap<>();
		for (Finding finding : findings) {
			String category = finding.getRequirement() != null && finding.getRequirement().eContainer() instanceof Section s
					? sectionLabel(t, s) : c.t("none");
			byCategory.computeIfAbsent(category, k -> new EnumMap<>(Severity.class)).merge(severityOf(finding), 1, Integer::sum);
		}
		List<Column> categoryColumns = new ArrayList<>();
		categoryColumns.add(new Column(c.t("col.category"), 4));
		for (Severity severity : Severity.VALUES) {
			categoryColumns.add(new Column(t.label(severity), 1));
		}
		List<List<Cell>> categoryRows = new ArrayList<>();
		for (Map.Entry<String, Map<Severity, Integer>> entry : byCategory.entrySet()) {
			List<Cell> row = new ArrayList<>();
			row.add(new Cell(entry.getKey()));
			for (Severity severity : Severity.VALUES) {
				int n = entry.getValue().getOrDefault(severity, 0);
				row.add(new Cell(n == 0 ? "" : String.valueOf(n), n == 0 ? Tone.NONE : Scores.tone(severity)));
			}
			categoryRows.add(row);
		}
		if (!categoryRows.isEmpty()) {
			findingSection.add(new Block.Table(c.t("portfolio.bycategory"), categoryColumns, categoryRows));
		}

		// 6 overdue actions
		var overdue = doc.addSection(c.t("portfolio.overdue"));
		List<RemediationAction> late = findings.stream().flatMap(f -> f.getActions().stream()).filter(c::share)
				.filter(a -> RemediationDeadlines.isOverdue(a, options.today()))
				.sorted(Comparator.comparing(RemediationAction::getDueDate, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
		overdue.add(late.isEmpty() ? new Block.Paragraph(c.t("portfolio.nooverdue")) : actionsTable(c, late));

		// 7 contracts lacking key clauses
		var contracts = doc.addSection(c.t("portfolio.contracts"));
		contracts.add(new Block.Paragraph(c.t("portfolio.contracts.text")));
		List<List<Cell>> contractRows = new ArrayList<>();
		Map<Organization, CoverageRow> coverageOf = new java.util.HashMap<>();
		chainReport.coverage().forEach(row -> coverageOf.put(row.organization(), row));
		for (Organization organization : organizations) {
			CoverageRow row = coverageOf.get(organization);
			if (row == null || row.missingCount() == 0) {
				continue;
			}
			List<Contract> held = root.getContracts().stream().filter(k -> k.getParties().contains(organization)).toList();
			String missing = row.cells().stream().filter(cell -> cell.state() == CoverageState.MISSING)
					.map(cell -> t.label(cell.category())).collect(Collectors.joining(t.language().listSeparator()));
			contractRows.add(List.of(new Cell(c.name(organization)),
					held.isEmpty() ? new Cell(c.t("portfolio.nocontract"), Tone.BAD)
							: new Cell(held.stream().map(k -> t.field(k.getTitle())).collect(Collectors.joining("\n"))),
					new Cell(missing, Tone.WARN)));
		}
		if (contractRows.isEmpty()) {
			contracts.add(new Block.Paragraph(c.t("portfolio.contracts.none")));
		} else {
			contracts.add(new Block.Table("", List.of(new Column(c.t("col.organization"), 3), new Column(c.t("col.contracts"), 3),
					new Column(c.t("col.missing"), 4)), contractRows));
		}

		// 8 certifications about to expire
		var certifications = doc.addSection(c.t("portfolio.certs"));
		List<List<Cell>> certRows = new ArrayList<>();
		for (Organization organization : organizations) {
			for (Certification certification : organization.getCertifications()) {
				if (certification.getValidUntil() != null
						&& !certification.getValidUntil().isAfter(options.today().plusDays(EXPIRY_WINDOW_DAYS))) {
					boolean expired = certification.getValidUntil().isBefore(options.today());
					certRows.add(List.of(new Cell(c.name(organization)),
							new Cell(t.certificate(certification)),
							new Cell(t.date(certification.getValidUntil()), expired ? Tone.BAD : Tone.WARN),
							new Cell(expired ? c.t("cert.expired") : c.t("cert.expiring"))));
				}
			}
		}
		certifications.add(new Block.Paragraph(c.t("portfolio.certs.text", EXPIRY_WINDOW_DAYS)));
		if (certRows.isEmpty()) {
			certifications.add(new Block.Paragraph(c.t("portfolio.certs.none")));
		} else {
			certifications.add(new Block.Table("", List.of(new Column(c.t("col.organization"), 3), new Column(c.t("col.certificate"), 3),
					new Column(c.t("col.validuntil"), 1.5f), new Column(c.t("col.status"), 1.5f)), certRows));
		}
		c.finish(doc);
		return finish(c, doc, root);
	}

	private static ReportDocument finish(BuildContext c, ReportDocument doc, AuditProject root) {
		if (!c.options.anonymise()) {
			return doc;
		}
		return Anonymiser.of(root, c.texts).apply(doc);
	}

	private static void cover(BuildContext c, ReportDocument doc, AuditProject root, Organization supplier) {
		if (!c.client(root.getBuyer()).isEmpty()) {
			doc.cover().add(new Fact(c.t("cover.client"), c.client(root.getBuyer())));
		}
		doc.cover().add(new Fact(c.t("cover.supplier"), c.name(supplier)));
		if (supplier != null && supplier.getAddress() != null) {
			doc.cover().add(new Fact(c.t("cover.address"), c.texts.field(supplier.getAddress())));
		}
	}

	private static void supplyChain(BuildContext c, org.rensa.report.model.Section section, AuditProject root, Organization supplier,
			boolean withFigure) {
		Texts t = c.texts;
		int tier = SupplyChainTiers.tiersOf(root).getOrDefault(supplier, SupplyChainTiers.UNREACHABLE);
		section.add(new Block.Paragraph(c.t("chain.tier", c.name(supplier), tierLabel(c, tier)) + c.t("sentence.separator")
				+ c.t(withFigure ? "chain.figure.text" : "chain.table")));
		List<List<Cell>> rows = new ArrayList<>();
		for (Relationship relationship : root.getRelationships()) {
			boolean upstream = relationship.getTo() == supplier;
			boolean downstream = relationship.getFrom() == supplier;
			if (!upstream && !downstream) {
				continue;
			}
			if (!c.share(relationship)) {
				continue;
			}
			Organization other = upstream ? relationship.getFrom() : relationship.getTo();
			String info = relationship.getInformationClasses().stream().filter(i -> i != InformationClass.NONE).map(t::label)
					.collect(Collectors.joining(t.language().listSeparator()));
			String declared = relationship.isDeclaredToBuyer() ? (relationship.isApproved() ? c.t("chain.approved") : c.t("chain.declared"))
					: c.t("chain.undeclared");
			rows.add(List.of(new Cell(upstream ? c.t("chain.from") : c.t("chain.to")), new Cell(c.name(other)), new Cell(info),
					new Cell(declared, relationship.isDeclaredToBuyer() ? Tone.NONE : Tone.BAD), new Cell(BuildContext.nullToEmpty(c.free(t.pick(relationship.getDescription()))))));
		}
		if (rows.isEmpty()) {
			section.add(new Block.Paragraph(c.t("chain.none")));
		} else {
			section.add(new Block.Table("", List.of(new Column(c.t("col.direction"), 1.4f), new Column(c.t("col.organization"), 2.6f),
					new Column(c.t("col.information"), 2.6f), new Column(c.t("col.declaredtobuyer"), 1.5f),
					new Column(c.t("col.description"), 3.4f)), rows));
		}
	}

	private static Block.FindingBlock findingBlock(BuildContext c, Finding finding, boolean withPictures) {
		Texts t = c.texts;
		List<Fact> facts = new ArrayList<>();
		facts.add(new Fact(c.t("col.status"), t.status(finding)));
		facts.add(new Fact(c.t("col.raised"), t.date(finding.getRaisedOn())));
		facts.add(new Fact("TLP", "TLP:" + (finding.getTlp() == null ? "AMBER" : finding.getTlp().getLiteral().replace('_', '+'))));
		List<Block.Figure> figures = new ArrayList<>();
		List<String> cited = new ArrayList<>();
		for (Evidence evidence : finding.getEvidence()) {
			if (!c.share(evidence)) {
				continue;
			}
			cited.add(evidence.getCode() + " " + c.free(t.either(evidence.getCaptionJa(), evidence.getCaption())));
			if (withPictures) {
				figures.addAll(c.figures(evidence));
			}
		}
		if (!cited.isEmpty()) {
			facts.add(new Fact(c.t("col.evidence"), String.join("\n", cited)));
		}
		return new Block.FindingBlock(code(c, finding), title(c, finding), t.label(severityOf(finding)),
				Scores.tone(severityOf(finding)), facts, auditForm(c, finding), figures);
	}

	/** The finding as auditors write it: criterion, condition, cause, effect, recommendation, response. */
	private static List<Fact> auditForm(BuildContext c, Finding finding) {
		Texts t = c.texts;
		List<Fact> parts = new ArrayList<>();
		Requirement requirement = finding.getRequirement();
		if (requirement != null) {
			String text = t.either(requirement.getDescriptionJa(), requirement.getDescription());
			String heading = requirement.getCode() + " " + t.either(requirement.getTitleJa(), requirement.getTitle());
			parts.add(new Fact(c.t("finding.criterion"), text.isBlank() ? heading
					: heading + "\n" + (t.japanese() ? "「" + text + "」" : "\u201c" + text + "\u201d")));
		}
		part(c, parts, "finding.condition", finding.getDescriptionJa(), finding.getDescription());
		part(c, parts, "finding.cause", finding.getCauseJa(), finding.getCause());
		part(c, parts, "finding.effect", finding.getEffectJa(), finding.getEffect());
		part(c, parts, "finding.recommendation", finding.getRecommendationJa(), finding.getRecommendation());
		String response = c.free(t.either(finding.getManagementResponseJa(), t.pick(finding.getManagementResponse())));
		if (response == null || response.isBlank()) {
			parts.add(new Fact(c.t("finding.response"), c.t("finding.response.none")));
		} else {
			String by = t.field(finding.getManagementResponseBy()).strip();
			String on = t.date(finding.getManagementResponseOn());
			String signed = by.isEmpty() && on.isEmpty() ? ""
					: "\n" + c.t("finding.response.by", by.isEmpty() ? "–" : by, on.isEmpty() ? "–" : on);
			parts.add(new Fact(c.t("finding.response"), response + signed));
		}
		return parts;
	}

	private static void part(BuildContext c, List<Fact> parts, String key, String japanese, String english) {
		String text = c.free(c.texts.either(japanese, c.texts.pick(english)));
		if (text != null && !text.isBlank()) {
			parts.add(new Fact(c.t(key), text));
		}
	}

	private static List<Column> actionColumns(BuildContext c, boolean withFinding) {
		List<Column> columns = new ArrayList<>();
		columns.add(new Column(c.t("col.code"), 1));
		if (withFinding) {
			columns.add(new Column(c.t("col.finding"), 1));
		}
		columns.add(new Column(c.t("col.action"), 4.6f));
		columns.add(new Column(c.t("col.owner"), 2.2f));
		columns.add(new Column(c.t("col.due"), 1.9f));
		columns.add(new Column(c.t("col.status"), 1.4f));
		return columns;
	}

	private static List<Cell> actionRow(BuildContext c, RemediationAction action, boolean withFinding) {
		Texts t = c.texts;
		boolean overdue = RemediationDeadlines.isOverdue(action, c.options.today());
		List<Cell> row = new ArrayList<>();
		row.add(new Cell(BuildContext.nullToEmpty(action.getCode())));
		if (withFinding) {
			row.add(new Cell(action.getFinding() == null ? "" : code(c, action.getFinding())));
		}
		row.add(new Cell(c.free(t.either(action.getActionJa(), action.getAction()))));
		row.add(new Cell(t.field(action.getOwner())));
		row.add(new Cell(t.date(action.getDueDate()), overdue ? Tone.BAD : Tone.NONE));
		ActionStatus status = action.getStatus();
		row.add(new Cell(overdue ? c.t("status.overdue", t.label(status), c.t("overdue")) : t.label(status),
				overdue ? Tone.BAD : RemediationDeadlines.isFinished(action) ? Tone.GOOD : Tone.NONE));
		return row;
	}

	private static Block.Table actionsTable(BuildContext c, List<RemediationAction> actions) {
		List<List<Cell>> rows = new ArrayList<>();
		for (RemediationAction action : actions) {
			rows.add(actionRow(c, action, true));
		}
		return new Block.Table("", actionColumns(c, true), rows);
	}

	private static void evidenceRegister(BuildContext c, ReportDocument doc, List<Evidence> evidence) {
		if (evidence.isEmpty()) {
			return;
		}
		Texts t = c.texts;
		var register = doc.addSection(c.t("appendix.evidence"));
		List<List<Cell>> rows = new ArrayList<>();
		int withheld = 0;
		for (Evidence item : evidence) {
			if (!c.share(item)) {
				withheld++;
				continue;
			}
			String files = item.getFiles().stream().map(f -> BuildContext.nullToEmpty(f.getOriginalName()) + "\nSHA-256 "
					+ Texts.hash(f.getSha256())).collect(Collectors.joining("\n"));
			rows.add(List.of(new Cell(BuildContext.nullToEmpty(item.getCode())), new Cell(t.label(item.getKind())),
					new Cell(c.free(t.either(item.getCaptionJa(), item.getCaption()))), new Cell(files)));
		}
		register.add(new Block.Table("", List.of(new Column(c.t("col.code"), 1), new Column(c.t("col.kind"), 1.3f),
				new Column(c.t("col.caption"), 4), new Column(c.t("col.file"), 4.2f)), rows));
		if (withheld > 0) {
			register.add(new Block.Paragraph(c.t("withheld.register", withheld), Block.TextStyle.SMALL));
		}
	}

	private static Block.Chart severityChart(BuildContext c, List<Finding> findings) {
		Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
		for (Finding finding : findings) {
			counts.merge(severityOf(finding), 1, Integer::sum);
		}
		List<Category> categories = new ArrayList<>();
		int max = 1;
		for (Severity severity : Severity.VALUES) {
			int n = counts.getOrDefault(severity, 0);
			max = Math.max(max, n);
			categories.add(new Category(c.texts.label(severity), new double[] { n }, Scores.tone(severity)));
		}
		return new Block.Chart(c.t("chart.severity"), List.of(c.t("series.findings")), List.of(Tone.HIGH), categories, max, "");
	}

	/**
	 * What the portfolio is about: the project's name in the document's language; a Japanese document
	 * of a project named in English only names the buyer and the newest campaign in Japanese instead
	 * (the Japanese document never carries an English subtitle and running header).
	 */
	private static String portfolioSubject(BuildContext c, AuditProject root) {
		String name = BuildContext.nullToEmpty(c.texts.pick(root.getName()));
		if (!c.texts.japanese() || name.isEmpty() || Language.isJapaneseText(name)) {
			return name;
		}
		List<String> parts = new ArrayList<>();
		if (root.getBuyer() != null) {
			parts.add(c.name(root.getBuyer()));
		}
		root.getCampaigns().stream().filter(k -> k.getNameJa() != null && !k.getNameJa().isBlank())
				.max(Comparator.comparingInt(k -> k.getFiscalYear())).ifPresent(k -> parts.add(k.getNameJa()));
		return parts.isEmpty() ? name : String.join("\u3000", parts);
	}

	private static String severityCounts(BuildContext c, List<Finding> findings) {
		Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
		for (Finding finding : findings) {
			counts.merge(severityOf(finding), 1, Integer::sum);
		}
		if (counts.isEmpty()) {
			return "0";
		}
		return c.t("count.breakdown", findings.size(), c.texts.list(counts.entrySet().stream()
				.map(e -> c.t("count.item", c.texts.label(e.getKey()), e.getValue())).toList()));
	}

	/** @return the finding's code, or a visible marker for a finding saved without one */
	static String code(BuildContext c, Finding finding) {
		String code = finding.getCode();
		return code == null || code.isBlank() ? c.t("missing.code") : code;
	}

	/** @return the finding's title in the document's language, or a visible marker */
	static String title(BuildContext c, Finding finding) {
		String title = c.texts.either(finding.getTitleJa(), finding.getTitle());
		if (title.isBlank() && finding.getTitleJa() != null) {
			title = finding.getTitleJa(); // an English document still names a finding titled only in Japanese
		}
		return title.isBlank() ? c.t("missing.title") : title;
	}

	static Severity severityOf(Finding finding) {
		return finding.getSeverity() == null ? Severity.MEDIUM : finding.getSeverity();
	}

	private static List<Finding> sorted(List<Finding> findings) {
		return findings.stream().sorted(Comparator.comparing(ReportBuilder::severityOf)
				.thenComparing(f -> BuildContext.nullToEmpty(f.getCode()))).toList();
	}

	private static Map<Section, List<Response>> bySection(Assessment assessment) {
		Map<Section, List<Response>> map = new LinkedHashMap<>();
		for (Section section : assessment.getChecklist().getSections()) {
			map.put(section, new ArrayList<>());
		}
		for (Response response : assessment.getResponses()) {
			if (response.getRequirement() != null && response.getRequirement().eContainer() instanceof Section section) {
				map.computeIfAbsent(section, s -> new ArrayList<>()).add(response);
			}
		}
		map.values().removeIf(List::isEmpty);
		return map;
	}

	private static String sectionLabel(Texts t, Section section) {
		String code = section.getCode() == null ? "" : section.getCode() + " ";
		return code + t.either(section.getTitleJa(), section.getTitle());
	}

	private static String dates(Texts t, Visit visit) {
		if (visit.getEndDate() == null || visit.getEndDate().equals(visit.getStartDate())) {
			return t.date(visit.getStartDate());
		}
		return t.date(visit.getStartDate()) + " – " + t.date(visit.getEndDate());
	}

	private static int tierKey(Integer tier) {
		return tier == null || tier < 0 ? Integer.MAX_VALUE : tier;
	}

	private static String tierLabel(BuildContext c, Integer tier) {
		return tier == null || tier < 0 ? c.t("tier.unknown") : c.t("tier", tier);
	}

	private static void bucket(int[] buckets, double score) {
		if (!Double.isNaN(score)) {
			buckets[Math.max(0, Math.min(4, (int) Math.floor(score * 5)))]++;
		}
	}
}
