// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of the field audit UI ({@code messages.properties}, {@code messages_ja.properties}). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rensa.ui.audit.messages"; //$NON-NLS-1$

	/** Localised text of key {@code Editor_noProject}. */
	public static String Editor_noProject;
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
	/** Localised text of key {@code Column_noteEn}. */
	public static String Column_noteEn;
	/** Localised text of key {@code Column_noteJa}. */
	public static String Column_noteJa;
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
	/** Localised text of key {@code Evidence_readOnly}. */
	public static String Evidence_readOnly;
	/** Localised text of key {@code Evidence_problems}. */
	public static String Evidence_problems;
	/** Localised text of key {@code Evidence_duplicates}. */
	public static String Evidence_duplicates;
	/** Localised text of key {@code Evidence_title}. */
	public static String Evidence_title;
	/** Localised text of key {@code Evidence_none}. */
	public static String Evidence_none;
	/** Localised text of key {@code Evidence_captionEn}. */
	public static String Evidence_captionEn;
	/** Localised text of key {@code Evidence_captionJa}. */
	public static String Evidence_captionJa;
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
	/** Localised text of key {@code Questionnaire_keyCreated}. */
	public static String Questionnaire_keyCreated;

	/** Localised text of key {@code Wizard_browse}. */
	public static String Wizard_browse;
	/** Localised text of key {@code Wizard_badPath}. */
	public static String Wizard_badPath;
	/** Localised text of key {@code Wizard_noFile}. */
	public static String Wizard_noFile;
	/** Localised text of key {@code Wizard_notAFile}. */
	public static String Wizard_notAFile;
	/** Localised text of key {@code CatalogueWizard_fileTitle}. */
	public static String CatalogueWizard_fileTitle;
	/** Localised text of key {@code CatalogueWizard_filePrompt}. */
	public static String CatalogueWizard_filePrompt;
	/** Localised text of key {@code CatalogueWizard_file}. */
	public static String CatalogueWizard_file;
	/** Localised text of key {@code CatalogueWizard_fileHint}. */
	public static String CatalogueWizard_fileHint;
	/** Localised text of key {@code CatalogueWizard_fileOk}. */
	public static String CatalogueWizard_fileOk;
	/** Localised text of key {@code CatalogueWizard_profileCatalogue}. */
	public static String CatalogueWizard_profileCatalogue;
	/** Localised text of key {@code CatalogueWizard_profileOk}. */
	public static String CatalogueWizard_profileOk;
	/** Localised text of key {@code CatalogueWizard_previewTitle}. */
	public static String CatalogueWizard_previewTitle;
	/** Localised text of key {@code CatalogueWizard_previewMessage}. */
	public static String CatalogueWizard_previewMessage;
	/** Localised text of key {@code CatalogueWizard_catalogue}. */
	public static String CatalogueWizard_catalogue;
	/** Localised text of key {@code CatalogueWizard_version}. */
	public static String CatalogueWizard_version;
	/** Localised text of key {@code CatalogueWizard_counts}. */
	public static String CatalogueWizard_counts;
	/** Localised text of key {@code CatalogueWizard_countsValue}. */
	public static String CatalogueWizard_countsValue;
	/** Localised text of key {@code CatalogueWizard_name}. */
	public static String CatalogueWizard_name;
	/** Localised text of key {@code CatalogueWizard_enhancements}. */
	public static String CatalogueWizard_enhancements;
	/** Localised text of key {@code CatalogueWizard_contents}. */
	public static String CatalogueWizard_contents;
	/** Localised text of key {@code CatalogueWizard_group}. */
	public static String CatalogueWizard_group;
	/** Localised text of key {@code CatalogueWizard_more}. */
	public static String CatalogueWizard_more;
	/** Localised text of key {@code CatalogueWizard_moreGroups}. */
	public static String CatalogueWizard_moreGroups;
	/** Localised text of key {@code CatalogueWizard_nameMissing}. */
	public static String CatalogueWizard_nameMissing;
	/** Localised text of key {@code CatalogueWizard_nameExists}. */
	public static String CatalogueWizard_nameExists;
	/** Localised text of key {@code QuestionnaireWizard_workbookTitle}. */
	public static String QuestionnaireWizard_workbookTitle;
	/** Localised text of key {@code QuestionnaireWizard_workbookPrompt}. */
	public static String QuestionnaireWizard_workbookPrompt;
	/** Localised text of key {@code QuestionnaireWizard_workbook}. */
	public static String QuestionnaireWizard_workbook;
	/** Localised text of key {@code QuestionnaireWizard_assessment}. */
	public static String QuestionnaireWizard_assessment;
	/** Localised text of key {@code QuestionnaireWizard_workbookHint}. */
	public static String QuestionnaireWizard_workbookHint;
	/** Localised text of key {@code QuestionnaireWizard_rensaWorkbook}. */
	public static String QuestionnaireWizard_rensaWorkbook;
	/** Localised text of key {@code QuestionnaireWizard_thirdParty}. */
	public static String QuestionnaireWizard_thirdParty;
	/** Localised text of key {@code QuestionnaireWizard_otherAssessment}. */
	public static String QuestionnaireWizard_otherAssessment;
	/** Localised text of key {@code QuestionnaireWizard_noSheets}. */
	public static String QuestionnaireWizard_noSheets;
	/** Localised text of key {@code QuestionnaireWizard_mappingTitle}. */
	public static String QuestionnaireWizard_mappingTitle;
	/** Localised text of key {@code QuestionnaireWizard_mappingMessage}. */
	public static String QuestionnaireWizard_mappingMessage;
	/** Localised text of key {@code QuestionnaireWizard_savedMapping}. */
	public static String QuestionnaireWizard_savedMapping;
	/** Localised text of key {@code QuestionnaireWizard_newMapping}. */
	public static String QuestionnaireWizard_newMapping;
	/** Localised text of key {@code QuestionnaireWizard_mappingUnreadable}. */
	public static String QuestionnaireWizard_mappingUnreadable;
	/** Localised text of key {@code QuestionnaireWizard_sheetColumn}. */
	public static String QuestionnaireWizard_sheetColumn;
	/** Localised text of key {@code QuestionnaireWizard_headerRow}. */
	public static String QuestionnaireWizard_headerRow;
	/** Localised text of key {@code QuestionnaireWizard_idColumn}. */
	public static String QuestionnaireWizard_idColumn;
	/** Localised text of key {@code QuestionnaireWizard_questionColumn}. */
	public static String QuestionnaireWizard_questionColumn;
	/** Localised text of key {@code QuestionnaireWizard_answerColumn}. */
	public static String QuestionnaireWizard_answerColumn;
	/** Localised text of key {@code QuestionnaireWizard_commentColumn}. */
	public static String QuestionnaireWizard_commentColumn;
	/** Localised text of key {@code QuestionnaireWizard_noColumn}. */
	public static String QuestionnaireWizard_noColumn;
	/** Localised text of key {@code QuestionnaireWizard_values}. */
	public static String QuestionnaireWizard_values;
	/** Localised text of key {@code QuestionnaireWizard_valueText}. */
	public static String QuestionnaireWizard_valueText;
	/** Localised text of key {@code QuestionnaireWizard_valueAnswer}. */
	public static String QuestionnaireWizard_valueAnswer;
	/** Localised text of key {@code QuestionnaireWizard_notMapped}. */
	public static String QuestionnaireWizard_notMapped;
	/** Localised text of key {@code QuestionnaireWizard_preview}. */
	public static String QuestionnaireWizard_preview;
	/** Localised text of key {@code QuestionnaireWizard_row}. */
	public static String QuestionnaireWizard_row;
	/** Localised text of key {@code QuestionnaireWizard_comment}. */
	public static String QuestionnaireWizard_comment;
	/** Localised text of key {@code QuestionnaireWizard_saveAs}. */
	public static String QuestionnaireWizard_saveAs;
	/** Localised text of key {@code QuestionnaireWizard_columnsMissing}. */
	public static String QuestionnaireWizard_columnsMissing;
	/** Localised text of key {@code QuestionnaireWizard_sameColumn}. */
	public static String QuestionnaireWizard_sameColumn;
	/** Localised text of key {@code QuestionnaireWizard_badName}. */
	public static String QuestionnaireWizard_badName;
	/** Localised text of key {@code QuestionnaireWizard_noRows}. */
	public static String QuestionnaireWizard_noRows;
	/** Localised text of key {@code QuestionnaireWizard_unmapped}. */
	public static String QuestionnaireWizard_unmapped;
	/** Localised text of key {@code QuestionnaireWizard_tooManyValues}. */
	public static String QuestionnaireWizard_tooManyValues;
	/** Localised text of key {@code QuestionnaireWizard_summaryTitle}. */
	public static String QuestionnaireWizard_summaryTitle;
	/** Localised text of key {@code QuestionnaireWizard_target}. */
	public static String QuestionnaireWizard_target;
	/** Localised text of key {@code QuestionnaireWizard_counts}. */
	public static String QuestionnaireWizard_counts;
	/** Localised text of key {@code QuestionnaireWizard_changes}. */
	public static String QuestionnaireWizard_changes;
	/** Localised text of key {@code QuestionnaireWizard_problems}. */
	public static String QuestionnaireWizard_problems;
	/** Localised text of key {@code QuestionnaireWizard_before}. */
	public static String QuestionnaireWizard_before;
	/** Localised text of key {@code QuestionnaireWizard_after}. */
	public static String QuestionnaireWizard_after;
	/** Localised text of key {@code QuestionnaireWizard_column}. */
	public static String QuestionnaireWizard_column;
	/** Localised text of key {@code QuestionnaireWizard_value}. */
	public static String QuestionnaireWizard_value;
	/** Localised text of key {@code QuestionnaireWizard_reason}. */
	public static String QuestionnaireWizard_reason;
	/** Localised text of key {@code QuestionnaireWizard_unreadable}. */
	public static String QuestionnaireWizard_unreadable;
	/** Localised text of key {@code QuestionnaireWizard_nothingChanges}. */
	public static String QuestionnaireWizard_nothingChanges;
	/** Localised text of key {@code QuestionnaireWizard_willChange}. */
	public static String QuestionnaireWizard_willChange;
	/** Localised text of key {@code QuestionnaireWizard_mappingNotSaved}. */
	public static String QuestionnaireWizard_mappingNotSaved;

	/** Localised text of key {@code QuestionnaireWizard_sheets}. */
	public static String QuestionnaireWizard_sheets;

	/** Localised text of key {@code QuestionnaireWizard_sheetsHint}. */
	public static String QuestionnaireWizard_sheetsHint;

	/** Localised text of key {@code QuestionnaireWizard_idPattern}. */
	public static String QuestionnaireWizard_idPattern;

	/** Localised text of key {@code QuestionnaireWizard_idPatternHint}. */
	public static String QuestionnaireWizard_idPatternHint;

	/** Localised text of key {@code QuestionnaireWizard_secondAnswerColumn}. */
	public static String QuestionnaireWizard_secondAnswerColumn;

	/** Localised text of key {@code QuestionnaireWizard_combineRule}. */
	public static String QuestionnaireWizard_combineRule;

	/** Localised text of key {@code QuestionnaireWizard_skipped}. */
	public static String QuestionnaireWizard_skipped;

	/** Localised text of key {@code QuestionnaireWizard_noSheetMatches}. */
	public static String QuestionnaireWizard_noSheetMatches;

	/** Localised text of key {@code QuestionnaireWizard_sameAnswerColumn}. */
	public static String QuestionnaireWizard_sameAnswerColumn;
	/** Localised text of key {@code Compare_title}. */
	public static String Compare_title;
	/** Localised text of key {@code Compare_button}. */
	public static String Compare_button;
	/** Localised text of key {@code Compare_tooltip}. */
	public static String Compare_tooltip;
	/** Localised text of key {@code Compare_noneTooltip}. */
	public static String Compare_noneTooltip;
	/** Localised text of key {@code Compare_none}. */
	public static String Compare_none;
	/** Localised text of key {@code Compare_openFirst}. */
	public static String Compare_openFirst;
	/** Localised text of key {@code Compare_declared}. */
	public static String Compare_declared;
	/** Localised text of key {@code Compare_verified}. */
	public static String Compare_verified;
	/** Localised text of key {@code Compare_change}. */
	public static String Compare_change;
	/** Localised text of key {@code Compare_new}. */
	public static String Compare_new;
	/** Localised text of key {@code Compare_better}. */
	public static String Compare_better;
	/** Localised text of key {@code Compare_worse}. */
	public static String Compare_worse;
	/** Localised text of key {@code Compare_verdictChanged}. */
	public static String Compare_verdictChanged;
	/** Localised text of key {@code Compare_declaredChanged}. */
	public static String Compare_declaredChanged;

	/** Localised text of key {@code ChecklistWizard_create}. */
	public static String ChecklistWizard_create;
	/** Localised text of key {@code ChecklistWizard_createMessage}. */
	public static String ChecklistWizard_createMessage;
	/** Localised text of key {@code ChecklistWizard_title}. */
	public static String ChecklistWizard_title;
	/** Localised text of key {@code ChecklistWizard_message}. */
	public static String ChecklistWizard_message;
	/** Localised text of key {@code ChecklistWizard_sheets}. */
	public static String ChecklistWizard_sheets;
	/** Localised text of key {@code ChecklistWizard_sheetsHint}. */
	public static String ChecklistWizard_sheetsHint;
	/** Localised text of key {@code ChecklistWizard_firstRow}. */
	public static String ChecklistWizard_firstRow;
	/** Localised text of key {@code ChecklistWizard_textColumn}. */
	public static String ChecklistWizard_textColumn;
	/** Localised text of key {@code ChecklistWizard_idPattern}. */
	public static String ChecklistWizard_idPattern;
	/** Localised text of key {@code ChecklistWizard_idPatternHint}. */
	public static String ChecklistWizard_idPatternHint;
	/** Localised text of key {@code ChecklistWizard_section}. */
	public static String ChecklistWizard_section;
	/** Localised text of key {@code ChecklistWizard_sectionPerSheet}. */
	public static String ChecklistWizard_sectionPerSheet;
	/** Localised text of key {@code ChecklistWizard_sectionNone}. */
	public static String ChecklistWizard_sectionNone;
	/** Localised text of key {@code ChecklistWizard_language}. */
	public static String ChecklistWizard_language;
	/** Localised text of key {@code ChecklistWizard_english}. */
	public static String ChecklistWizard_english;
	/** Localised text of key {@code ChecklistWizard_japanese}. */
	public static String ChecklistWizard_japanese;
	/** Localised text of key {@code ChecklistWizard_levelColumn}. */
	public static String ChecklistWizard_levelColumn;
	/** Localised text of key {@code ChecklistWizard_guidanceColumn}. */
	public static String ChecklistWizard_guidanceColumn;
	/** Localised text of key {@code ChecklistWizard_name}. */
	public static String ChecklistWizard_name;
	/** Localised text of key {@code ChecklistWizard_planFor}. */
	public static String ChecklistWizard_planFor;
	/** Localised text of key {@code ChecklistWizard_planForHint}. */
	public static String ChecklistWizard_planForHint;
	/** Localised text of key {@code ChecklistWizard_planNone}. */
	public static String ChecklistWizard_planNone;
	/** Localised text of key {@code ChecklistWizard_colSheet}. */
	public static String ChecklistWizard_colSheet;
	/** Localised text of key {@code ChecklistWizard_colId}. */
	public static String ChecklistWizard_colId;
	/** Localised text of key {@code ChecklistWizard_colText}. */
	public static String ChecklistWizard_colText;
	/** Localised text of key {@code ChecklistWizard_colSection}. */
	public static String ChecklistWizard_colSection;
	/** Localised text of key {@code ChecklistWizard_colRead}. */
	public static String ChecklistWizard_colRead;
	/** Localised text of key {@code ChecklistWizard_readRequirement}. */
	public static String ChecklistWizard_readRequirement;
	/** Localised text of key {@code ChecklistWizard_readMissed}. */
	public static String ChecklistWizard_readMissed;
	/** Localised text of key {@code ChecklistWizard_readProblem}. */
	public static String ChecklistWizard_readProblem;
	/** Localised text of key {@code ChecklistWizard_problems}. */
	public static String ChecklistWizard_problems;
	/** Localised text of key {@code ChecklistWizard_nothingFound}. */
	public static String ChecklistWizard_nothingFound;
	/** Localised text of key {@code ChecklistWizard_nameMissing}. */
	public static String ChecklistWizard_nameMissing;
	/** Localised text of key {@code ChecklistWizard_noWorkbook}. */
	public static String ChecklistWizard_noWorkbook;
	/** Localised text of key {@code ChecklistWizard_found}. */
	public static String ChecklistWizard_found;
	/** Localised text of key {@code FindingForm_title}. */
	public static String FindingForm_title;

	/** Localised text of key {@code FindingForm_heading}. */
	public static String FindingForm_heading;

	/** Localised text of key {@code FindingForm_message}. */
	public static String FindingForm_message;

	/** Localised text of key {@code FindingForm_noVisit}. */
	public static String FindingForm_noVisit;

	/** Localised text of key {@code FindingForm_titleEn}. */
	public static String FindingForm_titleEn;

	/** Localised text of key {@code FindingForm_titleJa}. */
	public static String FindingForm_titleJa;

	/** Localised text of key {@code FindingForm_severity}. */
	public static String FindingForm_severity;

	/** Localised text of key {@code FindingForm_noTitle}. */
	public static String FindingForm_noTitle;

	/** Localised text of key {@code FindingForm_raise}. */
	public static String FindingForm_raise;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
