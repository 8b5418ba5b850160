// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui;

import org.eclipse.core.runtime.ILog;

/**
 * Identifiers shared between the Rensa UI code and the application model
 * ({@code org.rensa.app/Application.e4xmi}), and small helpers for error reporting.
 */
public final class RensaUi {

	/** Element id of the main window. */
	public static final String MAIN_WINDOW_ID = "org.rensa.app.window.main"; //$NON-NLS-1$
	/** Element id of the part stack organisation editors open in. */
	public static final String EDITOR_STACK_ID = "org.rensa.app.partstack.editors"; //$NON-NLS-1$
	/** Id of the part descriptor of the organisation editor. */
	public static final String ORGANIZATION_EDITOR_DESCRIPTOR_ID = "org.rensa.ui.partdescriptor.organizationEditor"; //$NON-NLS-1$

	/** The part descriptor of the finding and visit editors ({@link org.rensa.ui.editor.ElementEditors}). */
	public static final String ELEMENT_EDITOR_DESCRIPTOR_ID = "org.rensa.ui.partdescriptor.elementEditor"; //$NON-NLS-1$
	/** Tag carried by every editor part of the open project. */
	public static final String EDITOR_TAG = "org.rensa.ui.tag.projectEditor"; //$NON-NLS-1$
	/** Element id of the Problems part. */
	public static final String PROBLEMS_PART_ID = "org.rensa.ui.part.problems"; //$NON-NLS-1$
	/** Event topic: reveal and select a model element in the navigator (data: the EObject). */
	public static final String TOPIC_REVEAL = "org/rensa/ui/reveal"; //$NON-NLS-1$
	/**
	 * Event topic: the user asked to open a model element other than an organisation, e.g. by
	 * double-clicking it in the navigator (data: the EObject). Bundles with an editor for that kind
	 * of element subscribe to it.
	 */
	public static final String TOPIC_OPEN = "org/rensa/ui/open"; //$NON-NLS-1$
	/** Application argument naming the project directory to open at start-up. */
	public static final String PROJECT_ARGUMENT = "--project"; //$NON-NLS-1$
	/** System property naming the project directory to open at start-up. */
	public static final String PROJECT_PROPERTY = "rensa.project"; //$NON-NLS-1$

	private RensaUi() {
	}

	/**
	 * @param error an error to record in the platform log
	 */
	public static void log(Throwable error) {
		ILog.of(RensaUi.class).error(oneLine(error), error);
	}

	/**
	 * @param error an error
	 * @return a single-line description of the error and its root cause, for dialogs
	 */
	public static String oneLine(Throwable error) {
		Throwable root = error;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		if (message == null || message.isBlank()) {
			message = root.getClass().getSimpleName();
		}
		return message.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
