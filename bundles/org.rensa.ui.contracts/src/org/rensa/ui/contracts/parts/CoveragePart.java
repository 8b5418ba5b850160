// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.contracts.parts;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.rensa.core.analysis.ChainReport.CoverageCell;
import org.rensa.core.analysis.ChainReport.CoverageState;
import org.rensa.core.analysis.ProjectAnalysis;
import org.rensa.model.ClauseCategory;
import org.rensa.model.Organization;
import org.rensa.ui.contracts.ChainFixes;
import org.rensa.ui.contracts.CoverageTable;
import org.rensa.ui.edit.ElementMenu;
import org.rensa.ui.editor.OrganizationEditors;
import org.rensa.ui.session.ProjectSession;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Coverage part: the clause coverage matrix of the open project, recomputed after every change.
 * Double-clicking a present clause opens its contract; a missing one is added from the library.
 */
public final class CoveragePart {

	@Inject
	private MApplication application;
	@Inject
	private EModelService modelService;
	@Inject
	private EPartService partService;
	@Inject
	private UISynchronize sync;

	private CoverageTable table;
	private final SessionFollower follower = new SessionFollower(this::refresh, () -> sync);

	/** @param parent the part's composite */
	@PostConstruct
	public void create(Composite parent) {
		parent.setLayout(new FillLayout());
		table = new CoverageTable(parent, SWT.NONE);
		table.onOpen(this::open);
		new ElementMenu(table.getViewer().getControl(), this::session, table::selectedOrganization)
				.onOpen(element -> OrganizationEditors.open((Organization) element, session(), application, modelService, partService));
		refresh();
	}

	/** @param newSession the open project, or {@code null} */
	@Inject
	public void setSession(@Optional ProjectSession newSession) {
		follower.follow(newSession);
	}

	private void open(org.rensa.core.analysis.ChainReport.CoverageRow row, CoverageCell cell) {
		if (session() == null) {
			return;
		}
		if (cell.state() == CoverageState.PRESENT && cell.contract() != null) {
			ContractEditorPart.open(cell.contract(), session(), application, modelService, partService);
		} else if (cell.state() == CoverageState.MISSING) {
			ClauseCategory category = cell.category();
			session().commandStack().execute(ChainFixes.addClauses(session().editingDomain(), session().project(), cell.contract(),
					cell.relationship(), java.util.List.of(category)));
		}
	}

	private void refresh() {
		if (table != null && !table.isDisposed()) {
			table.setReport(session() == null ? null : ProjectAnalysis.chainReport(session().document()));
		}
	}

	private ProjectSession session() {
		return follower.session();
	}

	/** Gives the matrix the focus. */
	@Focus
	public void setFocus() {
		table.getViewer().getControl().setFocus();
	}

	/** Stops listening to the project. */
	@PreDestroy
	public void dispose() {
		follower.stop();
	}
}
