// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.team;

import org.eclipse.osgi.util.NLS;

/** The texts of the Team menu's dialogs and the team status ({@code messages.properties}, {@code messages_ja.properties}). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rensa.ui.team.messages"; //$NON-NLS-1$

	/** Localised text of key {@code Job_name}. */
	public static String Job_name;
	/** Localised text of key {@code Sync_title}. */
	public static String Sync_title;
	/** Localised text of key {@code Sync_unsaved}. */
	public static String Sync_unsaved;
	/** Localised text of key {@code Sync_saveAndSync}. */
	public static String Sync_saveAndSync;
	/** Localised text of key {@code Sync_conflicts}. */
	public static String Sync_conflicts;
	/** Localised text of key {@code Sync_notes}. */
	public static String Sync_notes;
	/** Localised text of key {@code Sync_readOnly}. */
	public static String Sync_readOnly;
	/** Localised text of key {@code Sync_notShared}. */
	public static String Sync_notShared;
	/** Localised text of key {@code Sync_noRemote}. */
	public static String Sync_noRemote;
	/** Localised text of key {@code Progress_message}. */
	public static String Progress_message;
	/** Localised text of key {@code Outcome_pushed}. */
	public static String Outcome_pushed;
	/** Localised text of key {@code Outcome_fastForwarded}. */
	public static String Outcome_fastForwarded;
	/** Localised text of key {@code Outcome_merged}. */
	public static String Outcome_merged;
	/** Localised text of key {@code Outcome_upToDate}. */
	public static String Outcome_upToDate;
	/** Localised text of key {@code Outcome_format}. */
	public static String Outcome_format;
	/** Localised text of key {@code Credentials_title}. */
	public static String Credentials_title;
	/** Localised text of key {@code Credentials_message}. */
	public static String Credentials_message;
	/** Localised text of key {@code Credentials_user}. */
	public static String Credentials_user;
	/** Localised text of key {@code Credentials_token}. */
	public static String Credentials_token;
	/** Localised text of key {@code Credentials_note}. */
	public static String Credentials_note;
	/** Localised text of key {@code History_title}. */
	public static String History_title;
	/** Localised text of key {@code History_titleShort}. */
	public static String History_titleShort;
	/** Localised text of key {@code History_none}. */
	public static String History_none;
	/** Localised text of key {@code History_message}. */
	public static String History_message;
	/** Localised text of key {@code History_change}. */
	public static String History_change;
	/** Localised text of key {@code History_who}. */
	public static String History_who;
	/** Localised text of key {@code History_when}. */
	public static String History_when;
	/** Localised text of key {@code Resolve_title}. */
	public static String Resolve_title;
	/** Localised text of key {@code Resolve_message}. */
	public static String Resolve_message;
	/** Localised text of key {@code Resolve_element}. */
	public static String Resolve_element;
	/** Localised text of key {@code Resolve_what}. */
	public static String Resolve_what;
	/** Localised text of key {@code Resolve_mine}. */
	public static String Resolve_mine;
	/** Localised text of key {@code Resolve_theirs}. */
	public static String Resolve_theirs;
	/** Localised text of key {@code Resolve_choice}. */
	public static String Resolve_choice;
	/** Localised text of key {@code Resolve_keepMine}. */
	public static String Resolve_keepMine;
	/** Localised text of key {@code Resolve_takeTheirs}. */
	public static String Resolve_takeTheirs;
	/** Localised text of key {@code Resolve_apply}. */
	public static String Resolve_apply;
	/** Localised text of key {@code Resolve_chosenMine}. */
	public static String Resolve_chosenMine;
	/** Localised text of key {@code Resolve_chosenTheirs}. */
	public static String Resolve_chosenTheirs;
	/** Localised text of key {@code Resolve_ready}. */
	public static String Resolve_ready;
	/** Localised text of key {@code Resolve_open}. */
	public static String Resolve_open;
	/** Localised text of key {@code Status_running}. */
	public static String Status_running;
	/** Localised text of key {@code Status_notShared}. */
	public static String Status_notShared;
	/** Localised text of key {@code Status_unreadable}. */
	public static String Status_unreadable;
	/** Localised text of key {@code Status_never}. */
	public static String Status_never;
	/** Localised text of key {@code Status_last}. */
	public static String Status_last;
	/** Localised text of key {@code Status_line}. */
	public static String Status_line;
	/** Localised text of key {@code Status_conflicts}. */
	public static String Status_conflicts;
	/** Localised text of key {@code Status_failed}. */
	public static String Status_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
