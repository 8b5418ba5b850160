// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui;

import org.eclipse.osgi.util.NLS;

/**
 * The user-visible texts of the Rensa UI, from {@code messages.properties} and its translations
 * ({@code messages_ja.properties}); the language follows {@code -nl}.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rensa.ui.messages"; //$NON-NLS-1$

	/** Localised text of key {@code App_name}. */
	public static String App_name;
	/** Localised text of key {@code Recovery_title}. */
	public static String Recovery_title;
	/** Localised text of key {@code Recovery_message}. */
	public static String Recovery_message;
	/** Localised text of key {@code Recovery_changes}. */
	public static String Recovery_changes;
	/** Localised text of key {@code Recovery_changesUnknown}. */
	public static String Recovery_changesUnknown;
	/** Localised text of key {@code Recovery_diskChanged}. */
	public static String Recovery_diskChanged;
	/** Localised text of key {@code Recovery_restore}. */
	public static String Recovery_restore;
	/** Localised text of key {@code Recovery_discard}. */
	public static String Recovery_discard;
	/** Localised text of key {@code Recovery_keep}. */
	public static String Recovery_keep;
	/** Localised text of key {@code Recovery_failed}. */
	public static String Recovery_failed;
	/** Localised text of key {@code Corrupt_title}. */
	public static String Corrupt_title;
	/** Localised text of key {@code Corrupt_message}. */
	public static String Corrupt_message;
	/** Localised text of key {@code Corrupt_openPrevious}. */
	public static String Corrupt_openPrevious;
	/** Localised text of key {@code Window_titleWithProject}. */
	public static String Window_titleWithProject;
	/** Localised text of key {@code About_title}. */
	public static String About_title;
	/** Localised text of key {@code About_text}. */
	public static String About_text;
	/** Localised text of key {@code Error_title}. */
	public static String Error_title;
	/** Localised text of key {@code Error_projectNotFound}. */
	public static String Error_projectNotFound;
	/** Localised text of key {@code Error_openFailed}. */
	public static String Error_openFailed;
	/** Localised text of key {@code Error_saveFailed}. */
	public static String Error_saveFailed;
	/** Localised text of key {@code OpenProject_title}. */
	public static String OpenProject_title;
	/** Localised text of key {@code OpenProject_message}. */
	public static String OpenProject_message;
	/** Localised text of key {@code ReadOnly_title}. */
	public static String ReadOnly_title;
	/** Localised text of key {@code ReadOnly_message}. */
	public static String ReadOnly_message;
	/** Localised text of key {@code ReadOnly_windowTitle}. */
	public static String ReadOnly_windowTitle;
	/** Localised text of key {@code ReadOnly_cannotSave}. */
	public static String ReadOnly_cannotSave;
	/** Localised text of key {@code Unsaved_title}. */
	public static String Unsaved_title;
	/** Localised text of key {@code Unsaved_message}. */
	public static String Unsaved_message;
	/** Localised text of key {@code Unsaved_save}. */
	public static String Unsaved_save;
	/** Localised text of key {@code Unsaved_discard}. */
	public static String Unsaved_discard;
	/** Localised text of key {@code Navigator_organizations}. */
	public static String Navigator_organizations;
	/** Localised text of key {@code Navigator_contracts}. */
	public static String Navigator_contracts;
	/** Localised text of key {@code Navigator_checklists}. */
	public static String Navigator_checklists;
	/** Localised text of key {@code Navigator_assessments}. */
	public static String Navigator_assessments;
	/** Localised text of key {@code Navigator_visits}. */
	public static String Navigator_visits;
	/** Localised text of key {@code Navigator_findings}. */
	public static String Navigator_findings;
	/** Localised text of key {@code Navigator_countedLabel}. */
	public static String Navigator_countedLabel;
	/** Localised text of key {@code Tier_buyer}. */
	public static String Tier_buyer;
	/** Localised text of key {@code Tier_n}. */
	public static String Tier_n;
	/** Localised text of key {@code Tier_unreachable}. */
	public static String Tier_unreachable;
	/** Localised text of key {@code OrganizationEditor_identity}. */
	public static String OrganizationEditor_identity;
	/** Localised text of key {@code OrganizationEditor_certifications}. */
	public static String OrganizationEditor_certifications;
	/** Localised text of key {@code OrganizationEditor_contacts}. */
	public static String OrganizationEditor_contacts;
	/** Localised text of key {@code OrganizationEditor_relationships}. */
	public static String OrganizationEditor_relationships;
	/** Localised text of key {@code OrganizationEditor_direction}. */
	public static String OrganizationEditor_direction;
	/** Localised text of key {@code OrganizationEditor_counterpart}. */
	public static String OrganizationEditor_counterpart;
	/** Localised text of key {@code OrganizationEditor_outgoing}. */
	public static String OrganizationEditor_outgoing;
	/** Localised text of key {@code OrganizationEditor_incoming}. */
	public static String OrganizationEditor_incoming;
	/** Localised text of key {@code OrganizationEditor_add}. */
	public static String OrganizationEditor_add;
	/** Localised text of key {@code OrganizationEditor_remove}. */
	public static String OrganizationEditor_remove;
	/** Localised text of key {@code OrganizationEditor_tierLine}. */
	public static String OrganizationEditor_tierLine;
	/** Localised text of key {@code ElementEditor_finding}. */
	public static String ElementEditor_finding;
	/** Localised text of key {@code ElementEditor_auditForm}. */
	public static String ElementEditor_auditForm;
	/** Localised text of key {@code ElementEditor_response}. */
	public static String ElementEditor_response;
	/** Localised text of key {@code ElementEditor_visit}. */
	public static String ElementEditor_visit;
	/** Localised text of key {@code ElementEditor_scope}. */
	public static String ElementEditor_scope;
	/** Localised text of key {@code ElementEditor_signOff}. */
	public static String ElementEditor_signOff;
	/** Localised text of key {@code ElementEditor_noProject}. */
	public static String ElementEditor_noProject;
	/** Localised text of key {@code OrganizationEditor_noProject}. */
	public static String OrganizationEditor_noProject;
	/** Localised text of key {@code OrganizationEditor_meti}. */
	public static String OrganizationEditor_meti;
	/** Localised text of key {@code OrganizationEditor_metiRecommended}. */
	public static String OrganizationEditor_metiRecommended;
	/** Localised text of key {@code OrganizationEditor_metiRecommendedValue}. */
	public static String OrganizationEditor_metiRecommendedValue;
	/** Localised text of key {@code OrganizationEditor_metiNoReason}. */
	public static String OrganizationEditor_metiNoReason;
	/** Localised text of key {@code OrganizationEditor_metiBuyer}. */
	public static String OrganizationEditor_metiBuyer;
	/** Localised text of key {@code OrganizationEditor_metiCertified}. */
	public static String OrganizationEditor_metiCertified;
	/** Localised text of key {@code OrganizationEditor_metiNotCertified}. */
	public static String OrganizationEditor_metiNotCertified;
	/** Localised text of key {@code OrganizationEditor_metiBelow}. */
	public static String OrganizationEditor_metiBelow;
	/** Localised text of key {@code OrganizationEditor_metiUseRecommended}. */
	public static String OrganizationEditor_metiUseRecommended;
	/** Localised text of key {@code Overview_group}. */
	public static String Overview_group;
	/** Localised text of key {@code Overview_summary}. */
	public static String Overview_summary;
	/** Localised text of key {@code Overview_nothing}. */
	public static String Overview_nothing;
	/** Localised text of key {@code Overview_noProject}. */
	public static String Overview_noProject;
	/** Localised text of key {@code Overview_openHint}. */
	public static String Overview_openHint;
	/** Localised text of key {@code Problems_message}. */
	public static String Problems_message;
	/** Localised text of key {@code Problems_element}. */
	public static String Problems_element;
	/** Localised text of key {@code Problems_notValidated}. */
	public static String Problems_notValidated;
	/** Localised text of key {@code Problems_summary}. */
	public static String Problems_summary;
	/** Localised text of key {@code PropertyTable_property}. */
	public static String PropertyTable_property;
	/** Localised text of key {@code PropertyTable_value}. */
	public static String PropertyTable_value;
	/** Localised text of key {@code Value_yes}. */
	public static String Value_yes;
	/** Localised text of key {@code Value_no}. */
	public static String Value_no;
	/** Localised text of key {@code Value_none}. */
	public static String Value_none;
	/** Localised text of key {@code Value_notEditable}. */
	public static String Value_notEditable;
	/** Localised text of key {@code Value_notEditableHere}. */
	public static String Value_notEditableHere;
	/** Localised text of key {@code Value_required}. */
	public static String Value_required;
	/** Localised text of key {@code Value_invalid}. */
	public static String Value_invalid;
	/** Localised text of key {@code Value_expectedDate}. */
	public static String Value_expectedDate;
	/** Localised text of key {@code Value_expectedInstant}. */
	public static String Value_expectedInstant;
	/** Localised text of key {@code Value_expectedNumber}. */
	public static String Value_expectedNumber;

	/** Localised text of key {@code Profile_title}. */
	public static String Profile_title;
	/** Localised text of key {@code Profile_message}. */
	public static String Profile_message;
	/** Localised text of key {@code Profile_firstVerification}. */
	public static String Profile_firstVerification;
	/** Localised text of key {@code Profile_keptIn}. */
	public static String Profile_keptIn;
	/** Localised text of key {@code Profile_name}. */
	public static String Profile_name;
	/** Localised text of key {@code Profile_organisation}. */
	public static String Profile_organisation;
	/** Localised text of key {@code Profile_email}. */
	public static String Profile_email;
	/** Localised text of key {@code Profile_noName}. */
	public static String Profile_noName;
	/** Localised text of key {@code Profile_badEmail}. */
	public static String Profile_badEmail;
	/** Localised text of key {@code Profile_unreadable}. */
	public static String Profile_unreadable;
	/** Localised text of key {@code Profile_notSaved}. */
	public static String Profile_notSaved;

	/** Localised text of key {@code Problems_code}. */
	public static String Problems_code;
	/** Localised text of key {@code Problems_show}. */
	public static String Problems_show;
	/** Localised text of key {@code Problems_all}. */
	public static String Problems_all;
	/** Localised text of key {@code Problems_errors}. */
	public static String Problems_errors;
	/** Localised text of key {@code Problems_warnings}. */
	public static String Problems_warnings;
	/** Localised text of key {@code Problems_infos}. */
	public static String Problems_infos;

	/** Localised text of key {@code Element_open}. */
	public static String Element_open;
	/** Localised text of key {@code Element_new}. */
	public static String Element_new;
	/** Localised text of key {@code Element_newOrganization}. */
	public static String Element_newOrganization;
	/** Localised text of key {@code Element_newRelationship}. */
	public static String Element_newRelationship;
	/** Localised text of key {@code Element_newContract}. */
	public static String Element_newContract;
	/** Localised text of key {@code Element_newChecklist}. */
	public static String Element_newChecklist;
	/** Localised text of key {@code Element_newCampaign}. */
	public static String Element_newCampaign;
	/** Localised text of key {@code Element_newAssessment}. */
	public static String Element_newAssessment;
	/** Localised text of key {@code Element_newVisit}. */
	public static String Element_newVisit;
	/** Localised text of key {@code Element_newFinding}. */
	public static String Element_newFinding;
	/** Localised text of key {@code Element_newAction}. */
	public static String Element_newAction;
	/** Localised text of key {@code Element_duplicate}. */
	public static String Element_duplicate;
	/** Localised text of key {@code Element_delete}. */
	public static String Element_delete;
	/** Localised text of key {@code Element_closeFinding}. */
	public static String Element_closeFinding;
	/** Localised text of key {@code Delete_title}. */
	public static String Delete_title;
	/** Localised text of key {@code Delete_button}. */
	public static String Delete_button;
	/** Localised text of key {@code Delete_question}. */
	public static String Delete_question;
	/** Localised text of key {@code Delete_alsoDeleted}. */
	public static String Delete_alsoDeleted;
	/** Localised text of key {@code Delete_more}. */
	public static String Delete_more;
	/** Localised text of key {@code Delete_undo}. */
	public static String Delete_undo;
	/** Localised text of key {@code Navigator_relationships}. */
	public static String Navigator_relationships;
	/** Localised text of key {@code Navigator_campaigns}. */
	public static String Navigator_campaigns;
	/** Localised text of key {@code Navigator_actions}. */
	public static String Navigator_actions;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
