// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of the field audit UI ({@code messages.properties}, {@code messages_ja.properties}). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rensa.ui.audit.messages"; //$NON-NLS-1$

	/** Localised text of key {@code Editor_noProject}. */
	public static String Editor_noProject;
	/** Localised text of key {@code Editor_title}. */
	public static String Editor_title;
	/** Localised text of key {@code Filter_all}. */
	public static String Filter_all;
	/** Localised text of key {@code Filter_mismatches}. */
	public static String Filter_mismatches;
	/** Localised text of key {@code Filter_unverified}. */
	public static String Filter_unverified;
	/** Localised text of key {@code Filter_allSections}. */
	public static String Filter_allSections;
	/** Localised text of key {@code Filter_allLevels}. */
	public static String Filter_allLevels;
	/** Localised text of key {@code Filter_level}. */
	public static String Filter_level;
	/** Localised text of key {@code Column_code}. */
	public static String Column_code;
	/** Localised text of key {@code Column_requirement}. */
	public static String Column_requirement;
	/** Localised text of key {@code Column_level}. */
	public static String Column_level;
	/** Localised text of key {@code Column_declared}. */
	public static String Column_declared;
	/** Localised text of key {@code Column_verdict}. */
	public static String Column_verdict;
	/** Localised text of key {@code Column_method}. */
	public static String Column_method;
	/** Localised text of key {@code Column_note}. */
	public static String Column_note;
	/** Localised text of key {@code Column_evidence}. */
	public static String Column_evidence;
	/** Localised text of key {@code Column_gap}. */
	public static String Column_gap;
	/** Localised text of key {@code Scores_section}. */
	public static String Scores_section;
	/** Localised text of key {@code Scores_declared}. */
	public static String Scores_declared;
	/** Localised text of key {@code Scores_verified}. */
	public static String Scores_verified;
	/** Localised text of key {@code Scores_difference}. */
	public static String Scores_difference;
	/** Localised text of key {@code Scores_progress}. */
	public static String Scores_progress;
	/** Localised text of key {@code Scores_mismatches}. */
	public static String Scores_mismatches;
	/** Localised text of key {@code Scores_overall}. */
	public static String Scores_overall;
	/** Localised text of key {@code Keys_help}. */
	public static String Keys_help;
	/** Localised text of key {@code Evidence_dialogTitle}. */
	public static String Evidence_dialogTitle;
	/** Localised text of key {@code Evidence_problems}. */
	public static String Evidence_problems;
	/** Localised text of key {@code Evidence_duplicates}. */
	public static String Evidence_duplicates;
	/** Localised text of key {@code Evidence_title}. */
	public static String Evidence_title;
	/** Localised text of key {@code Evidence_none}. */
	public static String Evidence_none;
	/** Localised text of key {@code Evidence_caption}. */
	public static String Evidence_caption;
	/** Localised text of key {@code Evidence_tlp}. */
	public static String Evidence_tlp;
	/** Localised text of key {@code Finding_raised}. */
	public static String Finding_raised;
	/** Localised text of key {@code Finding_notMismatch}. */
	public static String Finding_notMismatch;
	/** Localised text of key {@code Choose_title}. */
	public static String Choose_title;
	/** Localised text of key {@code Choose_message}. */
	public static String Choose_message;
	/** Localised text of key {@code Choose_none}. */
	public static String Choose_none;
	/** Localised text of key {@code Error_title}. */
	public static String Error_title;
	/** Localised text of key {@code Catalogue_dialogTitle}. */
	public static String Catalogue_dialogTitle;
	/** Localised text of key {@code Catalogue_imported}. */
	public static String Catalogue_imported;
	/** Localised text of key {@code Column_previous}. */
	public static String Column_previous;
	/** Localised text of key {@code Evidence_expires}. */
	public static String Evidence_expires;
	/** Localised text of key {@code Evidence_badDate}. */
	public static String Evidence_badDate;
	/** Localised text of key {@code Questionnaire_exportTitle}. */
	public static String Questionnaire_exportTitle;
	/** Localised text of key {@code Questionnaire_importTitle}. */
	public static String Questionnaire_importTitle;
	/** Localised text of key {@code Questionnaire_language}. */
	public static String Questionnaire_language;
	/** Localised text of key {@code Questionnaire_cancel}. */
	public static String Questionnaire_cancel;
	/** Localised text of key {@code Questionnaire_exported}. */
	public static String Questionnaire_exported;
	/** Localised text of key {@code Questionnaire_imported}. */
	public static String Questionnaire_imported;
	/** Localised text of key {@code Questionnaire_problems}. */
	public static String Questionnaire_problems;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
