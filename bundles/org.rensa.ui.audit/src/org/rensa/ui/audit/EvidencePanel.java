// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.rensa.model.Evidence;
import org.rensa.model.EvidenceFile;
import org.rensa.model.RensaPackage.Literals;
import org.rensa.model.Tlp;
import org.rensa.model.text.Language;
import org.rensa.ui.session.ProjectSession;
import org.rensa.ui.session.TextCommit;

/**
 * The evidence of the selected requirement: a thumbnail of each photo, the title and files, an
 * editable caption, TLP label and expiry date (changes are undoable commands; a date that is not
 * {@code YYYY-MM-DD} turns red and changes nothing).
 */
public final class EvidencePanel extends Composite {

	private static final int THUMBNAIL = 96;

	/** The key of a caption field's data: the caption feature it edits ({@code caption} or {@code captionJa}). */
	public static final String CAPTION_FEATURE = "rensa.captionFeature"; //$NON-NLS-1$

	private final ProjectSession session;
	private final ScrolledComposite scroller;
	private final Composite content;
	private final List<Image> images = new ArrayList<>();
	private final List<Text> captions = new ArrayList<>();
	private VerificationRow row;

	/**
	 * @param parent  the parent
	 * @param session the open project
	 */
	public EvidencePanel(Composite parent, ProjectSession session) {
		super(parent, SWT.NONE);
		this.session = session;
		setLayout(new GridLayout(1, false));
		Label title = new Label(this, SWT.NONE);
		title.setText(Messages.Evidence_title);
		scroller = new ScrolledComposite(this, SWT.V_SCROLL | SWT.BORDER);
		scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		content = new Composite(scroller, SWT.NONE);
		// one column: thumbnail, then each field under its label, so that a narrow panel cuts nothing off
		content.setLayout(new GridLayout(1, false));
		scroller.setContent(content);
		scroller.addListener(SWT.Resize, e -> fitContent());
		addDisposeListener(e -> disposeImages());
		show(null);
	}

	/** @param newRow the row whose evidence to show, or {@code null} */
	public void show(VerificationRow newRow) {
		this.row = newRow;
		for (Control child : content.getChildren()) {
			child.dispose();
		}
		disposeImages();
		captions.clear();
		List<Evidence> evidence = newRow == null || newRow.response() == null ? List.of() : List.copyOf(newRow.response().getEvidence());
		if (evidence.isEmpty()) {
			Label none = new Label(content, SWT.WRAP);
			none.setText(Messages.Evidence_none);
			none.setLayoutData(narrow());
		}
		for (Evidence item : evidence) {
			Label thumbnail = new Label(content, SWT.BORDER);
			GridData thumbData = new GridData(SWT.BEGINNING, SWT.TOP, false, false);
			thumbData.widthHint = THUMBNAIL;
			thumbData.heightHint = THUMBNAIL;
			thumbnail.setLayoutData(thumbData);
			Image image = thumbnail(item);
			if (image != null) {
				thumbnail.setImage(image);
			} else {
				thumbnail.setText(item.getFiles().isEmpty() ? "" : String.valueOf(item.getFiles().get(0).getMediaType()));
			}
			Composite fields = new Composite(content, SWT.NONE);
			GridLayout fieldsLayout = new GridLayout(1, false);
			fieldsLayout.marginWidth = 0;
			fields.setLayout(fieldsLayout);
			fields.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			Label name = new Label(fields, SWT.WRAP);
			StringBuilder files = new StringBuilder();
			for (EvidenceFile file : item.getFiles()) {
				files.append(files.length() == 0 ? "" : ", ").append(file.getOriginalName());
			}
			name.setText(Objects.toString(item.getTitle(), "") + (files.length() == 0 ? "" : "  (" + files + ")"));
			name.setLayoutData(narrow());
			// the caption in both languages, one above the other, the workbench language's first
			for (EAttribute feature : Language.ui().sideBySide(Literals.EVIDENCE__CAPTION)) {
				new Label(fields, SWT.NONE)
						.setText(Language.isJapaneseFeature(feature) ? Messages.Evidence_captionJa : Messages.Evidence_captionEn);
				Text caption = new Text(fields, SWT.BORDER);
				caption.setText(Objects.toString(item.eGet(feature), "")); //$NON-NLS-1$
				caption.setLayoutData(narrow());
				caption.setData(CAPTION_FEATURE, feature);
				TextCommit.bind(session, caption, typed -> {
					set(item, feature, typed.isBlank() ? null : typed);
					return true;
				});
				captions.add(caption);
			}
			new Label(fields, SWT.NONE).setText(Messages.Evidence_tlp);
			Combo tlp = new Combo(fields, SWT.READ_ONLY);
			for (Tlp value : Tlp.VALUES) {
				tlp.add(value.getName().replace('_', '+'));
			}
			tlp.select(item.getTlp().ordinal());
			tlp.setLayoutData(narrow());
			tlp.addListener(SWT.Selection, e -> set(item, Literals.EVIDENCE__TLP, Tlp.VALUES.get(tlp.getSelectionIndex())));
			new Label(fields, SWT.NONE).setText(Messages.Evidence_expires);
			Text expires = new Text(fields, SWT.BORDER);
			expires.setMessage("YYYY-MM-DD");
			expires.setText(item.getExpiresOn() == null ? "" : item.getExpiresOn().toString());
			expires.setLayoutData(narrow());
			TextCommit.bind(session, expires, typed -> {
				String text = typed.strip();
				try {
					set(item, Literals.EVIDENCE__EXPIRES_ON, text.isEmpty() ? null : java.time.LocalDate.parse(text));
					expires.setToolTipText(null);
					expires.setForeground(null);
					return true;
				} catch (java.time.format.DateTimeParseException ex) {
					expires.setToolTipText(Messages.Evidence_badDate);
					expires.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
					return false;
				}
			});
		}
		fitContent();
	}

	/** Lays the content out at the panel's width; taller content scrolls. */
	private void fitContent() {
		int width = Math.max(120, scroller.getClientArea().width);
		scroller.setMinSize(content.computeSize(width, SWT.DEFAULT));
		content.layout(true, true);
	}

	/**
	 * @return the caption fields shown, two per evidence item (the workbench language's first); each
	 *         holds its feature as data {@link #CAPTION_FEATURE}
	 */
	public List<Text> captions() {
		return List.copyOf(captions);
	}

	/** @return the row shown, or {@code null} */
	public VerificationRow row() {
		return row;
	}

	/** @return layout data filling the panel's width without asking for the text's width (nothing is cut off) */
	private static GridData narrow() {
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 60;
		return data;
	}

	private void set(Evidence item, org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
		if (Objects.equals(item.eGet(feature), value)) {
			return;
		}
		var command = SetCommand.create(session.editingDomain(), item, feature, value);
		if (command.canExecute()) {
			session.editingDomain().getCommandStack().execute(command);
		}
	}

	private Image thumbnail(Evidence item) {
		for (EvidenceFile file : item.getFiles()) {
			String type = String.valueOf(file.getMediaType());
			if (!type.equals("image/jpeg") && !type.equals("image/png") && !type.equals("image/gif")) {
				continue;
			}
			Path location = session.document().getEvidenceStore().resolve(file);
			if (location == null || !Files.isRegularFile(location)) {
				continue;
			}
			try (InputStream in = Files.newInputStream(location)) {
				ImageData data = new ImageData(in);
				double scale = Math.min((double) THUMBNAIL / data.width, (double) THUMBNAIL / data.height);
				ImageData scaled = data.scaledTo(Math.max(1, (int) (data.width * scale)), Math.max(1, (int) (data.height * scale)));
				Image image = new Image(getDisplay(), scaled);
				images.add(image);
				return image;
			} catch (java.io.IOException | org.eclipse.swt.SWTException e) {
				return null;
			}
		}
		return null;
	}

	private void disposeImages() {
		images.forEach(Image::dispose);
		images.clear();
	}
}
