// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.catalog;

import java.util.EnumSet;
import java.util.Set;

import org.rensa.model.AuditProject;
import org.rensa.model.Certification;
import org.rensa.model.CertificationScheme;
import org.rensa.model.InformationClass;
import org.rensa.model.Organization;
import org.rensa.model.Relationship;

/**
 * METI's supply-chain security evaluation levels: ★3 (basic) for every supplier, ★4 (standard) when
 * the relationship demands more.
 */
public enum MetiLevel {
	/** ★3: basic measures every supplier should meet. */
	STAR3("★3", "★3（Basic）"),
	/** ★4: standard measures for suppliers whose compromise would hurt the buyer directly. */
	STAR4("★4", "★4（Standard）");

	private final String label;
	private final String labelJa;

	MetiLevel(String label, String labelJa) {
		this.label = label;
		this.labelJa = labelJa;
	}

	/** @return the short label, e.g. {@code ★4} */
	public String label() {
		return label;
	}

	/** @return the Japanese label */
	public String labelJa() {
		return labelJa;
	}

	/**
	 * What about a relationship makes ★4 the recommended level; any one suffices.
	 *
	 * @param confidentialOnSupplierIt the buyer's important confidential information is handled on the
	 *                                 supplier's IT
	 * @param outageUnacceptable       an outage at the supplier would delay the buyer unacceptably
	 * @param reachesBuyerNetwork      the supplier's environment can reach the buyer's internal network
	 */
	public record Criteria(boolean confidentialOnSupplierIt, boolean outageUnacceptable, boolean reachesBuyerNetwork) {

		/** @return the level these criteria recommend */
		public MetiLevel recommended() {
			return confidentialOnSupplierIt || outageUnacceptable || reachesBuyerNetwork ? STAR4 : STAR3;
		}

		/**
		 * @param sep separator between reasons
		 * @return the reasons in English, empty for ★3
		 */
		public String reasons(String sep) {
			StringBuilder text = new StringBuilder();
			if (confidentialOnSupplierIt) {
				text.append("important confidential information on the supplier's IT");
			}
			if (outageUnacceptable) {
				text.append(text.isEmpty() ? "" : sep).append("an outage would delay the buyer");
			}
			if (reachesBuyerNetwork) {
				text.append(text.isEmpty() ? "" : sep).append("reaches the buyer's internal network");
			}
			return text.toString();
		}
	}

	private static final Set<InformationClass> CONFIDENTIAL = EnumSet.of(InformationClass.CONFIDENTIAL_BUSINESS,
			InformationClass.TECHNICAL_DESIGN, InformationClass.PERSONAL_DATA);

	/**
	 * Derives the criteria from every relationship that leads to the organisation: confidential
	 * business, technical design or personal data flowing to it → confidential information on its IT;
	 * production/OT access → an outage would delay the buyer; network access → it reaches the buyer's
	 * network.
	 *
	 * @param project      the project
	 * @param organization a supplier or subcontractor
	 * @return the criteria
	 */
	public static Criteria criteria(AuditProject project, Organization organization) {
		boolean confidential = false;
		boolean outage = false;
		boolean network = false;
		for (Relationship relationship : project.getRelationships()) {
			if (relationship.getTo() != organization) {
				continue;
			}
			for (InformationClass information : relationship.getInformationClasses()) {
				confidential |= CONFIDENTIAL.contains(information);
				outage |= information == InformationClass.PRODUCTION_OT_ACCESS;
				network |= information == InformationClass.NETWORK_ACCESS;
			}
		}
		return new Criteria(confidential, outage, network);
	}

	/**
	 * @param organization an organisation
	 * @return the highest METI level recorded among its certifications, or {@code null}
	 */
	public static MetiLevel recorded(Organization organization) {
		MetiLevel result = null;
		for (Certification certification : organization.getCertifications()) {
			if (certification.getScheme() == CertificationScheme.METI_STAR4) {
				return STAR4;
			}
			if (certification.getScheme() == CertificationScheme.METI_STAR3) {
				result = STAR3;
			}
		}
		return result;
	}
}
