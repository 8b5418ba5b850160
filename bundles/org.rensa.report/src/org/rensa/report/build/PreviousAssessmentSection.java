// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.build;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.rensa.core.analysis.PreviousAssessment;
import org.rensa.core.analysis.PreviousAssessment.Change;
import org.rensa.core.analysis.PreviousAssessment.Direction;
import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.Finding;
import org.rensa.model.Requirement;
import org.rensa.model.derived.FindingClosure;
import org.rensa.model.derived.Scorecard;
import org.rensa.model.derived.Scorecard.Score;
import org.rensa.report.model.Block;
import org.rensa.report.model.Block.Cell;
import org.rensa.report.model.Block.Column;
import org.rensa.report.model.Block.Fact;
import org.rensa.report.model.ReportDocument;
import org.rensa.report.model.Section;
import org.rensa.report.model.Tone;

/**
 * The visit report's "Comparison with the previous assessment": the supplier's previous assessment
 * ({@link PreviousAssessment#of(Assessment)}), the scores then and now, the requirements that got
 * better or worse and the declarations that changed (by the workbench's comparison rule,
 * {@link PreviousAssessment#compare(Assessment, Assessment)}), and the findings of last time that are
 * still open. Responses and findings the audience may not see are left out.
 */
final class PreviousAssessmentSection {

	private PreviousAssessmentSection() {
	}

	/**
	 * Adds the section to the document.
	 *
	 * @param c          the build
	 * @param doc        the visit report
	 * @param assessment the visit's assessment, or {@code null}
	 */
	static void add(BuildContext c, ReportDocument doc, Assessment assessment) {
		Texts t = c.texts;
		Section section = doc.addSection(c.t("previous.title"));
		Assessment previous = PreviousAssessment.of(assessment);
		if (previous == null) {
			section.add(new Block.Paragraph(c.t("previous.none",
					assessment == null ? "" : c.name(assessment.getOrganization()))));
			return;
		}
		String then = PreviousAssessment.label(previous);
		String now = PreviousAssessment.label(assessment);
		section.add(new Block.Paragraph(c.t("previous.text", then, campaign(c, previous), t.date(previous.getDeclaredOn()),
				BuildContext.nullToEmpty(previous.getRespondent()).isBlank() ? c.t("none") : t.field(previous.getRespondent()))));

		Score before = Scorecard.of(previous).overall();
		Score after = Scorecard.of(assessment).overall();
		List<List<Cell>> scoreRows = new ArrayList<>();
		scoreRows.add(scoreRow(c, c.t("fact.declared"), before.declaredScore(), after.declaredScore()));
		scoreRows.add(scoreRow(c, c.t("fact.verified"), before.verifiedScore(), after.verifiedScore()));
		section.add(new Block.Table(c.t("previous.scores"), List.of(new Column(c.t("previous.col.score"), 3),
				new Column(then, 1.2f), new Column(now, 1.2f), new Column(c.t("previous.col.change"), 1.5f)), scoreRows));

		Map<Direction, Integer> counts = new EnumMap<>(Direction.class);
		List<List<Cell>> verdictRows = new ArrayList<>();
		List<List<Cell>> declarationRows = new ArrayList<>();
		for (Change change : PreviousAssessment.compare(previous, assessment)) {
			var response = assessment.getResponses().stream().filter(r -> r.getRequirement() == change.requirement()).findFirst().orElse(null);
			if ((response != null && !c.share(response)) || (change.before() != null && !c.share(change.before()))) {
				continue;
			}
			counts.merge(change.direction(), 1, Integer::sum);
			Requirement requirement = change.requirement();
			String title = t.either(requirement.getTitleJa(), requirement.getTitle());
			if (change.direction() == Direction.BETTER || change.direction() == Direction.WORSE || change.direction() == Direction.CHANGED) {
				verdictRows.add(List.of(new Cell(requirement.getCode()), new Cell(title), new Cell(t.label(change.before().getVerdict())),
						new Cell(t.label(change.verdict()), Scores.tone(change.verdict())), direction(c, change.direction())));
			}
			if (change.declaredChanged()) {
				declarationRows.add(List.of(new Cell(requirement.getCode()), new Cell(title), new Cell(t.label(change.before().getDeclaredAnswer())),
						new Cell(t.label(change.declared()))));
			}
		}
		section.add(new Block.Facts(List.of(
				new Fact(c.t("previous.better"), String.valueOf(counts.getOrDefault(Direction.BETTER, 0))),
				new Fact(c.t("previous.worse"), String.valueOf(counts.getOrDefault(Direction.WORSE, 0))),
				new Fact(c.t("previous.unchanged"), String.valueOf(counts.getOrDefault(Direction.UNCHANGED, 0))),
				new Fact(c.t("previous.changed"), String.valueOf(counts.getOrDefault(Direction.CHANGED, 0))),
				new Fact(c.t("previous.new"), String.valueOf(counts.getOrDefault(Direction.NEW, 0))),
				new Fact(c.t("previous.declarations"), String.valueOf(declarationRows.size())))));

		Section verdicts = section.addSection(c.t("previous.verdicts"));
		if (verdictRows.isEmpty()) {
			verdicts.add(new Block.Paragraph(c.t("previous.verdicts.none")));
		} else {
			verdicts.add(new Block.Table("", List.of(new Column(c.t("col.code"), 1.1f), new Column(c.t("col.requirement"), 4),
					new Column(then, 1.5f), new Column(now, 1.5f), new Column(c.t("previous.col.change"), 1.3f)), verdictRows));
		}
		Section declarations = section.addSection(c.t("previous.declarations.title"));
		if (declarationRows.isEmpty()) {
			declarations.add(new Block.Paragraph(c.t("previous.declarations.none")));
		} else {
			declarations.add(new Block.Table("", List.of(new Column(c.t("col.code"), 1.1f), new Column(c.t("col.requirement"), 4),
					new Column(then, 1.5f), new Column(now, 1.5f)), declarationRows));
		}

		Section open = section.addSection(c.t("previous.open"));
		List<List<Cell>> openRows = new ArrayList<>();
		if (assessment.eContainer() instanceof AuditProject project) {
			for (Finding finding : project.getFindings()) {
				boolean ofPrevious = finding.getAssessment() == previous
						|| (finding.getAssessment() == null && finding.getVisit() != null && finding.getVisit().getAssessment() == previous);
				if (ofPrevious && FindingClosure.isUnresolved(finding) && c.share(finding)) {
					openRows.add(List.of(new Cell(ReportBuilder.code(c, finding)),
							new Cell(t.label(ReportBuilder.severityOf(finding)), Scores.tone(ReportBuilder.severityOf(finding))),
							new Cell(ReportBuilder.title(c, finding)), new Cell(t.label(finding.getStatus()))));
				}
			}
		}
		if (openRows.isEmpty()) {
			open.add(new Block.Paragraph(c.t("previous.open.none", then)));
		} else {
			open.add(new Block.Table("", List.of(new Column(c.t("col.code"), 1.1f), new Column(c.t("col.severity"), 1.3f),
					new Column(c.t("col.finding"), 5), new Column(c.t("col.status"), 1.4f)), openRows));
		}
	}

	private static String campaign(BuildContext c, Assessment assessment) {
		if (assessment.getCampaign() == null) {
			return c.t("none");
		}
		String name = c.texts.either(assessment.getCampaign().getNameJa(), assessment.getCampaign().getName());
		return name.isBlank() ? PreviousAssessment.label(assessment) : name;
	}

	private static List<Cell> scoreRow(BuildContext c, String label, double then, double now) {
		Cell change;
		if (Double.isNaN(then) || Double.isNaN(now)) {
			change = new Cell("–");
		} else {
			long points = Math.round(now * 100) - Math.round(then * 100);
			change = new Cell(c.t("previous.points", points > 0 ? "+" + points : String.valueOf(points)),
					points > 0 ? Tone.GOOD : points < 0 ? Tone.BAD : Tone.NONE);
		}
		return List.of(new Cell(label), new Cell(c.texts.percent(then)), new Cell(c.texts.percent(now)), change);
	}

	private static Cell direction(BuildContext c, Direction direction) {
		return switch (direction) {
		case BETTER -> new Cell(c.t("previous.dir.better"), Tone.GOOD);
		case WORSE -> new Cell(c.t("previous.dir.worse"), Tone.BAD);
		case CHANGED -> new Cell(c.t("previous.dir.changed"), Tone.WARN);
		case NEW -> new Cell(c.t("previous.dir.new"));
		default -> new Cell(c.t("previous.dir.unchanged"));
		};
	}
}
