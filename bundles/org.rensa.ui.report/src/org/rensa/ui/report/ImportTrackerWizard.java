// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.rensa.model.Finding;
import org.rensa.model.Organization;
import org.rensa.model.text.Language;
import org.rensa.questionnaire.CellProblem;
import org.rensa.questionnaire.QuestionnaireFormatException;
import org.rensa.report.tracker.TrackerChange;
import org.rensa.report.tracker.TrackerImporter;
import org.rensa.ui.RensaUi;
import org.rensa.ui.session.ProjectSession;

/**
 * Project › Import Remediation Tracker…: one page with the returned workbook and the supplier it must
 * be from; the file is read at once through {@link TrackerImporter} (hostile-workbook guard, sealed
 * id sheet) and every change is listed (action or finding, what, now, in the tracker), or the reason
 * it is refused, or every unreadable cell. Finish applies the changes as one command on the project's
 * command stack (Edit › Undo reverts them all).
 */
public final class ImportTrackerWizard extends Wizard {

	private final ProjectSession session;
	private final Organization preselected;
	private TrackerPage page;

	/**
	 * @param session     the open project
	 * @param preselected the supplier selected in the workbench, or {@code null}
	 */
	public ImportTrackerWizard(ProjectSession session, Organization preselected) {
		this.session = session;
		this.preselected = preselected;
		setWindowTitle(Messages.Tracker_title);
	}

	@Override
	public void addPages() {
		page = new TrackerPage();
		addPage(page);
	}

	@Override
	public boolean canFinish() {
		return page.result != null && page.result.problems().isEmpty() && !page.result.changes().isEmpty();
	}

	@Override
	public boolean performFinish() {
		Command command = page.result.command(session.editingDomain());
		session.commandStack().execute(command);
		return true;
	}

	/** @return the result of the last read, {@code null} when none or refused (for tests) */
	public TrackerImporter.Result result() {
		return page == null ? null : page.result;
	}

	/** @return the page (for tests) */
	TrackerPage page() {
		return page;
	}

	/** The only page: file, supplier, changes. */
	final class TrackerPage extends WizardPage {

		Text file;
		Combo supplier;
		Table changes;
		TrackerImporter.Result result;
		private final List<Organization> suppliers = new ArrayList<>();

		TrackerPage() {
			super("tracker"); //$NON-NLS-1$
			setTitle(Messages.Tracker_title);
			setMessage(Messages.Tracker_message);
		}

		@Override
		public void createControl(Composite parent) {
			Composite form = new Composite(parent, SWT.NONE);
			form.setLayout(new GridLayout(3, false));
			new Label(form, SWT.NONE).setText(Messages.Tracker_file);
			file = new Text(form, SWT.BORDER);
			file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			Button browse = new Button(form, SWT.PUSH);
			browse.setText(Messages.Dialog_browse);
			browse.addListener(SWT.Selection, e -> {
				FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
				dialog.setFilterExtensions(new String[] { "*.xlsx" }); //$NON-NLS-1$
				String chosen = dialog.open();
				if (chosen != null) {
					file.setText(chosen);
				}
			});
			new Label(form, SWT.NONE).setText(Messages.Tracker_supplier);
			supplier = new Combo(form, SWT.READ_ONLY);
			supplier.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			supplier.add(Messages.Tracker_anySupplier);
			Language language = Language.ui();
			for (Organization organization : session.project().getOrganizations()) {
				boolean hasActions = session.project().getFindings().stream()
						.anyMatch((Finding f) -> f.getOrganization() == organization && !f.getActions().isEmpty());
				if (hasActions) {
					suppliers.add(organization);
					supplier.add(language.text(organization.getName(), organization.getNameJa()));
				}
			}
			supplier.select(preselected == null ? 0 : suppliers.indexOf(preselected) + 1);
			changes = new Table(form, SWT.BORDER | SWT.FULL_SELECTION);
			changes.setHeaderVisible(true);
			changes.setLinesVisible(true);
			GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
			tableData.heightHint = 300;
			changes.setLayoutData(tableData);
			for (String[] column : new String[][] { { Messages.Tracker_colItem, "90" }, { Messages.Tracker_colField, "150" }, //$NON-NLS-1$ //$NON-NLS-2$
					{ Messages.Tracker_colNow, "220" }, { Messages.Tracker_colTracker, "280" } }) { //$NON-NLS-1$ //$NON-NLS-2$
				TableColumn tableColumn = new TableColumn(changes, SWT.LEFT);
				tableColumn.setText(column[0]);
				tableColumn.setWidth(Integer.parseInt(column[1]));
			}
			file.addListener(SWT.Modify, e -> read());
			supplier.addListener(SWT.Selection, e -> read());
			setControl(form);
			setPageComplete(false);
		}

		/** Reads the chosen file and lists what it changes, or why it is refused. */
		void read() {
			result = null;
			changes.removeAll();
			String path = file.getText().strip();
			if (path.isEmpty() || !Files.isRegularFile(Path.of(path))) {
				setMessage(path.isEmpty() ? Messages.Tracker_message : NLS.bind(Messages.Tracker_noFile, path),
						path.isEmpty() ? IMessageProvider.NONE : IMessageProvider.ERROR);
				update();
				return;
			}
			Organization expected = supplier.getSelectionIndex() <= 0 ? null : suppliers.get(supplier.getSelectionIndex() - 1);
			try {
				result = TrackerImporter.read(Path.of(path), session.document(), expected);
			} catch (QuestionnaireFormatException e) {
				setMessage(e.getMessage(), IMessageProvider.ERROR);
				update();
				return;
			} catch (IOException | RuntimeException e) {
				setMessage(RensaUi.oneLine(e), IMessageProvider.ERROR);
				update();
				return;
			}
			for (CellProblem problem : result.problems()) {
				TableItem item = new TableItem(changes, SWT.NONE);
				item.setText(new String[] { problem.sheet() + "!" + problem.column() + problem.row(), Messages.Tracker_unreadable, //$NON-NLS-1$
						problem.value(), problem.reason(Language.ui().locale()) });
				item.setForeground(changes.getDisplay().getSystemColor(SWT.COLOR_RED));
			}
			for (TrackerChange change : result.changes()) {
				TableItem item = new TableItem(changes, SWT.NONE);
				item.setText(new String[] { change.code(), field(change.field()), change.before(), change.after() });
			}
			for (TrackerChange newer : result.kept()) {
				TableItem item = new TableItem(changes, SWT.NONE);
				item.setText(new String[] { newer.code(), field(newer.field()), newer.before(),
						NLS.bind(Messages.Tracker_kept, newer.after()) });
				item.setForeground(changes.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			}
			if (!result.problems().isEmpty()) {
				setMessage(NLS.bind(Messages.Tracker_problems, result.problems().size()), IMessageProvider.ERROR);
			} else if (result.changes().isEmpty()) {
				setMessage(NLS.bind(Messages.Tracker_nothing, result.rows()), IMessageProvider.INFORMATION);
			} else {
				setMessage(NLS.bind(Messages.Tracker_changes, result.changes().size(), result.rows()), IMessageProvider.NONE);
			}
			update();
		}

		private void update() {
			setPageComplete(canFinish());
			if (getContainer() != null && getContainer().getCurrentPage() != null) {
				getContainer().updateButtons();
			}
		}

		private String field(String field) {
			return switch (field) {
			case "status" -> Messages.Tracker_fieldStatus; //$NON-NLS-1$
			case "completed on" -> Messages.Tracker_fieldCompleted; //$NON-NLS-1$
			case "comment" -> Messages.Tracker_fieldComment; //$NON-NLS-1$
			case "management response" -> Messages.Tracker_fieldResponse; //$NON-NLS-1$
			case "response by" -> Messages.Tracker_fieldResponseBy; //$NON-NLS-1$
			case "response date" -> Messages.Tracker_fieldResponseOn; //$NON-NLS-1$
			default -> field;
			};
		}
	}
}
