// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.analysis;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.rensa.core.analysis.ChainReport.FlowDownBreak;
import org.rensa.core.analysis.ChainReport.OversightProblem;
import org.rensa.core.validation.ElementLabels;
import org.rensa.model.Organization;

/**
 * One-line descriptions of flow-down breaks and oversight problems, in English or Japanese, for the
 * command line, validation diagnostics and the workbench.
 */
public final class ChainMessages {

	private final boolean japanese;

	private ChainMessages(boolean japanese) {
		this.japanese = japanese;
	}

	/** English. */
	public static final ChainMessages EN = new ChainMessages(false);
	/** Japanese. */
	public static final ChainMessages JA = new ChainMessages(true);

	/**
	 * @param language an ISO 639 language code
	 * @return Japanese for {@code ja}, English otherwise
	 */
	public static ChainMessages forLanguage(String language) {
		return "ja".equals(language) ? JA : EN;
	}

	/**
	 * @param organization an organisation
	 * @return its name in this language, falling back to the other one
	 */
	public String name(Organization organization) {
		if (organization == null) {
			return "-";
		}
		if (japanese && organization.getNameJa() != null && !organization.getNameJa().isBlank()) {
			return organization.getNameJa().strip();
		}
		return ElementLabels.name(organization);
	}

	/**
	 * @param chain organisations from the buyer down
	 * @return {@code A → B → C}
	 */
	public String chain(List<Organization> chain) {
		return chain.stream().map(this::name).collect(Collectors.joining(" → "));
	}

	/**
	 * @param flowDownBreak a break
	 * @return one line naming the whole chain, the broken link and the missing obligations
	 */
	public String describe(FlowDownBreak flowDownBreak) {
		String from = name(flowDownBreak.link().getFrom());
		String to = name(flowDownBreak.link().getTo());
		String missing = names(flowDownBreak.missing());
		String upstream = flowDownBreak.upstreamContract() == null ? "-" : ElementLabels.label(flowDownBreak.upstreamContract());
		String contract = flowDownBreak.contract() == null ? null : ElementLabels.label(flowDownBreak.contract());
		if (japanese) {
			return "再委託先への要求の継承が途切れています: " + chain(flowDownBreak.chain()) + " — " + from + " は「" + upstream
					+ "」で継承を求められた " + missing + " を " + to + " に課していません"
					+ (contract == null ? "（契約なし）" : "（" + contract + "）");
		}
		return "Flow-down broken along " + chain(flowDownBreak.chain()) + ": " + from + " does not impose " + missing
				+ " (required to flow down by '" + upstream + "') on " + to
				+ (contract == null ? " (no contract)" : " ('" + contract + "')");
	}

	/**
	 * @param problem an oversight problem
	 * @return one line describing it
	 */
	public String describe(OversightProblem problem) {
		String organization = name(problem.organization());
		String from = problem.relationship() == null ? "" : name(problem.relationship().getFrom());
		String classes = names(problem.classes());
		String chain = chain(problem.chain());
		String country = problem.organization().getCountry();
		return switch (problem.kind()) {
		case UNDECLARED_SUBCONTRACTOR -> japanese
				? "未申告の再委託先: " + from + " → " + organization + "（" + classes + "）経路 " + chain
				: "Undeclared subcontractor: " + from + " passes " + classes + " to " + organization
						+ " without declaring it to the buyer (" + chain + ")";
		case UNAPPROVED_SUBCONTRACTOR -> japanese
				? "未承認の再委託先: " + from + " → " + organization + "（" + classes + "）経路 " + chain
				: "Unapproved subcontractor: " + from + " passes " + classes + " to " + organization
						+ ", declared but not approved by the buyer (" + chain + ")";
		case SENSITIVE_DATA_UNASSESSED -> japanese
				? "一度も評価していない " + organization + " に " + classes + " が渡っています（経路 " + chain + "）"
				: classes + " reaches " + organization + ", which the buyer has never assessed (" + chain + ")";
		case FOREIGN_PERSONAL_DATA -> japanese
				? "個人データが国外（" + country + "）の " + organization + " に渡っています（経路 " + chain + "）"
				: "Personal data goes to " + organization + " in " + country + " (" + chain + ")";
		};
	}

	private static String names(Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).collect(Collectors.joining(", "));
	}
}
