// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.report;

import org.eclipse.osgi.util.NLS;

/** The texts of the Generate Report and Report Settings dialogs ({@code messages.properties}, {@code messages_ja.properties}). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rensa.ui.report.messages"; //$NON-NLS-1$

	/** Localised text of key {@code Opinion_title}. */
	public static String Opinion_title;
	/** Localised text of key {@code Opinion_replace}. */
	public static String Opinion_replace;
	/** Localised text of key {@code Dialog_title}. */
	public static String Dialog_title;
	/** Localised text of key {@code Tracker_title}. */
	public static String Tracker_title;
	/** Localised text of key {@code Tracker_message}. */
	public static String Tracker_message;
	/** Localised text of key {@code Tracker_file}. */
	public static String Tracker_file;
	/** Localised text of key {@code Tracker_supplier}. */
	public static String Tracker_supplier;
	/** Localised text of key {@code Tracker_anySupplier}. */
	public static String Tracker_anySupplier;
	/** Localised text of key {@code Tracker_colItem}. */
	public static String Tracker_colItem;
	/** Localised text of key {@code Tracker_colField}. */
	public static String Tracker_colField;
	/** Localised text of key {@code Tracker_colNow}. */
	public static String Tracker_colNow;
	/** Localised text of key {@code Tracker_colTracker}. */
	public static String Tracker_colTracker;
	/** Localised text of key {@code Tracker_noFile}. */
	public static String Tracker_noFile;
	/** Localised text of key {@code Tracker_unreadable}. */
	public static String Tracker_unreadable;
	/** Localised text of key {@code Tracker_problems}. */
	public static String Tracker_problems;
	/** Localised text of key {@code Tracker_kept}. */
	public static String Tracker_kept;
	/** Localised text of key {@code Tracker_nothing}. */
	public static String Tracker_nothing;
	/** Localised text of key {@code Tracker_changes}. */
	public static String Tracker_changes;
	/** Localised text of key {@code Tracker_fieldStatus}. */
	public static String Tracker_fieldStatus;
	/** Localised text of key {@code Tracker_fieldCompleted}. */
	public static String Tracker_fieldCompleted;
	/** Localised text of key {@code Tracker_fieldComment}. */
	public static String Tracker_fieldComment;
	/** Localised text of key {@code Tracker_fieldResponse}. */
	public static String Tracker_fieldResponse;
	/** Localised text of key {@code Tracker_fieldResponseBy}. */
	public static String Tracker_fieldResponseBy;
	/** Localised text of key {@code Tracker_fieldResponseOn}. */
	public static String Tracker_fieldResponseOn;
	/** Localised text of key {@code Dialog_final}. */
	public static String Dialog_final;
	/** Localised text of key {@code Dialog_finalTip}. */
	public static String Dialog_finalTip;
	/** Localised text of key {@code Dialog_finalised}. */
	public static String Dialog_finalised;
	/** Localised text of key {@code Dialog_finalCommand}. */
	public static String Dialog_finalCommand;
	/** Localised text of key {@code Job_sealing}. */
	public static String Job_sealing;
	/** Localised text of key {@code Dialog_signKeystore}. */
	public static String Dialog_signKeystore;
	/** Localised text of key {@code Dialog_signKeystoreTip}. */
	public static String Dialog_signKeystoreTip;
	/** Localised text of key {@code Dialog_signPassword}. */
	public static String Dialog_signPassword;
	/** Localised text of key {@code Dialog_signPasswordTip}. */
	public static String Dialog_signPasswordTip;
	/** Localised text of key {@code Dialog_signError}. */
	public static String Dialog_signError;
	/** Localised text of key {@code Job_signing}. */
	public static String Job_signing;
	/** Information after the workbook key was created. */
	public static String Dialog_keyCreated;

	/** Localised text of key {@code Dialog_message}. */
	public static String Dialog_message;

	/** Localised text of key {@code Dialog_type}. */
	public static String Dialog_type;

	/** Localised text of key {@code Dialog_typeVisit}. */
	public static String Dialog_typeVisit;

	/** Localised text of key {@code Dialog_typeRemediation}. */
	public static String Dialog_typeRemediation;

	/** Localised text of key {@code Dialog_typePortfolio}. */
	public static String Dialog_typePortfolio;

	/** Localised text of key {@code Dialog_organization}. */
	public static String Dialog_organization;

	/** Localised text of key {@code Dialog_allOrganizations}. */
	public static String Dialog_allOrganizations;

	/** Localised text of key {@code Dialog_language}. */
	public static String Dialog_language;

	/** Localised text of key {@code Dialog_audience}. */
	public static String Dialog_audience;

	/** Localised text of key {@code Dialog_formats}. */
	public static String Dialog_formats;

	/** Localised text of key {@code Dialog_anonymise}. */
	public static String Dialog_anonymise;

	/** Localised text of key {@code Dialog_output}. */
	public static String Dialog_output;

	/** Localised text of key {@code Dialog_browse}. */
	public static String Dialog_browse;

	/** Localised text of key {@code Dialog_generate}. */
	public static String Dialog_generate;

	/** Localised text of key {@code Dialog_noFormat}. */
	public static String Dialog_noFormat;

	/** Localised text of key {@code Dialog_noOutput}. */
	public static String Dialog_noOutput;

	/** Localised text of key {@code Dialog_xlsxOnly}. */
	public static String Dialog_xlsxOnly;

	/** Localised text of key {@code Job_name}. */
	public static String Job_name;

	/** Localised text of key {@code Job_writing}. */
	public static String Job_writing;

	/** Localised text of key {@code Error_title}. */
	public static String Error_title;

	/** Localised text of key {@code Error_nothing}. */
	public static String Error_nothing;

	/** Localised text of key {@code Dialog_branding}. */
	public static String Dialog_branding;

	/** Localised text of key {@code Dialog_brandingNone}. */
	public static String Dialog_brandingNone;

	/** Localised text of key {@code Dialog_brandingSummary}. */
	public static String Dialog_brandingSummary;

	/** Localised text of key {@code Settings_title}. */
	public static String Settings_title;

	/** Localised text of key {@code Settings_message}. */
	public static String Settings_message;

	/** Localised text of key {@code Settings_consultancy}. */
	public static String Settings_consultancy;

	/** Localised text of key {@code Settings_client}. */
	public static String Settings_client;

	/** Localised text of key {@code Settings_defaults}. */
	public static String Settings_defaults;

	/** Localised text of key {@code Settings_name}. */
	public static String Settings_name;

	/** Localised text of key {@code Settings_logo}. */
	public static String Settings_logo;

	/** Localised text of key {@code Settings_consultancyHint}. */
	public static String Settings_consultancyHint;

	/** Localised text of key {@code Settings_clientHint}. */
	public static String Settings_clientHint;

	/** Localised text of key {@code Settings_choose}. */
	public static String Settings_choose;

	/** Localised text of key {@code Settings_remove}. */
	public static String Settings_remove;

	/** Localised text of key {@code Settings_noLogo}. */
	public static String Settings_noLogo;

	/** Localised text of key {@code Settings_font}. */
	public static String Settings_font;

	/** Localised text of key {@code Settings_fontHint}. */
	public static String Settings_fontHint;

	/** Localised text of key {@code Settings_notSet}. */
	public static String Settings_notSet;

	/** Localised text of key {@code Settings_save}. */
	public static String Settings_save;

	/** Localised text of key {@code Settings_badName}. */
	public static String Settings_badName;

	/** Localised text of key {@code Settings_fontType}. */
	public static String Settings_fontType;

	/** Localised text of key {@code Settings_fontMissing}. */
	public static String Settings_fontMissing;

	/** Localised text of key {@code Settings_logoRejected}. */
	public static String Settings_logoRejected;

	/** Localised text of key {@code Settings_logoUnusable}. */
	public static String Settings_logoUnusable;

	/** Localised text of key {@code Settings_notSaved}. */
	public static String Settings_notSaved;

	/** Localised text of key {@code Settings_unreadable}. */
	public static String Settings_unreadable;

	/** Localised text of key {@code Settings_logoFilter}. */
	public static String Settings_logoFilter;

	/** Localised text of key {@code Settings_fontFilter}. */
	public static String Settings_fontFilter;

	/** Localised text of key {@code Oscal_title}. */
	public static String Oscal_title;

	/** Localised text of key {@code Oscal_message}. */
	public static String Oscal_message;

	/** Localised text of key {@code Oscal_assessment}. */
	public static String Oscal_assessment;

	/** Localised text of key {@code Oscal_type}. */
	public static String Oscal_type;

	/** Localised text of key {@code Oscal_typeResults}. */
	public static String Oscal_typeResults;

	/** Localised text of key {@code Oscal_typePoam}. */
	public static String Oscal_typePoam;

	/** Localised text of key {@code Oscal_format}. */
	public static String Oscal_format;

	/** Localised text of key {@code Oscal_audience}. */
	public static String Oscal_audience;

	/** Localised text of key {@code Oscal_anonymise}. */
	public static String Oscal_anonymise;

	/** Localised text of key {@code Oscal_file}. */
	public static String Oscal_file;

	/** Localised text of key {@code Oscal_browse}. */
	public static String Oscal_browse;

	/** Localised text of key {@code Oscal_export}. */
	public static String Oscal_export;

	/** Localised text of key {@code Oscal_noAssessment}. */
	public static String Oscal_noAssessment;

	/** Localised text of key {@code Oscal_badFile}. */
	public static String Oscal_badFile;

	/** Localised text of key {@code Oscal_failed}. */
	public static String Oscal_failed;

	/** Localised text of key {@code Oscal_openFolder}. */
	public static String Oscal_openFolder;

	/** Localised text of key {@code Oscal_close}. */
	public static String Oscal_close;

	/** Localised text of key {@code Oscal_written}. */
	public static String Oscal_written;

	/** Localised text of key {@code Oscal_counts}. */
	public static String Oscal_counts;

	/** Localised text of key {@code Oscal_withheld}. */
	public static String Oscal_withheld;

	/** Localised text of key {@code Job_cancelling}. */
	public static String Job_cancelling;

	/** Localised text of key {@code Done_title}. */
	public static String Done_title;

	/** Localised text of key {@code Done_titleNothing}. */
	public static String Done_titleNothing;

	/** Localised text of key {@code Done_noFiles}. */
	public static String Done_noFiles;

	/** Localised text of key {@code Done_written}. */
	public static String Done_written;

	/** Localised text of key {@code Done_skipped}. */
	public static String Done_skipped;

	/** Localised text of key {@code Done_skippedNoFindings}. */
	public static String Done_skippedNoFindings;

	/** Localised text of key {@code Done_skippedNoVisits}. */
	public static String Done_skippedNoVisits;

	/** Localised text of key {@code Done_skippedWithheld}. */
	public static String Done_skippedWithheld;

	/** Localised text of key {@code Done_openFile}. */
	public static String Done_openFile;

	/** Localised text of key {@code Done_openFolder}. */
	public static String Done_openFolder;

	/** Localised text of key {@code Done_cannotOpen}. */
	public static String Done_cannotOpen;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
