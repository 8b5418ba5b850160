// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.build;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.rensa.model.Finding;
import org.rensa.model.RemediationAction;
import org.rensa.model.Visit;
import org.rensa.model.derived.FindingClosure;
import org.rensa.model.derived.RemediationDeadlines;
import org.rensa.report.OverallOpinion;
import org.rensa.report.model.Block;
import org.rensa.report.model.Block.Fact;
import org.rensa.report.model.ReportDocument;
import org.rensa.report.model.Tone;

/** The overall opinion with its basis, and the follow-up of the visit report. */
final class Conclusions {

	private Conclusions() {
	}

	/**
	 * @param rating a rating
	 * @return its tone in callouts
	 */
	static Tone tone(OverallOpinion.Rating rating) {
		return switch (rating) {
		case SATISFACTORY -> Tone.GOOD;
		case IMPROVEMENT_NEEDED -> Tone.WARN;
		case UNSATISFACTORY -> Tone.BAD;
		};
	}

	/** The facts of the visit as this document's audience may see them. */
	static OverallOpinion.Facts facts(BuildContext c, Visit visit) {
		return OverallOpinion.facts(c.project.getProject(), visit, c.closure::shows);
	}

	/** Adds the overall opinion: the auditor's, else the sentence drafted from the facts; then its basis. */
	static void opinion(BuildContext c, org.rensa.report.model.Section summary, Visit visit) {
		Texts t = c.texts;
		OverallOpinion.Facts facts = facts(c, visit);
		var section = summary.addSection(c.t("opinion.title"));
		String stored = BuildContext.nullToEmpty(c.free(t.either(visit.getOpinionJa(), t.pick(visit.getOpinion()))));
		if (stored.isBlank()) {
			section.add(new Block.Paragraph(OverallOpinion.sentence(facts, t)));
			section.add(new Block.Paragraph(c.t("opinion.generated"), Block.TextStyle.SMALL));
		} else {
			section.add(new Block.Paragraph(stored));
		}
		section.add(new Block.Facts(List.of(new Fact(c.t("opinion.rating"), OverallOpinion.label(facts.rating(), t)),
				new Fact(c.t("fact.declared"), t.percent(facts.declared())), new Fact(c.t("fact.verified"), t.percent(facts.verified())),
				new Fact(c.t("fact.overstated"), String.valueOf(facts.overstated())),
				new Fact(c.t("opinion.severe"), String.valueOf(facts.severe())),
				new Fact(c.t("opinion.open"), String.valueOf(facts.open())))));
		section.add(new Block.Paragraph(c.t("opinion.basis"), Block.TextStyle.SMALL));
	}

	/**
	 * @param visit   the visit
	 * @param actions the actions of its findings the document shows
	 * @return the follow-up date: the visit's, else the latest due date of the open actions, else {@code null}
	 */
	static LocalDate followUpDate(Visit visit, List<RemediationAction> actions) {
		if (visit.getFollowUpOn() != null) {
			return visit.getFollowUpOn();
		}
		return actions.stream().filter(a -> !RemediationDeadlines.isFinished(a))
				.map(RemediationAction::getDueDate).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
	}

	/** Adds the follow-up section: when, and how closure of each finding will be verified. */
	static void followUp(BuildContext c, ReportDocument doc, Visit visit, List<Finding> findings, List<RemediationAction> actions) {
		Texts t = c.texts;
		var section = doc.addSection(c.t("followup.title"));
		LocalDate date = followUpDate(visit, actions);
		String when = date == null ? c.t("followup.none")
				: c.t(visit.getFollowUpOn() != null ? "followup.date" : "followup.date.derived", t.date(date));
		section.add(new Block.Paragraph(when));
		List<String> severe = new ArrayList<>();
		List<String> others = new ArrayList<>();
		for (Finding finding : findings) {
			if (!FindingClosure.isOpen(finding)) {
				continue;
			}
			String code = finding.getCode() == null ? "" : finding.getCode();
			if (FindingClosure.isSevere(finding)) {
				severe.add(code);
			} else {
				others.add(code);
			}
		}
		List<String> how = new ArrayList<>();
		how.add(c.t("followup.severe", severe.isEmpty() ? c.t("followup.nofindings") : t.list(severe)));
		how.add(c.t("followup.others", others.isEmpty() ? c.t("followup.nofindings") : t.list(others)));
		section.add(new Block.Bullets(how));
	}
}
