// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.rensa.core.validation.DiagnosticMessages;
import org.rensa.model.provider.custom.RensaLabelledItemProviderAdapterFactory;
import org.rensa.model.text.Language;
import org.rensa.ui.Messages;
import org.rensa.ui.emf.ItemLabelProviderBridge;

/**
 * A table of validation problems: the leaf diagnostics of an EMF {@link Diagnostic}, with a
 * severity icon and the rule code, the message and the element the problem is about, both in the UI
 * language (the element with its EMF.Edit icon); filtered by severity on request.
 */
public final class ProblemsTable extends Composite {

	private final TableViewer viewer;
	private final ComposedAdapterFactory labelsFactory = new ComposedAdapterFactory(
			List.of(new RensaLabelledItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory()));
	private List<Diagnostic> all = List.of();
	private List<Diagnostic> problems = List.of();
	private int severityFilter = Diagnostic.OK;
	private Consumer<EObject> openCallback = element -> { };

	/**
	 * @param parent the parent composite
	 * @param style  SWT style bits of this composite
	 */
	public ProblemsTable(Composite parent, int style) {
		super(parent, style);
		TableColumnLayout columns = new TableColumnLayout();
		setLayout(columns);
		viewer = new TableViewer(this, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ItemLabelProviderBridge elementLabels = new ItemLabelProviderBridge(labelsFactory, viewer.getControl());

		TableViewerColumn code = new TableViewerColumn(viewer, SWT.NONE);
		code.getColumn().setText(Messages.Problems_code);
		code.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return DiagnosticMessages.ruleCode((Diagnostic) element);
			}

			@Override
			public Image getImage(Object element) {
				return severityImage(((Diagnostic) element).getSeverity());
			}
		});
		columns.setColumnData(code.getColumn(), new ColumnWeightData(0, 80, true));

		TableViewerColumn message = new TableViewerColumn(viewer, SWT.NONE);
		message.getColumn().setText(Messages.Problems_message);
		message.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return DiagnosticMessages.render((Diagnostic) element, Language.ui());
			}
		});
		columns.setColumnData(message.getColumn(), new ColumnWeightData(65, 200));

		TableViewerColumn subject = new TableViewerColumn(viewer, SWT.NONE);
		subject.getColumn().setText(Messages.Problems_element);
		subject.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				EObject target = elementOf((Diagnostic) element);
				return target == null ? "" : Language.ui().qualifiedInContext(target); //$NON-NLS-1$
			}

			@Override
			public Image getImage(Object element) {
				EObject target = elementOf((Diagnostic) element);
				return target == null ? null : elementLabels.getImage(target);
			}
		});
		columns.setColumnData(subject.getColumn(), new ColumnWeightData(35, 120));

		viewer.addDoubleClickListener(event -> {
			Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
			EObject target = selected == null ? null : elementOf((Diagnostic) selected);
			if (target != null) {
				openCallback.accept(target);
			}
		});
		addDisposeListener(event -> labelsFactory.dispose());
	}

	/** @return the element of the selected problem, or {@code null} */
	public EObject selectedElement() {
		Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return selected instanceof Diagnostic diagnostic ? elementOf(diagnostic) : null;
	}

	/**
	 * @param diagnostic a validation result, or {@code null} to show nothing
	 */
	public void setDiagnostic(Diagnostic diagnostic) {
		List<Diagnostic> leaves = new ArrayList<>();
		if (diagnostic != null) {
			collectLeaves(diagnostic, leaves);
		}
		leaves.sort((a, b) -> Integer.compare(b.getSeverity(), a.getSeverity()));
		all = List.copyOf(leaves);
		applyFilter();
	}

	/**
	 * Shows only the problems of one severity.
	 *
	 * @param severity {@link Diagnostic#ERROR}, {@link Diagnostic#WARNING} or {@link Diagnostic#INFO}, or
	 *                 {@link Diagnostic#OK} for all
	 */
	public void setSeverityFilter(int severity) {
		severityFilter = severity;
		applyFilter();
	}

	/** @return the severity shown, {@link Diagnostic#OK} for all */
	public int severityFilter() {
		return severityFilter;
	}

	private void applyFilter() {
		problems = all.stream().filter(problem -> severityFilter == Diagnostic.OK || classOf(problem.getSeverity()) == severityFilter)
				.toList();
		viewer.setInput(problems.toArray());
	}

	/** @return errors (cancel included), warnings and infos, each as its severity */
	private static int classOf(int severity) {
		return severity >= Diagnostic.ERROR ? Diagnostic.ERROR : severity == Diagnostic.WARNING ? Diagnostic.WARNING : Diagnostic.INFO;
	}

	/** @return the problems shown (after the severity filter), most severe first */
	public List<Diagnostic> problems() {
		return problems;
	}

	/** @return the numbers of errors, warnings and infos of the validation, whatever the filter */
	public int[] countsBySeverity() {
		int[] counts = new int[3];
		for (Diagnostic problem : all) {
			if (problem.getSeverity() >= Diagnostic.ERROR) {
				counts[0]++;
			} else if (problem.getSeverity() == Diagnostic.WARNING) {
				counts[1]++;
			} else {
				counts[2]++;
			}
		}
		return counts;
	}

	/** @param callback receives the element of a double-clicked problem */
	public void onOpen(Consumer<EObject> callback) {
		this.openCallback = callback;
	}

	/** @return the JFace table viewer */
	public TableViewer getViewer() {
		return viewer;
	}

	@Override
	public boolean setFocus() {
		return viewer.getControl().setFocus();
	}

	/**
	 * @param diagnostic a diagnostic
	 * @return the first model element in the diagnostic's data, or {@code null}
	 */
	public static EObject elementOf(Diagnostic diagnostic) {
		for (Object data : diagnostic.getData()) {
			if (data instanceof EObject object) {
				return object;
			}
		}
		return null;
	}

	private static void collectLeaves(Diagnostic diagnostic, List<Diagnostic> leaves) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() != Diagnostic.OK) {
				leaves.add(diagnostic);
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collectLeaves(child, leaves);
		}
	}

	private static Image severityImage(int severity) {
		String key = severity >= Diagnostic.ERROR ? Dialog.DLG_IMG_MESSAGE_ERROR
				: severity == Diagnostic.WARNING ? Dialog.DLG_IMG_MESSAGE_WARNING : Dialog.DLG_IMG_MESSAGE_INFO;
		return JFaceResources.getImage(key);
	}
}
