// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.rensa.model.text.Language;
import org.rensa.ui.emf.FeatureCell;
import org.rensa.ui.emf.FeatureCells;
import org.rensa.ui.emf.FeatureField;
import org.rensa.ui.session.ProjectSession;

/**
 * A form editing one model element by sections of features. The English and Japanese features of
 * a bilingual pair ({@code cause} and {@code causeJa}) stand side by side on one line, the UI
 * language's first ({@link Language#sideBySide}), so that both languages are written and compared
 * together; other features fill the lines two by two.
 * Every change runs as an undoable command of the project session; the form follows the command
 * stack.
 */
public final class ElementForm extends Composite {

	/**
	 * One titled group of the form.
	 *
	 * @param title    the group's title
	 * @param features the features in order; a feature followed by its {@code …Ja} partner makes a pair
	 */
	public record Section(String title, List<EStructuralFeature> features) {
	}

	private static final int MULTI_LINE_ROWS = 4;

	private final ProjectSession session;
	private final EObject element;
	private final Label heading;
	private final List<FeatureField> fields = new ArrayList<>();
	private final Runnable sessionListener = this::refresh;

	/**
	 * @param parent   the parent composite
	 * @param session  the open project
	 * @param element  the element to edit, contained in the session's project
	 * @param sections the form's groups, in order
	 */
	public ElementForm(Composite parent, ProjectSession session, EObject element, List<Section> sections) {
		super(parent, SWT.NONE);
		this.session = session;
		this.element = element;
		setLayout(GridLayoutFactory.fillDefaults().create());
		ScrolledComposite scroller = new ScrolledComposite(this, SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
		Composite body = new Composite(scroller, SWT.NONE);
		body.setLayout(GridLayoutFactory.swtDefaults().margins(10, 10).spacing(12, 10).create());
		heading = new Label(body, SWT.NONE);
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), heading);
		heading.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getHeaderFont())));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		for (Section section : sections) {
			Group group = new Group(body, SWT.NONE);
			group.setText(section.title());
			group.setLayout(GridLayoutFactory.swtDefaults().numColumns(4).equalWidth(false).spacing(10, 6).create());
			GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
			fill(group, section.features());
		}
		scroller.setContent(body);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.addListener(SWT.Resize, event -> scroller.setMinSize(body.computeSize(scroller.getClientArea().width, SWT.DEFAULT)));
		session.addChangeListener(sessionListener);
		addDisposeListener(event -> session.removeChangeListener(sessionListener));
		refresh();
	}

	/** @return the edited element */
	public EObject element() {
		return element;
	}

	/** @return the fields in form order (a pair's English field before its Japanese one) */
	public List<FeatureField> fields() {
		return List.copyOf(fields);
	}

	/**
	 * @param feature a feature of the form
	 * @return its field, or {@code null} when the form does not show it
	 */
	public FeatureField field(EStructuralFeature feature) {
		return fields.stream().filter(f -> f.cell().feature() == feature).findFirst().orElse(null);
	}

	private void fill(Group group, List<EStructuralFeature> features) {
		int column = 0;
		for (int i = 0; i < features.size(); i++) {
			EStructuralFeature feature = features.get(i);
			EStructuralFeature next = i + 1 < features.size() ? features.get(i + 1) : null;
			FeatureCell cell = FeatureCells.of(session.adapterFactory(), element, feature);
			boolean multiLine = cell != null && cell.descriptor().isMultiLine(element);
			if (next != null && isPair(feature, next)) {
				column = endLine(group, column);
				// the UI language's field first, as in the Properties view
				for (EAttribute side : Language.ui().sideBySide((EAttribute) feature)) {
					add(group, FeatureCells.of(session.adapterFactory(), element, side), 1);
				}
				i++;
				continue;
			}
			if (multiLine) {
				column = endLine(group, column);
			}
			add(group, cell, multiLine ? 3 : 1);
			column = multiLine ? 0 : (column + 2) % 4;
		}
		endLine(group, column);
	}

	/** Whether {@code next} is the Japanese partner of {@code feature} (the language layer's pairing). */
	private static boolean isPair(EStructuralFeature feature, EStructuralFeature next) {
		if (!(feature instanceof EAttribute english) || Language.isJapaneseFeature(english)) {
			return false;
		}
		List<EAttribute> pair = Language.ENGLISH.sideBySide(english);
		return pair.size() == 2 && pair.get(1) == next;
	}

	private static int endLine(Group group, int column) {
		if (column != 0) {
			Label filler = new Label(group, SWT.NONE);
			GridDataFactory.swtDefaults().span(4 - column, 1).applyTo(filler);
		}
		return 0;
	}

	private void add(Group group, FeatureCell cell, int controlSpan) {
		if (cell == null) {
			new Label(group, SWT.NONE);
			GridDataFactory.swtDefaults().span(controlSpan, 1).applyTo(new Label(group, SWT.NONE));
			return;
		}
		FeatureField field = new FeatureField(group, cell, session);
		int height = field.control() instanceof Text text && (text.getStyle() & SWT.MULTI) != 0
				? text.getLineHeight() * MULTI_LINE_ROWS
				: SWT.DEFAULT;
		GridDataFactory.fillDefaults().grab(true, false).span(controlSpan, 1).hint(220, height).applyTo(field.control());
		fields.add(field);
	}

	private void refresh() {
		if (isDisposed()) {
			return;
		}
		heading.setText(Language.ui().label(element));
		fields.forEach(FeatureField::refresh);
	}
}
