// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;
import org.rensa.ui.Messages;

import jakarta.inject.Named;

/** Help › About Rensa: shows the product name, version and licence. */
public final class AboutHandler {

	/**
	 * @param shell the active shell
	 */
	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		String version = FrameworkUtil.getBundle(AboutHandler.class).getVersion().toString();
		MessageDialog.openInformation(shell, Messages.About_title, NLS.bind(Messages.About_text, version));
	}
}
