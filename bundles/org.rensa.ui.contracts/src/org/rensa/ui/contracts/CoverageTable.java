// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rensa.core.analysis.ChainReport;
import org.rensa.core.analysis.ChainReport.CoverageCell;
import org.rensa.core.analysis.ChainReport.CoverageRow;
import org.rensa.model.ClauseCategory;
import org.rensa.model.InformationClass;
import org.rensa.model.text.Language;

/**
 * The coverage matrix: one row per organisation other than the buyer, one column per clause
 * category, filterable by tier and information class. Double-clicking a category cell reports the
 * cell to the {@link #onOpen(BiConsumer) open handler}.
 */
public final class CoverageTable extends Composite {

	private final Combo tierFilter;
	private final Combo classFilter;
	private final Label summary;
	private final TableViewer viewer;
	private final Color missing;
	private final Color present;
	private ChainReport report;
	private final List<Integer> tiers = new ArrayList<>();
	private BiConsumer<CoverageRow, CoverageCell> openHandler = (row, cell) -> {
	};

	/**
	 * @param parent the parent
	 * @param style  SWT style bits
	 */
	public CoverageTable(Composite parent, int style) {
		super(parent, style);
		setLayout(GridLayoutFactory.fillDefaults().numColumns(3).margins(2, 2).create());
		tierFilter = new Combo(this, SWT.READ_ONLY);
		classFilter = new Combo(this, SWT.READ_ONLY);
		classFilter.add(Messages.Coverage_allClasses);
		for (InformationClass c : InformationClass.VALUES) {
			classFilter.add(Language.ui().label(c));
		}
		classFilter.select(0);
		summary = new Label(this, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(summary);
		viewer = new TableViewer(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(viewer.getControl());
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setToolTipText(Messages.Coverage_hint);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		missing = new Color(getDisplay(), new RGB(250, 212, 212));
		present = new Color(getDisplay(), new RGB(214, 240, 214));
		addDisposeListener(e -> {
			missing.dispose();
			present.dispose();
		});
		column(Messages.Coverage_organization, 220, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return Language.ui().label(((CoverageRow) element).organization());
			}
		});
		column(Messages.Coverage_tier, 50, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				int tier = ((CoverageRow) element).tier();
				return tier < 0 ? Messages.Coverage_unreached : Integer.toString(tier);
			}
		});
		for (ClauseCategory category : ClauseCategory.VALUES) {
			TableViewerColumn column = column(Language.ui().label(category), 90, new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return switch (((CoverageRow) element).cell(category).state()) {
					case PRESENT -> Messages.Coverage_present;
					case MISSING -> Messages.Coverage_missing;
					case NOT_REQUIRED -> Messages.Coverage_notRequired;
					};
				}

				@Override
				public Color getBackground(Object element) {
					return switch (((CoverageRow) element).cell(category).state()) {
					case PRESENT -> present;
					case MISSING -> missing;
					case NOT_REQUIRED -> null;
					};
				}
			});
			column.getColumn().setToolTipText(category.getName());
		}
		tierFilter.addListener(SWT.Selection, e -> refresh());
		classFilter.addListener(SWT.Selection, e -> refresh());
		viewer.getTable().addListener(SWT.MouseDoubleClick, e -> {
			ViewerCell cell = viewer.getCell(new Point(e.x, e.y));
			if (cell != null && cell.getColumnIndex() >= 2 && cell.getElement() instanceof CoverageRow row) {
				openHandler.accept(row, row.cells().get(cell.getColumnIndex() - 2));
			}
		});
		setReport(null);
	}

	private TableViewerColumn column(String title, int width, ColumnLabelProvider provider) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(provider);
		return column;
	}

	/** @return the organisation of the selected row, or {@code null} */
	public org.rensa.model.Organization selectedOrganization() {
		Object selected = viewer.getStructuredSelection().getFirstElement();
		return selected instanceof CoverageRow row ? row.organization() : null;
	}

	/** @param handler called with the row and cell the user double-clicked */
	public void onOpen(BiConsumer<CoverageRow, CoverageCell> handler) {
		this.openHandler = handler;
	}

	/** @param newReport the analysis to show, or {@code null} */
	public void setReport(ChainReport newReport) {
		this.report = newReport;
		String selectedTier = tierFilter.getSelectionIndex() > 0 ? tierFilter.getText() : null;
		tierFilter.removeAll();
		tierFilter.add(Messages.Coverage_allTiers);
		tiers.clear();
		tiers.add(null);
		if (newReport != null) {
			newReport.visibility().forEach(v -> {
				tiers.add(v.tier());
				tierFilter.add(v.tier() < 0 ? Messages.Coverage_unreached : Messages.Coverage_tier + " " + v.tier()); //$NON-NLS-1$
			});
		}
		int index = selectedTier == null ? 0 : java.util.Arrays.asList(tierFilter.getItems()).indexOf(selectedTier);
		tierFilter.select(Math.max(0, index));
		refresh();
	}

	private void refresh() {
		if (report == null) {
			viewer.setInput(List.of());
			summary.setText(Messages.Coverage_noProject);
			return;
		}
		Integer tier = tiers.get(Math.max(0, tierFilter.getSelectionIndex()));
		InformationClass informationClass = classFilter.getSelectionIndex() <= 0 ? null
				: InformationClass.VALUES.get(classFilter.getSelectionIndex() - 1);
		List<CoverageRow> rows = report.coverage(tier, informationClass);
		viewer.setInput(rows);
		int missingCount = rows.stream().mapToInt(CoverageRow::missingCount).sum();
		summary.setText(NLS.bind(Messages.Coverage_summary, rows.size(), missingCount));
		layout(true);
	}

	/** @return the rows shown */
	public List<CoverageRow> rows() {
		Object input = viewer.getInput();
		@SuppressWarnings("unchecked")
		List<CoverageRow> rows = input instanceof List<?> list ? (List<CoverageRow>) list : List.of();
		return rows;
	}

	/** @return the table viewer */
	public TableViewer getViewer() {
		return viewer;
	}

	/** @param index 0 = all tiers, then the tiers of the report */
	public void selectTierFilter(int index) {
		tierFilter.select(index);
		refresh();
	}
}
