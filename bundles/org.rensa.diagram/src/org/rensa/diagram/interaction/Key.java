// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.interaction;

/** The keys the diagram editor reacts to, independent of the widget toolkit. */
public enum Key {
	/** Delete or Backspace: delete the selected bend point, else the selection. */
	DELETE,
	/** F2: edit the selected organisation's name or note's text. */
	RENAME,
	/** Escape: back to the Select tool, nothing selected. */
	ESCAPE,
	/** Enter: open the selected organisation's editor. */
	OPEN,
	/** Ctrl+A: select every visible organisation. */
	SELECT_ALL,
	/** + or =: zoom in. */
	ZOOM_IN,
	/** −: zoom out. */
	ZOOM_OUT,
	/** Arrow left: the nearest organisation to the left. */
	LEFT,
	/** Arrow right. */
	RIGHT,
	/** Arrow up. */
	UP,
	/** Arrow down. */
	DOWN
}
