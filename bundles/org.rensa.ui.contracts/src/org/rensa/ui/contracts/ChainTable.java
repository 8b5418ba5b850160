// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rensa.core.analysis.ChainMessages;
import org.rensa.core.analysis.ChainReport;
import org.rensa.core.analysis.ChainReport.FlowDownBreak;
import org.rensa.core.analysis.ChainReport.OversightProblem;
import org.rensa.core.analysis.ChainReport.ProblemKind;
import org.rensa.model.AuditProject;
import org.rensa.model.text.Language;

/**
 * The flow-down breaks and oversight problems of the open project, with quick fixes: add the
 * missing clauses from the library, mark a subcontractor approved, plan an assessment.
 */
public final class ChainTable extends Composite {

	private final Label summary;
	private final TableViewer viewer;
	private final Button addClauses;
	private final Button approve;
	private final Button plan;
	private EditingDomain domain;
	private AuditProject project;
	private Consumer<EObject> revealHandler = element -> {
	};
	private Consumer<org.rensa.model.Contract> contractHandler = contract -> {
	};

	/**
	 * @param parent the parent
	 * @param style  SWT style bits
	 */
	public ChainTable(Composite parent, int style) {
		super(parent, style);
		setLayout(GridLayoutFactory.fillDefaults().numColumns(4).margins(2, 2).create());
		summary = new Label(this, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(summary);
		addClauses = button(Messages.Chain_addClauses);
		approve = button(Messages.Chain_approve);
		plan = button(Messages.Chain_planAssessment);
		viewer = new TableViewer(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(viewer.getControl());
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TableViewerColumn kind = new TableViewerColumn(viewer, SWT.NONE);
		kind.getColumn().setText(Messages.Chain_kind);
		kind.getColumn().setWidth(210);
		kind.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return (element instanceof OversightProblem p ? ChainMessages.kind(p.kind()) : ChainMessages.flowDownBreak())
						.render(Language.ui());
			}
		});
		TableViewerColumn description = new TableViewerColumn(viewer, SWT.NONE);
		description.getColumn().setText(Messages.Chain_description);
		description.getColumn().setWidth(1100);
		description.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return (element instanceof OversightProblem p ? ChainMessages.describe(p)
						: ChainMessages.describe((FlowDownBreak) element)).render(Language.ui());
			}
		});
		viewer.addSelectionChangedListener(e -> updateButtons());
		viewer.addDoubleClickListener(e -> {
			Object selected = selected();
			if (selected instanceof FlowDownBreak b && b.contract() != null) {
				contractHandler.accept(b.contract());
			} else if (selected instanceof FlowDownBreak b) {
				revealHandler.accept(b.link());
			} else if (selected instanceof OversightProblem p) {
				revealHandler.accept(p.relationship() != null ? p.relationship() : p.organization());
			}
		});
		addClauses.addListener(SWT.Selection, e -> {
			if (selected() instanceof FlowDownBreak b) {
				execute(ChainFixes.repair(domain, project, b));
			}
		});
		approve.addListener(SWT.Selection, e -> {
			if (selected() instanceof OversightProblem p && p.relationship() != null) {
				execute(ChainFixes.approve(domain, p.relationship()));
			}
		});
		plan.addListener(SWT.Selection, e -> {
			Object selected = selected();
			if (selected instanceof OversightProblem p) {
				execute(ChainFixes.planAssessment(domain, project, p.organization()));
			} else if (selected instanceof FlowDownBreak b) {
				execute(ChainFixes.planAssessment(domain, project, b.link().getTo()));
			}
		});
		setReport(null, null, null);
	}

	private Button button(String text) {
		Button button = new Button(this, SWT.PUSH);
		button.setText(text);
		return button;
	}

	/**
	 * @return the model element of the selected line: the contract of a flow-down break (else its
	 *         link), the relationship of an oversight problem (else its organisation), or {@code null}
	 */
	public EObject selectedElement() {
		Object selected = selected();
		if (selected instanceof FlowDownBreak b) {
			return b.contract() != null ? b.contract() : b.link();
		}
		if (selected instanceof OversightProblem p) {
			return p.relationship() != null ? p.relationship() : p.organization();
		}
		return null;
	}

	private Object selected() {
		return ((IStructuredSelection) viewer.getSelection()).getFirstElement();
	}

	private void execute(Command command) {
		if (domain != null && command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	private void updateButtons() {
		Object selected = selected();
		addClauses.setEnabled(selected instanceof FlowDownBreak && domain != null);
		approve.setEnabled(selected instanceof OversightProblem p && domain != null
				&& (p.kind() == ProblemKind.UNDECLARED_SUBCONTRACTOR || p.kind() == ProblemKind.UNAPPROVED_SUBCONTRACTOR));
		plan.setEnabled(selected != null && domain != null);
	}

	/**
	 * @param report        the analysis, or {@code null}
	 * @param editingDomain the editing domain fixes are executed in
	 * @param auditProject  the project
	 */
	public void setReport(ChainReport report, EditingDomain editingDomain, AuditProject auditProject) {
		this.domain = editingDomain;
		this.project = auditProject;
		List<Object> items = new ArrayList<>();
		if (report != null) {
			items.addAll(report.breaks());
			items.addAll(report.problems());
			summary.setText(NLS.bind(Messages.Chain_summary, report.breaks().size(), report.problems().size()));
		} else {
			summary.setText(Messages.Coverage_noProject);
		}
		viewer.setInput(items);
		updateButtons();
		layout(true);
	}

	/** @param handler called with the element to reveal on double-click */
	public void onReveal(Consumer<EObject> handler) {
		this.revealHandler = handler;
	}

	/** @param handler called with the broken link's contract on double-click of a flow-down break */
	public void onOpenContract(Consumer<org.rensa.model.Contract> handler) {
		this.contractHandler = handler;
	}

	/** @return the table viewer */
	public TableViewer getViewer() {
		return viewer;
	}

	/** @return the quick-fix buttons: add clauses, approve, plan assessment */
	public List<Button> fixButtons() {
		return List.of(addClauses, approve, plan);
	}
}
