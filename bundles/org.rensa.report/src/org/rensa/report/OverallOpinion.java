// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report;

import java.util.Locale;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.DeclarationGap;
import org.rensa.model.Finding;
import org.rensa.model.RensaPackage;
import org.rensa.model.Visit;
import org.rensa.model.derived.DeclarationGaps;
import org.rensa.model.derived.FindingClosure;
import org.rensa.model.derived.Scorecard;
import org.rensa.model.derived.Scorecard.Score;
import org.rensa.report.build.Texts;

/**
 * The overall opinion of a visit and its basis: the rating rule of the visit report's overall verdict
 * (the one home of its thresholds) and the sentence drafted from the facts (score declared and
 * verified, overstated declarations, critical and high findings, open findings). The visit report
 * prints {@link Visit#getOpinion() the auditor's opinion} when one is set and this draft otherwise;
 * the workbench's "Draft Opinion from Facts" stores the draft in the visit for the auditor to edit.
 */
public final class OverallOpinion {

	/** Verified score from which a visit without critical or high findings is rated satisfactory. */
	public static final double SATISFACTORY_FROM = 0.8;
	/** Verified score from which a visit is rated "improvement needed" rather than unsatisfactory. */
	public static final double IMPROVEMENT_FROM = 0.5;

	/** The overall rating of a visit. */
	public enum Rating {
		/** verified score at least {@link #SATISFACTORY_FROM} and no critical or high finding */
		SATISFACTORY,
		/** verified score at least {@link #IMPROVEMENT_FROM} */
		IMPROVEMENT_NEEDED,
		/** lower verified score, or nothing verified */
		UNSATISFACTORY
	}

	/**
	 * The facts an opinion rests on.
	 *
	 * @param declared   the declared score (0..1, {@code NaN} when nothing applicable)
	 * @param verified   the verified score (0..1, {@code NaN} when nothing verified)
	 * @param overstated requirements declared better than verified
	 * @param findings   findings raised during the visit
	 * @param severe     of them, critical or high
	 * @param open       of them, still open
	 */
	public record Facts(double declared, double verified, long overstated, long findings, long severe, long open) {

		/** @return the rating these facts give ({@link OverallOpinion#rate}) */
		public Rating rating() {
			return rate(verified, severe);
		}
	}

	private OverallOpinion() {
	}

	/**
	 * The rating rule.
	 *
	 * @param verified the verified score (0..1) or {@code NaN}
	 * @param severe   critical and high findings
	 * @return the rating
	 */
	public static Rating rate(double verified, long severe) {
		if (!Double.isNaN(verified) && verified >= SATISFACTORY_FROM && severe == 0) {
			return Rating.SATISFACTORY;
		}
		return !Double.isNaN(verified) && verified >= IMPROVEMENT_FROM ? Rating.IMPROVEMENT_NEEDED : Rating.UNSATISFACTORY;
	}

	/**
	 * @param project the visit's project
	 * @param visit   the visit
	 * @param shown   which responses and findings count (a report's TLP closure; everything for the model)
	 * @return the facts of the visit
	 */
	public static Facts facts(AuditProject project, Visit visit, Predicate<EObject> shown) {
		Assessment assessment = visit.getAssessment();
		Score score = assessment == null ? null : Scorecard.of(assessment).overall();
		long overstated = assessment == null ? 0
				: assessment.getResponses().stream().filter(shown).filter(r -> DeclarationGaps.gapOf(r) == DeclarationGap.OVERSTATED).count();
		long findings = 0;
		long severe = 0;
		long open = 0;
		for (Finding finding : project.getFindings()) {
			if (finding.getVisit() != visit || !shown.test(finding)) {
				continue;
			}
			findings++;
			if (FindingClosure.isSevere(finding)) {
				severe++;
			}
			if (FindingClosure.isOpen(finding)) {
				open++;
			}
		}
		return new Facts(score == null ? Double.NaN : score.declaredScore(), score == null ? Double.NaN : score.verifiedScore(),
				overstated, findings, severe, open);
	}

	/**
	 * @param rating a rating
	 * @param texts  the language
	 * @return its label ("satisfactory", 「良好」 …)
	 */
	public static String label(Rating rating, Texts texts) {
		return texts.get(switch (rating) {
		case SATISFACTORY -> "verdict.good";
		case IMPROVEMENT_NEEDED -> "verdict.improve";
		case UNSATISFACTORY -> "verdict.poor";
		});
	}

	/**
	 * @param facts the facts
	 * @param texts the language
	 * @return the opinion sentence drafted from them
	 */
	public static String sentence(Facts facts, Texts texts) {
		return texts.get("opinion.draft", label(facts.rating(), texts), texts.percent(facts.declared()), texts.percent(facts.verified()),
				facts.overstated(), facts.findings(), facts.severe(), facts.open());
	}

	/**
	 * Drafts the overall opinion of a visit from all its facts.
	 *
	 * @param project the project
	 * @param visit   the visit
	 * @param locale  the language ({@code ja} or anything else for English)
	 * @return the opinion sentence
	 */
	public static String draft(AuditProjectDocument project, Visit visit, Locale locale) {
		return sentence(facts(project.getProject(), visit, item -> true), new Texts(locale));
	}

	/**
	 * One undoable command setting the visit's opinion, in English and Japanese, to the drafts of
	 * {@link #draft}.
	 *
	 * @param domain  the project's editing domain
	 * @param project the project
	 * @param visit   the visit
	 * @return the command (label "Draft Opinion from Facts")
	 */
	public static Command draftCommand(EditingDomain domain, AuditProjectDocument project, Visit visit) {
		CompoundCommand command = new CompoundCommand("Draft Opinion from Facts"); //$NON-NLS-1$
		command.append(SetCommand.create(domain, visit, RensaPackage.Literals.VISIT__OPINION, draft(project, visit, Locale.ENGLISH)));
		command.append(SetCommand.create(domain, visit, RensaPackage.Literals.VISIT__OPINION_JA, draft(project, visit, Locale.JAPANESE)));
		return command;
	}
}
