// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
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
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rensa.model.Organization;
import org.rensa.ui.Messages;
import org.rensa.ui.RensaUi;
import org.rensa.ui.edit.ElementMenu;
import org.rensa.ui.editor.OrganizationEditors;
import org.rensa.ui.problems.ProblemsTable;
import org.rensa.ui.session.ProjectSession;
import org.rensa.ui.session.ValidationReport;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The Problems part: lists the diagnostics of the last validation (run on open, on save and by
 * Project › Validate), with the rule code and a severity filter; double-clicking a problem selects
 * its element in the navigator and the Properties part and opens the editor that edits it, at the
 * element (organisations here, other elements through {@link RensaUi#TOPIC_OPEN}: an assessment's
 * response or finding in the assessment editor at its requirement, a clause in its contract).
 */
public final class ProblemsPart {

	@Inject
	private ESelectionService selectionService;
	@Inject
	private IEventBroker eventBroker;

	@Inject
	private MApplication application;
	@Inject
	private EModelService modelService;
	@Inject
	private EPartService partService;

	/** The severities of the filter's choices: all, errors, warnings, infos. */
	private static final int[] FILTERS = { Diagnostic.OK, Diagnostic.ERROR, Diagnostic.WARNING, Diagnostic.INFO };

	private ProblemsTable table;
	private ProjectSession session;
	private Label summary;
	private ValidationReport report;

	/**
	 * @param parent the part's composite
	 */
	@PostConstruct
	public void create(Composite parent) {
		parent.setLayout(GridLayoutFactory.fillDefaults().numColumns(3).margins(0, 2).create());
		summary = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).indent(4, 0).applyTo(summary);
		new Label(parent, SWT.NONE).setText(Messages.Problems_show);
		Combo severity = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		severity.setItems(Messages.Problems_all, Messages.Problems_errors, Messages.Problems_warnings, Messages.Problems_infos);
		severity.select(0);
		table = new ProblemsTable(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(table);
		severity.addListener(SWT.Selection, e -> table.setSeverityFilter(FILTERS[Math.max(0, severity.getSelectionIndex())]));
		Consumer<EObject> open = element -> {
			selectionService.setSelection(element);
			eventBroker.post(RensaUi.TOPIC_REVEAL, element);
			if (element instanceof Organization organization) {
				OrganizationEditors.open(organization, session, application, modelService, partService);
			} else {
				eventBroker.post(RensaUi.TOPIC_OPEN, element);
			}
		};
		table.onOpen(open);
		new ElementMenu(table.getViewer().getControl(), () -> session, table::selectedElement).onOpen(open)
				.onCreated(created -> eventBroker.post(RensaUi.TOPIC_REVEAL, created));
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
		this.session = session;
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
