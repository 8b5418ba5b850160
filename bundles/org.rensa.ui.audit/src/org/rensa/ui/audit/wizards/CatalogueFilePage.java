// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.wizards;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rensa.catalog.oscal.OscalCatalogReader;
import org.rensa.catalog.oscal.OscalImport;
import org.rensa.ui.audit.Messages;

/**
 * Page 1 of the OSCAL import: the catalogue file. The file is read as soon as the path names a file
 * (typed or browsed); what is wrong with it is shown in the wizard header and keeps the page incomplete.
 */
public final class CatalogueFilePage extends WizardPage {

	private FileField file;
	private final ChosenFile<OscalImport> catalogue = new ChosenFile<>(OscalCatalogReader::read);

	CatalogueFilePage() {
		super("catalogueFile");
		setTitle(Messages.CatalogueWizard_fileTitle);
		setMessage(Messages.CatalogueWizard_filePrompt);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(3, false));
		file = new FileField(area, Messages.CatalogueWizard_file, Messages.Catalogue_dialogTitle,
				new String[] { "*.json;*.xml", "*" }, this::validate);
		Label hint = new Label(area, SWT.WRAP);
		hint.setText(Messages.CatalogueWizard_fileHint);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
		data.widthHint = 560;
		hint.setLayoutData(data);
		setControl(area);
	}

	/**
	 * Sets the path as if typed (for tests and for a path given by the caller).
	 *
	 * @param path the file path
	 */
	public void setFile(String path) {
		file.text().setText(path);
	}

	/** @return the catalogue read from the chosen file, or {@code null} while there is none */
	public OscalImport result() {
		return catalogue.content();
	}

	private void validate() {
		Path path;
		try {
			path = file.path();
		} catch (InvalidPathException e) {
			fail(NLS.bind(Messages.Wizard_badPath, e.getInput()));
			return;
		}
		if (path == null) {
			catalogue.forget();
			setErrorMessage(null);
			setMessage(Messages.CatalogueWizard_filePrompt);
			setPageComplete(false);
			return;
		}
		String problem = FileField.problem(path);
		if (problem != null) {
			fail(problem);
			return;
		}
		OscalImport result;
		try {
			result = catalogue.read(path);
		} catch (IOException | RuntimeException e) {
			fail(e.getMessage());
			return;
		}
		setErrorMessage(null);
		setMessage(NLS.bind(Messages.CatalogueWizard_fileOk, new Object[] { result.checklist().getName(), result.format(),
				result.controls() }));
		setPageComplete(true);
	}

	private void fail(String message) {
		catalogue.forget();
		setErrorMessage(message);
		setPageComplete(false);
	}
}
