// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rensa.ui.Messages;
import org.rensa.ui.RensaUi;
import org.rensa.ui.problems.ProblemsTable;
import org.rensa.ui.session.ProjectSession;
import org.rensa.ui.session.ValidationReport;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The Problems part: lists the diagnostics of the last validation (run on open, on save and by
 * Project › Validate); double-clicking a problem selects its element in the navigator and the
 * Properties part.
 */
public final class ProblemsPart {

	@Inject
	private ESelectionService selectionService;
	@Inject
	private IEventBroker eventBroker;

	private ProblemsTable table;
	private Label summary;
	private ValidationReport report;

	/**
	 * @param parent the part's composite
	 */
	@PostConstruct
	public void create(Composite parent) {
		parent.setLayout(GridLayoutFactory.fillDefaults().margins(0, 2).create());
		summary = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(summary);
		table = new ProblemsTable(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		table.onOpen(element -> {
			selectionService.setSelection(element);
			eventBroker.post(RensaUi.TOPIC_REVEAL, element);
		});
		show();
	}

	/**
	 * @param newReport the last validation result, or {@code null}
	 */
	@Inject
	public void setReport(@Optional ValidationReport newReport) {
		report = newReport;
		show();
	}

	/**
	 * @param session the open project (clears the list when it closes)
	 */
	@Inject
	public void setSession(@Optional ProjectSession session) {
		if (session == null) {
			report = null;
			show();
		}
	}

	/** Gives the list the focus. */
	@Focus
	public void setFocus() {
		table.setFocus();
	}

	private void show() {
		if (table == null || table.isDisposed()) {
			return;
		}
		table.setDiagnostic(report == null ? null : report.diagnostic());
		if (report == null) {
			summary.setText(Messages.Problems_notValidated);
		} else {
			int[] counts = table.countsBySeverity();
			summary.setText(NLS.bind(Messages.Problems_summary, new Object[] { counts[0], counts[1], counts[2] }));
		}
		summary.getParent().layout(true);
	}
}
