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
import org.rensa.catalog.oscal.OscalImport;
import org.rensa.catalog.oscal.OscalProfileResolver;
import org.rensa.ui.audit.Messages;

/**
 * Page 1 of the OSCAL import: the catalogue or profile file, and for a profile whose import cannot be
 * followed offline the catalogue it imports. The file is read (a profile resolved) as soon as the path
 * names a file (typed or browsed); what is wrong with it is shown in the wizard header and keeps the
 * page incomplete.
 */
public final class CatalogueFilePage extends WizardPage {

	private FileField file;
	private FileField profileCatalogue;
	private final ChosenFile<OscalImport> catalogue = new ChosenFile<>(this::read);

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
		profileCatalogue = new FileField(area, Messages.CatalogueWizard_profileCatalogue, Messages.Catalogue_dialogTitle,
				new String[] { "*.json;*.xml", "*" }, () -> { //$NON-NLS-1$ //$NON-NLS-2$
					catalogue.forget();
					validate();
				});
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

	/**
	 * Sets the catalogue a profile is resolved against as if typed.
	 *
	 * @param path the catalogue file, empty to follow the profile's own import
	 */
	public void setProfileCatalogue(String path) {
		profileCatalogue.text().setText(path);
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
		Path imported;
		try {
			imported = profileCatalogue.path();
		} catch (InvalidPathException e) {
			fail(NLS.bind(Messages.Wizard_badPath, e.getInput()));
			return;
		}
		if (problem == null && imported != null) {
			problem = FileField.problem(imported);
		}
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
		setMessage(NLS.bind(result.notes().isEmpty() ? Messages.CatalogueWizard_fileOk : Messages.CatalogueWizard_profileOk,
				new Object[] { result.checklist().getName(), result.format(), result.controls(), String.join("; ", result.notes()) })); //$NON-NLS-1$
		setPageComplete(true);
	}

	private OscalImport read(Path path) throws IOException {
		return OscalProfileResolver.read(path, profileCatalogue.path());
	}

	private void fail(String message) {
		catalogue.forget();
		setErrorMessage(message);
		setPageComplete(false);
	}
}
