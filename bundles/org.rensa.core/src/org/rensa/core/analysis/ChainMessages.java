// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.analysis;

import java.util.List;

import org.rensa.core.analysis.ChainReport.FlowDownBreak;
import org.rensa.core.analysis.ChainReport.OversightProblem;
import org.rensa.core.analysis.ChainReport.ProblemKind;
import org.rensa.core.validation.DiagnosticMessages;
import org.rensa.model.Organization;
import org.rensa.model.text.Language;
import org.rensa.model.text.Localizable;
import org.rensa.model.text.LocalizedMessage;

/**
 * One-line descriptions of flow-down breaks and oversight problems for the command line, validation
 * diagnostics and the workbench, as {@link LocalizedMessage}s of the {@link DiagnosticMessages#TABLE}:
 * render them with {@link LocalizedMessage#render(Language)}.
 */
public final class ChainMessages {

	private ChainMessages() {
	}

	/**
	 * @param chain organisations from the buyer down
	 * @return {@code A → B → C}, each by its name in the language it is shown in
	 */
	public static Localizable chain(List<Organization> chain) {
		List<Organization> organizations = List.copyOf(chain);
		return language -> language.path(organizations);
	}

	/**
	 * @param flowDownBreak a break
	 * @return one line naming the whole chain, the broken link and the missing obligations
	 */
	public static LocalizedMessage describe(FlowDownBreak flowDownBreak) {
		LocalizedMessage contract = flowDownBreak.contract() == null ? DiagnosticMessages.message("chain.break.noContract") //$NON-NLS-1$
				: DiagnosticMessages.message("chain.break.contract", flowDownBreak.contract()); //$NON-NLS-1$
		return DiagnosticMessages.message("chain.break", chain(flowDownBreak.chain()), flowDownBreak.link().getFrom(), //$NON-NLS-1$
				List.copyOf(flowDownBreak.missing()), flowDownBreak.upstreamContract(), flowDownBreak.link().getTo(),
				contract);
	}

	/**
	 * @param problem an oversight problem
	 * @return one line describing it
	 */
	public static LocalizedMessage describe(OversightProblem problem) {
		return DiagnosticMessages.message("chain." + problem.kind().name(), //$NON-NLS-1$
				problem.relationship() == null ? null : problem.relationship().getFrom(), List.copyOf(problem.classes()),
				problem.organization(), chain(problem.chain()), problem.organization().getCountry());
	}

	/**
	 * @param kind a kind of problem
	 * @return its short name
	 */
	public static LocalizedMessage kind(ProblemKind kind) {
		return DiagnosticMessages.message("kind." + kind.name()); //$NON-NLS-1$
	}

	/** @return the short name of a flow-down break, beside the {@link #kind(ProblemKind) problem kinds} */
	public static LocalizedMessage flowDownBreak() {
		return DiagnosticMessages.message("kind.FLOW_DOWN_BREAK"); //$NON-NLS-1$
	}
}
