// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.diagram;

import org.eclipse.osgi.util.NLS;

/** Texts of the diagram editor ({@code messages.properties}, {@code messages_ja.properties}). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.rensa.ui.diagram.messages"; //$NON-NLS-1$

	/** Localised text of key {@code Tool_select}. */
	public static String Tool_select;
	/** Localised text of key {@code Tool_supplier}. */
	public static String Tool_supplier;
	/** Localised text of key {@code Tool_subcontractor}. */
	public static String Tool_subcontractor;
	/** Localised text of key {@code Tool_supplyLink}. */
	public static String Tool_supplyLink;
	/** Localised text of key {@code Tool_subcontractLink}. */
	public static String Tool_subcontractLink;
	/** Localised text of key {@code Tool_note}. */
	public static String Tool_note;
	/** Localised text of key {@code Tool_paletteTitle}. */
	public static String Tool_paletteTitle;
	/** Localised text of key {@code Action_arrangeAll}. */
	public static String Action_arrangeAll;
	/** Localised text of key {@code Action_arrangeSelection}. */
	public static String Action_arrangeSelection;
	/** Localised text of key {@code Action_zoomIn}. */
	public static String Action_zoomIn;
	/** Localised text of key {@code Action_zoomOut}. */
	public static String Action_zoomOut;
	/** Localised text of key {@code Action_fit}. */
	public static String Action_fit;
	/** Localised text of key {@code Action_exportSvg}. */
	public static String Action_exportSvg;
	/** Localised text of key {@code Action_exportPng}. */
	public static String Action_exportPng;
	/** Localised text of key {@code Action_filters}. */
	public static String Action_filters;
	/** Localised text of key {@code Filter_allTiers}. */
	public static String Filter_allTiers;
	/** Localised text of key {@code Filter_maxTier}. */
	public static String Filter_maxTier;
	/** Localised text of key {@code Filter_below}. */
	public static String Filter_below;
	/** Localised text of key {@code Filter_belowClear}. */
	public static String Filter_belowClear;
	/** Localised text of key {@code Filter_sensitive}. */
	public static String Filter_sensitive;
	/** Localised text of key {@code Layers_label}. */
	public static String Layers_label;
	/** Localised text of key {@code New_supplier}. */
	public static String New_supplier;
	/** Localised text of key {@code New_subcontractor}. */
	public static String New_subcontractor;
	/** Localised text of key {@code New_note}. */
	public static String New_note;
	/** Localised text of key {@code Command_create}. */
	public static String Command_create;
	/** Localised text of key {@code Command_connect}. */
	public static String Command_connect;
	/** Localised text of key {@code Command_move}. */
	public static String Command_move;
	/** Localised text of key {@code Command_resize}. */
	public static String Command_resize;
	/** Localised text of key {@code Command_delete}. */
	public static String Command_delete;
	/** Localised text of key {@code Command_rename}. */
	public static String Command_rename;
	/** Localised text of key {@code Command_arrange}. */
	public static String Command_arrange;
	/** Localised text of key {@code Command_editNote}. */
	public static String Command_editNote;
	/** Localised text of key {@code Status}. */
	public static String Status;
	/** Localised text of key {@code Status_hint}. */
	public static String Status_hint;
	/** Localised text of key {@code Error_title}. */
	public static String Error_title;
	/** Localised text of key {@code Error_noProject}. */
	public static String Error_noProject;
	/** Localised text of key {@code Error_load}. */
	public static String Error_load;
	/** Localised text of key {@code Error_reset}. */
	public static String Error_reset;
	/** Localised text of key {@code Error_export}. */
	public static String Error_export;
	/** Localised text of key {@code Error_selfLink}. */
	public static String Error_selfLink;
	/** Localised text of key {@code Missing_clauses}. */
	public static String Missing_clauses;

	/** Localised text of key {@code Command_moveBend}. */
	public static String Command_moveBend;
	/** Localised text of key {@code Command_addBend}. */
	public static String Command_addBend;
	/** Localised text of key {@code Command_removeBend}. */
	public static String Command_removeBend;
	/** Localised text of key {@code Command_resetRoute}. */
	public static String Command_resetRoute;
	/** Localised text of key {@code Command_layers}. */
	public static String Command_layers;
	/** Localised text of key {@code Command_filter}. */
	public static String Command_filter;
	/** Localised text of key {@code Action_resetRoute}. */
	public static String Action_resetRoute;
	/** Localised text of key {@code Error_follow}. */
	public static String Error_follow;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
