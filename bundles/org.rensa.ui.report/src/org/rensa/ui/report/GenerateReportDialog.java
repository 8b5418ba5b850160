// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.report;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rensa.model.AuditProject;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.Tlp;
import org.rensa.report.OutputFormat;
import org.rensa.report.ReportSettings;
import org.rensa.report.ReportSigner;
import org.rensa.report.ReportType;

/** Project › Generate Report…: document type, organisation, language, audience, formats, output folder. */
public final class GenerateReportDialog extends TitleAreaDialog {

	private static final ReportType[] TYPES = { ReportType.VISIT, ReportType.REMEDIATION, ReportType.PORTFOLIO };
	private static final Tlp[] AUDIENCES = { Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.AMBER_STRICT, Tlp.RED };

	private final List<Organization> organizations = new ArrayList<>();
	private final Path defaultOutput;
	private final ReportSettings settings;
	private final String buyerName;
	private Combo type;
	private Combo organization;
	private Combo language;
	private Combo audience;
	private Button pdf;
	private Button docx;
	private Button xlsx;
	private Button anonymise;
	private Button finalise;
	private Text keystore;
	private Button keystoreBrowse;
	private Text password;
	private final Path signingKeystore;
	private Text output;
	private ReportRequest request;

	/**
	 * @param shell         the parent shell
	 * @param project       the open project (its organisations fill the choice)
	 * @param defaultOutput the folder proposed for the output
	 */
	public GenerateReportDialog(Shell shell, AuditProject project, Path defaultOutput) {
		this(shell, project, defaultOutput, ReportSettings.NONE);
	}

	/**
	 * @param shell         the parent shell
	 * @param project       the open project (its organisations fill the choice)
	 * @param defaultOutput the folder proposed for the output
	 * @param settings      the project's report settings: language and audience are pre-selected from
	 *                      them, the branding is shown
	 */
	public GenerateReportDialog(Shell shell, AuditProject project, Path defaultOutput, ReportSettings settings) {
		this(shell, project, defaultOutput, settings, null);
	}

	/**
	 * @param shell           the parent shell
	 * @param project         the open project (its organisations fill the choice)
	 * @param defaultOutput   the folder proposed for the output
	 * @param settings        the project's report settings: language and audience are pre-selected from
	 *                        them, the branding is shown
	 * @param signingKeystore the PKCS#12 keystore proposed for signing a final issue (the project's
	 *                        {@code sign.keystore}), or {@code null}
	 */
	public GenerateReportDialog(Shell shell, AuditProject project, Path defaultOutput, ReportSettings settings, Path signingKeystore) {
		super(shell);
		this.signingKeystore = signingKeystore;
		setHelpAvailable(false);
		this.defaultOutput = defaultOutput;
		this.settings = settings == null ? ReportSettings.NONE : settings;
		Organization buyer = project.getBuyer();
		String buyerJa = buyer == null ? null : buyer.getNameJa();
		boolean japanese = org.rensa.model.text.Language.ui().isJapanese();
		this.buyerName = buyer == null ? "\u2014" //$NON-NLS-1$
				: japanese && buyerJa != null && !buyerJa.isBlank() ? buyerJa : buyer.getName();
		for (Organization candidate : project.getOrganizations()) {
			if (candidate.getKind() != OrganizationKind.BUYER && candidate != project.getBuyer()) {
				organizations.add(candidate);
			}
		}
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Dialog_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Dialog_title);
		setMessage(Messages.Dialog_message);
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(3).margins(12, 12).applyTo(form);

		type = combo(form, Messages.Dialog_type, Messages.Dialog_typeVisit, Messages.Dialog_typeRemediation, Messages.Dialog_typePortfolio);
		List<String> names = new ArrayList<>();
		names.add(Messages.Dialog_allOrganizations);
		boolean japanese = org.rensa.model.text.Language.ui().isJapanese();
		for (Organization candidate : organizations) {
			String ja = candidate.getNameJa();
			names.add(japanese && ja != null && !ja.isBlank() ? ja : candidate.getName());
		}
		organization = combo(form, Messages.Dialog_organization, names.toArray(String[]::new));
		language = combo(form, Messages.Dialog_language, "日本語 (ja)", "English (en)");
		language.select(settings.language() != null ? ("ja".equals(settings.language().getLanguage()) ? 0 : 1) : japanese ? 0 : 1);
		audience = combo(form, Messages.Dialog_audience, "TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED");
		audience.select(settings.audience() == null ? 2 : java.util.Arrays.asList(AUDIENCES).indexOf(settings.audience()));

		new Label(form, SWT.NONE).setText(Messages.Dialog_formats);
		Composite formats = new Composite(form, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(formats);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(formats);
		pdf = check(formats, "PDF (PDF/A-2u)", true);
		docx = check(formats, "DOCX", true);
		xlsx = check(formats, "XLSX", false);

		new Label(form, SWT.NONE);
		anonymise = new Button(form, SWT.CHECK);
		anonymise.setText(Messages.Dialog_anonymise);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(anonymise);

		new Label(form, SWT.NONE);
		finalise = new Button(form, SWT.CHECK);
		finalise.setText(Messages.Dialog_final);
		finalise.setToolTipText(Messages.Dialog_finalTip);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(finalise);

		new Label(form, SWT.NONE).setText(Messages.Dialog_signKeystore);
		keystore = new Text(form, SWT.BORDER);
		keystore.setText(signingKeystore == null ? "" : signingKeystore.toString()); //$NON-NLS-1$
		keystore.setToolTipText(Messages.Dialog_signKeystoreTip);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(keystore);
		keystoreBrowse = new Button(form, SWT.PUSH);
		keystoreBrowse.setText(Messages.Dialog_browse);
		keystoreBrowse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.p12;*.pfx", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
			String chosen = dialog.open();
			if (chosen != null) {
				keystore.setText(chosen);
			}
		});
		new Label(form, SWT.NONE).setText(Messages.Dialog_signPassword);
		password = new Text(form, SWT.BORDER | SWT.PASSWORD);
		password.setToolTipText(Messages.Dialog_signPasswordTip);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(password);
		finalise.addListener(SWT.Selection, e -> update());

		new Label(form, SWT.NONE).setText(Messages.Dialog_output);
		output = new Text(form, SWT.BORDER);
		output.setText(defaultOutput.toString());
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(output);
		Button browse = new Button(form, SWT.PUSH);
		browse.setText(Messages.Dialog_browse);
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setFilterPath(output.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				output.setText(chosen);
			}
		});
		new Label(form, SWT.NONE).setText(Messages.Dialog_branding);
		Label branding = new Label(form, SWT.WRAP);
		branding.setText(brandingSummary());
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(360, SWT.DEFAULT).applyTo(branding);
		type.addListener(SWT.Selection, e -> update());
		for (Button button : List.of(pdf, docx, xlsx)) {
			button.addListener(SWT.Selection, e -> update());
		}
		output.addListener(SWT.Modify, e -> update());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Dialog_generate, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		update();
	}

	private String brandingSummary() {
		if (settings.consultancyName().isEmpty() && settings.clientName().isEmpty() && settings.consultancyLogo() == null
				&& settings.clientLogo() == null) {
			return Messages.Dialog_brandingNone;
		}
		String consultancy = settings.consultancyName().isEmpty() ? "\u2014" : settings.consultancyName(); //$NON-NLS-1$
		String client = settings.clientName().isEmpty() ? buyerName : settings.clientName();
		int logos = (settings.consultancyLogo() == null ? 0 : 1) + (settings.clientLogo() == null ? 0 : 1);
		return NLS.bind(Messages.Dialog_brandingSummary, new Object[] { consultancy, client, logos });
	}

	private Combo combo(Composite parent, String label, String... items) {
		new Label(parent, SWT.NONE).setText(label);
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setItems(items);
		combo.select(0);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(combo);
		return combo;
	}

	private static Button check(Composite parent, String label, boolean selected) {
		Button button = new Button(parent, SWT.CHECK);
		button.setText(label);
		button.setSelection(selected);
		return button;
	}

	private void update() {
		ReportType selected = TYPES[Math.max(0, type.getSelectionIndex())];
		organization.setEnabled(selected != ReportType.PORTFOLIO);
		for (Control control : new Control[] { keystore, keystoreBrowse, password }) {
			control.setEnabled(finalise.getSelection());
		}
		String error = null;
		if (!pdf.getSelection() && !docx.getSelection() && !xlsx.getSelection()) {
			error = Messages.Dialog_noFormat;
		} else if (xlsx.getSelection() && !pdf.getSelection() && !docx.getSelection() && selected != ReportType.REMEDIATION) {
			error = Messages.Dialog_xlsxOnly;
		} else if (output.getText().isBlank()) {
			error = Messages.Dialog_noOutput;
		}
		setErrorMessage(error);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(error == null);
		}
	}

	@Override
	protected void okPressed() {
		Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
		if (pdf.getSelection()) {
			formats.add(OutputFormat.PDF);
		}
		if (docx.getSelection()) {
			formats.add(OutputFormat.DOCX);
		}
		if (xlsx.getSelection()) {
			formats.add(OutputFormat.XLSX);
		}
		ReportSigner signer = null;
		if (finalise.getSelection() && !keystore.getText().isBlank()) {
			// the keystore is opened and its certificate checked now: a wrong password or an expired
			// certificate keeps the dialog open and writes nothing
			char[] secret = password.getTextChars();
			try {
				signer = ReportSigner.open(Path.of(keystore.getText().trim()), secret, Instant.now());
			} catch (IOException | InvalidPathException e) {
				setErrorMessage(NLS.bind(Messages.Dialog_signError, e.getMessage()));
				password.setFocus();
				return;
			} finally {
				Arrays.fill(secret, '\0');
			}
		}
		ReportType selected = TYPES[Math.max(0, type.getSelectionIndex())];
		int index = organization.getSelectionIndex();
		Organization chosen = selected == ReportType.PORTFOLIO || index <= 0 ? null : organizations.get(index - 1);
		request = new ReportRequest(selected, chosen, language.getSelectionIndex() == 0 ? Locale.JAPANESE : Locale.ENGLISH,
				AUDIENCES[Math.max(0, audience.getSelectionIndex())], formats, anonymise.getSelection(), Path.of(output.getText().trim()),
				finalise.getSelection(), signer);
		super.okPressed();
	}

	/** @return the request after OK, else {@code null} */
	public ReportRequest request() {
		return request;
	}
}
