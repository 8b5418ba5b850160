// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.report;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;
import org.rensa.oscal.OscalExport;

/**
 * What Project › Export OSCAL… wrote: the file, the counts of the document, what the audience withheld,
 * with <em>Open folder</em> (the folder holding the file, in the desktop's file manager) and
 * <em>Close</em>.
 */
public final class OscalWrittenDialog extends MessageDialog {

	/** The index of the <em>Open folder</em> button. */
	public static final int OPEN_FOLDER = 0;

	private final Path file;

	/**
	 * @param shell   the parent shell
	 * @param file    the file written
	 * @param summary what it holds
	 */
	public OscalWrittenDialog(Shell shell, Path file, OscalExport.Summary summary) {
		super(shell, Messages.Oscal_title, null, message(file, summary), MessageDialog.INFORMATION, OPEN_FOLDER,
				Messages.Oscal_openFolder, Messages.Oscal_close);
		this.file = file;
	}

	/**
	 * @param file    the file written
	 * @param summary what it holds
	 * @return the dialog's text
	 */
	public static String message(Path file, OscalExport.Summary summary) {
		String text = NLS.bind(Messages.Oscal_written, file) + "\n\n" //$NON-NLS-1$
				+ NLS.bind(Messages.Oscal_counts, new Object[] { summary.observations(), summary.findings(), summary.risks(),
						summary.poamItems() });
		return summary.withheld() > 0 ? text + "\n" + NLS.bind(Messages.Oscal_withheld, summary.withheld()) : text; //$NON-NLS-1$
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == OPEN_FOLDER && file.getParent() != null) {
			Program.launch(file.getParent().toString());
		}
		super.buttonPressed(buttonId);
	}
}
