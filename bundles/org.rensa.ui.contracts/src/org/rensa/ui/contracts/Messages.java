// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.contracts;

import org.eclipse.osgi.util.NLS;

/** Texts of the contracts views (English and Japanese). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rensa.ui.contracts.messages"; //$NON-NLS-1$

	public static String Coverage_organization;
	public static String Coverage_tier;
	public static String Coverage_allTiers;
	public static String Coverage_allClasses;
	public static String Coverage_noProject;
	public static String Coverage_summary;
	public static String Coverage_hint;
	public static String Coverage_present;
	public static String Coverage_missing;
	public static String Coverage_notRequired;
	public static String Coverage_unreached;
	public static String Chain_kind;
	public static String Chain_description;
	public static String Chain_summary;
	public static String Chain_addClauses;
	public static String Chain_approve;
	public static String Chain_planAssessment;
	public static String Chain_reveal;
	public static String Fix_addClause;
	public static String Fix_addClauses;
	public static String Fix_newContract;
	public static String Fix_approve;
	public static String Fix_planAssessment;
	public static String Contract_title;
	public static String Contract_kind;
	public static String Contract_signedOn;
	public static String Contract_expiresOn;
	public static String Contract_parties;
	public static String Contract_relationship;
	public static String Contract_related;
	public static String Contract_clauses;
	public static String Contract_category;
	public static String Contract_reference;
	public static String Contract_flowsDown;
	public static String Contract_wording;
	public static String Contract_addFromLibrary;
	public static String Contract_remove;
	public static String Contract_textEn;
	public static String Contract_textJa;
	public static String Contract_apply;
	public static String Contract_diff;
	public static String Contract_sameAsLibrary;
	public static String Contract_differs;
	public static String Contract_noReference;
	public static String Contract_badDate;
	public static String Contract_yes;
	public static String Contract_none;
	public static String Contract_addParty;
	public static String Contract_removeParty;
	public static String Contract_relatedTooltip;
	public static String Rules_title;
	public static String Rules_hint;
	public static String Rules_rule;
	public static String Rules_defaults;
	public static String Rules_subcontracting;
	public static String Rules_tier1;
	public static String Rules_tierN;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
