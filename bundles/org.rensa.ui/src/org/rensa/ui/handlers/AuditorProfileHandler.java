// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.rensa.ui.profile.AuditorProfileDialog;

import jakarta.inject.Named;

/** File › Auditor Profile…: edits who is working ({@link AuditorProfileDialog}). */
public final class AuditorProfileHandler {

	/**
	 * @param shell the active shell
	 */
	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		AuditorProfileDialog.edit(shell);
	}
}
