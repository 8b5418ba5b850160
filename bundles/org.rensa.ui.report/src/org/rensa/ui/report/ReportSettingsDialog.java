// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rensa.core.storage.ProjectSettings;
import org.rensa.model.Tlp;
import org.rensa.report.ReportSettings;
import org.rensa.ui.RensaUi;

/**
 * Project › Report Settings…: the branding and report defaults of the project
 * ({@code model/settings/report.properties}, saved with the project). Logos are checked when picked,
 * previewed, and copied into the project's {@code settings/} folder on OK; the caller executes the
 * {@linkplain ReportSettings#change change} of the settings as a command.
 */
public final class ReportSettingsDialog extends TitleAreaDialog {

	private static final Tlp[] AUDIENCES = { Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.AMBER_STRICT, Tlp.RED };
	private static final int PREVIEW_WIDTH = 200;
	private static final int PREVIEW_HEIGHT = 56;

	private final Path projectDirectory;
	private final ReportSettings initial;
	private final String buyerName;
	private Text consultancyName;
	private Text clientName;
	private LogoField consultancyLogo;
	private LogoField clientLogo;
	private Combo language;
	private Combo audience;
	private Text font;
	private ReportSettings result;

	/**
	 * @param shell            the parent shell
	 * @param projectDirectory the project directory (logos are copied into its settings folder)
	 * @param initial          the current settings
	 * @param buyerName        the project's buyer, shown as the client when no client name is set
	 */
	public ReportSettingsDialog(Shell shell, Path projectDirectory, ReportSettings initial, String buyerName) {
		super(shell);
		setHelpAvailable(false);
		this.projectDirectory = projectDirectory;
		this.initial = initial;
		this.buyerName = buyerName == null ? "" : buyerName; //$NON-NLS-1$
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Settings_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Settings_title);
		setMessage(NLS.bind(Messages.Settings_message, "model/" + ProjectSettings.FOLDER + "/" + ReportSettings.FILE)); //$NON-NLS-1$ //$NON-NLS-2$
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().margins(12, 10).spacing(8, 10).applyTo(form);

		Group consultancy = group(form, Messages.Settings_consultancy);
		consultancyName = text(consultancy, Messages.Settings_name, initial.consultancyName());
		consultancyName.setMessage(Messages.Settings_consultancyHint);
		consultancyLogo = new LogoField(consultancy, initial.consultancyLogoFile(projectDirectory));

		Group client = group(form, Messages.Settings_client);
		clientName = text(client, Messages.Settings_name, initial.clientName());
		clientName.setMessage(NLS.bind(Messages.Settings_clientHint, buyerName));
		clientLogo = new LogoField(client, initial.clientLogoFile(projectDirectory));

		Group defaults = group(form, Messages.Settings_defaults);
		new Label(defaults, SWT.NONE).setText(Messages.Dialog_language);
		language = new Combo(defaults, SWT.READ_ONLY | SWT.DROP_DOWN);
		language.setItems(Messages.Settings_notSet, "日本語 (ja)", "English (en)"); //$NON-NLS-1$ //$NON-NLS-2$
		language.select(initial.language() == null ? 0 : "ja".equals(initial.language().getLanguage()) ? 1 : 2); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(2, 1).applyTo(language);
		new Label(defaults, SWT.NONE).setText(Messages.Dialog_audience);
		audience = new Combo(defaults, SWT.READ_ONLY | SWT.DROP_DOWN);
		audience.add(Messages.Settings_notSet);
		int selected = 0;
		for (int i = 0; i < AUDIENCES.length; i++) {
			audience.add("TLP:" + ReportSettings.label(AUDIENCES[i])); //$NON-NLS-1$
			if (AUDIENCES[i] == initial.audience()) {
				selected = i + 1;
			}
		}
		audience.select(selected);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(audience);
		new Label(defaults, SWT.NONE).setText(Messages.Settings_font);
		font = new Text(defaults, SWT.BORDER);
		font.setText(initial.font() == null ? "" : initial.font()); //$NON-NLS-1$
		font.setMessage(Messages.Settings_fontHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(font);
		Button browse = new Button(defaults, SWT.PUSH);
		browse.setText(Messages.Dialog_browse);
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.ttc;*.ttf;*.otf" }); //$NON-NLS-1$
			dialog.setFilterNames(new String[] { Messages.Settings_fontFilter });
			String chosen = dialog.open();
			if (chosen != null) {
				font.setText(chosen);
			}
		});
		for (Text text : new Text[] { consultancyName, clientName, font }) {
			text.addListener(SWT.Modify, e -> update());
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Settings_save, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		update();
	}

	private static Group group(Composite parent, String title) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		GridLayoutFactory.swtDefaults().numColumns(3).spacing(8, 6).applyTo(group);
		return group;
	}

	private static Text text(Composite parent, String label, String value) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		text.setText(value);
		text.setTextLimit(ReportSettings.MAX_NAME);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(text);
		return text;
	}

	/** The problem that prevents saving, or {@code null}. */
	private String problem() {
		for (Text name : new Text[] { consultancyName, clientName }) {
			if (name.getText().chars().anyMatch(Character::isISOControl)) {
				return Messages.Settings_badName;
			}
		}
		String fontText = font.getText().strip();
		if (!fontText.isEmpty()) {
			String lower = fontText.toLowerCase(Locale.ROOT);
			if (!lower.endsWith(".ttc") && !lower.endsWith(".ttf") && !lower.endsWith(".otf")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				return Messages.Settings_fontType;
			}
			if (!Files.isReadable(projectDirectory.resolve(ReportSettings.FOLDER).resolve(fontText))) {
				return NLS.bind(Messages.Settings_fontMissing, fontText);
			}
		}
		return null;
	}

	private void update() {
		String problem = problem();
		if (problem == null) {
			problem = consultancyLogo.problem != null ? consultancyLogo.problem : clientLogo.problem;
		}
		setErrorMessage(problem);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(problem() == null);
		}
	}

	@Override
	protected void okPressed() {
		try {
			String consultancyFile = consultancyLogo.store(false);
			String clientFile = clientLogo.store(true);
			int lang = language.getSelectionIndex();
			int tlp = audience.getSelectionIndex();
			ReportSettings settings = new ReportSettings(consultancyName.getText(), consultancyFile, clientName.getText(), clientFile,
					lang == 1 ? Locale.JAPANESE : lang == 2 ? Locale.ENGLISH : null, tlp <= 0 ? null : AUDIENCES[tlp - 1], font.getText());
			result = settings;
		} catch (IOException | RuntimeException e) {
			setErrorMessage(NLS.bind(Messages.Settings_notSaved, RensaUi.oneLine(e)));
			return;
		}
		super.okPressed();
	}

	@Override
	public boolean close() {
		consultancyLogo.dispose();
		clientLogo.dispose();
		return super.close();
	}

	/**
	 * @return the settings chosen, after OK (the chosen logos are copied into the project's
	 *         {@code settings/} folder; the caller makes the settings the project's with
	 *         {@link ReportSettings#change}), else {@code null}
	 */
	public ReportSettings result() {
		return result;
	}

	/**
	 * Picks a logo file for the test harness and the keyboard-free path: the same checks and preview as
	 * the Choose… button.
	 *
	 * @param client {@code true} for the client's logo
	 * @param file   the image, or {@code null} to remove the logo
	 * @return the problem shown, or {@code null} when the image was accepted
	 */
	public String chooseLogo(boolean client, Path file) {
		LogoField field = client ? clientLogo : consultancyLogo;
		if (file == null) {
			field.remove();
		} else {
			field.choose(file);
		}
		update();
		return field.problem;
	}

	/** A logo with its preview, Choose… and Remove buttons. */
	private final class LogoField {
		private final Label preview;
		private final Label caption;
		private final Button remove;
		private final Path existing;
		private Path chosen;
		private boolean removed;
		private Image image;
		private String problem;

		LogoField(Composite parent, Path existing) {
			this.existing = existing;
			new Label(parent, SWT.NONE).setText(Messages.Settings_logo);
			Composite box = new Composite(parent, SWT.NONE);
			GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(box);
			GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 4).applyTo(box);
			preview = new Label(box, SWT.BORDER | SWT.CENTER);
			GridDataFactory.swtDefaults().hint(PREVIEW_WIDTH + 8, PREVIEW_HEIGHT + 8).applyTo(preview);
			Composite side = new Composite(box, SWT.NONE);
			GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(side);
			GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 6).applyTo(side);
			Button choose = new Button(side, SWT.PUSH);
			choose.setText(Messages.Settings_choose);
			GridDataFactory.swtDefaults().hint(Math.max(96, choose.computeSize(SWT.DEFAULT, SWT.DEFAULT).x), SWT.DEFAULT).applyTo(choose);
			remove = new Button(side, SWT.PUSH);
			remove.setText(Messages.Settings_remove);
			GridDataFactory.swtDefaults().hint(Math.max(96, remove.computeSize(SWT.DEFAULT, SWT.DEFAULT).x), SWT.DEFAULT).applyTo(remove);
			caption = new Label(side, SWT.WRAP);
			GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(220, SWT.DEFAULT).applyTo(caption);
			choose.addListener(SWT.Selection, e -> {
				FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
				dialog.setFilterExtensions(new String[] { "*.png;*.jpg;*.jpeg;*.PNG;*.JPG;*.JPEG" }); //$NON-NLS-1$
				dialog.setFilterNames(new String[] { Messages.Settings_logoFilter });
				String file = dialog.open();
				if (file != null) {
					choose(Path.of(file));
					update();
				}
			});
			remove.addListener(SWT.Selection, e -> {
				remove();
				update();
			});
			if (existing != null) {
				String problemOfExisting = ReportSettings.imageProblem(existing);
				if (problemOfExisting == null) {
					show(existing);
				} else {
					show(null);
					caption.setText(NLS.bind(Messages.Settings_logoUnusable, existing.getFileName(), problemOfExisting));
				}
			} else {
				show(null);
			}
		}

		void choose(Path file) {
			String found = ReportSettings.imageProblem(file);
			if (found != null) {
				problem = NLS.bind(Messages.Settings_logoRejected, file.getFileName(), found);
				return;
			}
			problem = null;
			chosen = file;
			removed = false;
			show(file);
		}

		void remove() {
			problem = null;
			chosen = null;
			removed = true;
			show(null);
		}

		private void show(Path file) {
			if (image != null) {
				image.dispose();
				image = null;
			}
			if (file == null) {
				image = placeholder();
				preview.setImage(image);
				caption.setText(""); //$NON-NLS-1$
				remove.setEnabled(false);
			} else {
				image = scaled(file);
				preview.setImage(image);
				caption.setText(file.getFileName().toString());
				remove.setEnabled(true);
			}
			preview.getParent().layout(true, true);
		}

		/** "no logo", centred in a preview-sized image (a label cannot centre text vertically). */
		private Image placeholder() {
			Image result = new Image(preview.getDisplay(), PREVIEW_WIDTH, PREVIEW_HEIGHT);
			GC gc = new GC(result);
			try {
				gc.setBackground(preview.getBackground());
				gc.fillRectangle(0, 0, PREVIEW_WIDTH, PREVIEW_HEIGHT);
				gc.setForeground(preview.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
				gc.setFont(preview.getFont());
				Point size = gc.textExtent(Messages.Settings_noLogo);
				gc.drawText(Messages.Settings_noLogo, (PREVIEW_WIDTH - size.x) / 2, (PREVIEW_HEIGHT - size.y) / 2, true);
			} finally {
				gc.dispose();
			}
			return result;
		}

		private Image scaled(Path file) {
			ImageData data = new ImageData(file.toString());
			double scale = Math.min(1.0, Math.min((double) PREVIEW_WIDTH / data.width, (double) PREVIEW_HEIGHT / data.height));
			int width = Math.max(1, (int) Math.round(data.width * scale));
			int height = Math.max(1, (int) Math.round(data.height * scale));
			Image full = new Image(preview.getDisplay(), data);
			try {
				Image result = new Image(preview.getDisplay(), width, height);
				GC gc = new GC(result);
				try {
					gc.setBackground(preview.getDisplay().getSystemColor(SWT.COLOR_WHITE));
					gc.fillRectangle(0, 0, width, height);
					gc.setAntialias(SWT.ON);
					gc.setInterpolation(SWT.HIGH);
					gc.drawImage(full, 0, 0, data.width, data.height, 0, 0, width, height);
				} finally {
					gc.dispose();
				}
				return result;
			} finally {
				full.dispose();
			}
		}

		/** Copies a newly chosen logo into the project; returns the name to store, or {@code null}. */
		String store(boolean client) throws IOException {
			if (removed) {
				return null;
			}
			if (chosen != null) {
				return ReportSettings.importLogo(projectDirectory, chosen, client);
			}
			return existing == null ? null : existing.getFileName().toString();
		}

		void dispose() {
			if (image != null) {
				image.dispose();
				image = null;
			}
		}
	}
}
