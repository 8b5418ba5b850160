// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.rensa.core.validation.DiagnosticMessages;
import org.rensa.model.AuditProject;
import org.rensa.model.Certification;
import org.rensa.model.CertificationScheme;
import org.rensa.model.InformationClass;
import org.rensa.model.MetiLevel;
import org.rensa.model.Organization;
import org.rensa.model.Relationship;
import org.rensa.model.text.LocalizedMessage;
import org.rensa.model.text.Localizable;

/**
 * METI's supply-chain security evaluation levels per supplier: the level <em>recommended</em> by the
 * relationships that lead to it (★4 when any {@link Reason} applies, ★3 otherwise), the
 * <em>target</em> the audit team set ({@link Organization#getMetiTargetLevel()}, unsettable) and the
 * level <em>certified</em> (a METI ★3/★4 certification).
 */
public final class MetiLevels {

	/** What about a relationship makes ★4 the recommended level; any one suffices. */
	public enum Reason {
		/** The buyer's important confidential information is handled on the supplier's IT. */
		CONFIDENTIAL_ON_SUPPLIER_IT,
		/** An outage at the supplier would delay the buyer unacceptably. */
		OUTAGE_DELAYS_BUYER,
		/** The supplier's environment can reach the buyer's internal network. */
		REACHES_BUYER_NETWORK;

		/** @return the reason as a short phrase, in the language it is shown in */
		public LocalizedMessage message() {
			return DiagnosticMessages.message("meti.reason." + name()); //$NON-NLS-1$
		}
	}

	/**
	 * The recommendation for one organisation.
	 *
	 * @param reasons the reasons for ★4, in {@link Reason} order; empty for ★3
	 */
	public record Recommendation(Set<Reason> reasons) {

		/** @param reasons the reasons for ★4 */
		public Recommendation {
			reasons = reasons.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(reasons));
		}

		/** @return ★4 when there is a reason, else ★3 */
		public MetiLevel level() {
			return reasons.isEmpty() ? MetiLevel.STAR3 : MetiLevel.STAR4;
		}

		/** @return the reasons as a list with the language's separator, empty for ★3 */
		public Localizable reasonText() {
			List<LocalizedMessage> messages = reasons.stream().map(Reason::message).toList();
			return language -> messages.isEmpty() ? "" : language.display(messages); //$NON-NLS-1$
		}
	}

	/** Information whose presence on the supplier's IT means important confidential information. */
	private static final Set<InformationClass> CONFIDENTIAL = EnumSet.of(InformationClass.CONFIDENTIAL_BUSINESS,
			InformationClass.TECHNICAL_DESIGN, InformationClass.PERSONAL_DATA);

	private MetiLevels() {
	}

	/**
	 * Derives the recommendation from relationships leading to an organisation: confidential
	 * business, technical design or personal data flowing to it → confidential information on its IT;
	 * production/OT access → an outage would delay the buyer; network access → it reaches the buyer's
	 * network.
	 *
	 * @param incoming the relationships whose {@code to} is the organisation
	 * @return the recommendation
	 */
	public static Recommendation recommend(Iterable<Relationship> incoming) {
		Set<Reason> reasons = EnumSet.noneOf(Reason.class);
		for (Relationship relationship : incoming) {
			for (InformationClass information : relationship.getInformationClasses()) {
				if (CONFIDENTIAL.contains(information)) {
					reasons.add(Reason.CONFIDENTIAL_ON_SUPPLIER_IT);
				} else if (information == InformationClass.PRODUCTION_OT_ACCESS) {
					reasons.add(Reason.OUTAGE_DELAYS_BUYER);
				} else if (information == InformationClass.NETWORK_ACCESS) {
					reasons.add(Reason.REACHES_BUYER_NETWORK);
				}
			}
		}
		return new Recommendation(reasons);
	}

	/**
	 * @param project      the project
	 * @param organization a supplier or subcontractor of the project
	 * @return the recommendation from every relationship of the project that leads to the organisation
	 */
	public static Recommendation recommend(AuditProject project, Organization organization) {
		return recommend(incoming(project, organization));
	}

	/**
	 * @param organization an organisation contained in an {@link AuditProject}
	 * @return the recommendation, or ★3 without reasons when the organisation is in no project
	 */
	public static Recommendation recommend(Organization organization) {
		return organization.eContainer() instanceof AuditProject project ? recommend(project, organization)
				: new Recommendation(Set.of());
	}

	/**
	 * @param organization an organisation
	 * @return the target level the audit team set, or {@code null} when it is unset
	 */
	public static MetiLevel target(Organization organization) {
		return organization.isSetMetiTargetLevel() ? organization.getMetiTargetLevel() : null;
	}

	/**
	 * @param organization an organisation
	 * @return the highest METI level among its certifications, or {@code null}
	 */
	public static MetiLevel certified(Organization organization) {
		MetiLevel result = null;
		for (Certification certification : organization.getCertifications()) {
			if (certification.getScheme() == CertificationScheme.METI_STAR4) {
				return MetiLevel.STAR4;
			}
			if (certification.getScheme() == CertificationScheme.METI_STAR3) {
				result = MetiLevel.STAR3;
			}
		}
		return result;
	}

	/**
	 * @param target      a target level or {@code null}
	 * @param recommended the recommended level
	 * @return whether the target is set and below the recommended level
	 */
	public static boolean belowRecommended(MetiLevel target, MetiLevel recommended) {
		return target != null && target.compareTo(recommended) < 0;
	}

	private static List<Relationship> incoming(AuditProject project, Organization organization) {
		List<Relationship> result = new ArrayList<>();
		for (Relationship relationship : project.getRelationships()) {
			if (relationship.getTo() == organization) {
				result.add(relationship);
			}
		}
		return result;
	}
}
