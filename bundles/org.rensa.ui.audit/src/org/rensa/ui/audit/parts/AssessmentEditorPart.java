// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.parts;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.rensa.model.Assessment;
import org.rensa.model.Requirement;
import org.rensa.model.text.Language;
import org.rensa.ui.audit.AssessmentVerificationView;
import org.rensa.ui.audit.EvidenceAttachment;
import org.rensa.ui.audit.EvidencePanel;
import org.rensa.ui.audit.FindingDialog;
import org.rensa.ui.audit.Messages;
import org.rensa.ui.audit.VerificationRow;
import org.rensa.core.profile.AuditorProfiles;
import org.rensa.ui.session.ProjectController;
import org.rensa.ui.session.ProjectSession;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The assessment editor for the field: the keyboard-first verification table with scores, and the
 * evidence of the selected requirement. E (the file dialog opens in the folder of the last evidence),
 * dropping files on a row or pasting file paths (Ctrl+V) attaches evidence: the files
 * go into the project's content-addressed store, the item is linked to the response and recorded in
 * the visit's append-only evidence log. The largest file accepted is
 * {@code -Drensa.evidence.maxMegabytes} (default 200).
 */
public final class AssessmentEditorPart {

	/** Transient-data key of the assessment the part edits. */
	public static final String ASSESSMENT_KEY = "org.rensa.ui.audit.assessment";

	@Inject
	private MPart part;
	@Inject
	private ESelectionService selectionService;
	@Inject
	private ProjectController controller;

	private AssessmentVerificationView view;
	private ProjectSession session;
	private final Runnable dirtyListener = () -> {
		if (part != null && session != null) {
			part.setDirty(session.isDirty());
		}
	};

	/**
	 * @param parent         the part's composite
	 * @param currentSession the open project
	 */
	@PostConstruct
	public void create(Composite parent, @Optional ProjectSession currentSession) {
		parent.setLayout(new FillLayout());
		Assessment assessment = (Assessment) part.getTransientData().get(ASSESSMENT_KEY);
		if (currentSession == null || assessment == null) {
			new Label(parent, SWT.WRAP).setText(Messages.Editor_noProject);
			return;
		}
		session = currentSession;
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		view = new AssessmentVerificationView(sash, session, assessment, AuditorProfiles.current().name(), Clock.systemDefaultZone());
		EvidencePanel evidence = new EvidencePanel(sash, session);
		sash.setWeights(75, 25);
		// comparing with last year needs more width; the evidence stays in view
		view.onComparisonChanged(comparing -> sash.setWeights(comparing ? 80 : 75, comparing ? 20 : 25));
		view.onSelectionChanged(row -> {
			evidence.show(row);
			if (row != null) {
				selectionService.setSelection(row.response() != null ? row.response() : row.requirement());
			}
		});
		session.addChangeListener(() -> {
			if (!evidence.isDisposed()) {
				evidence.show(view.selectedRow());
			}
		});
		view.onAttachEvidence(row -> attachWithDialog(parent.getShell(), row));
		view.onAttachFiles((row, files) -> attach(parent.getShell(), row, files, null));
		view.onFindingDraft(draft -> new FindingDialog(parent.getShell(), draft).open() == org.eclipse.jface.window.Window.OK);
		view.onFindingRaised((row, finding) -> selectionService.setSelection(finding));
		DropTarget drop = new DropTarget(view.table(), DND.DROP_COPY | DND.DROP_DEFAULT);
		drop.setTransfer(new Transfer[] { FileTransfer.getInstance() });
		drop.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				event.detail = DND.DROP_COPY;
			}

			@Override
			public void drop(DropTargetEvent event) {
				if (!(event.data instanceof String[] names)) {
					return;
				}
				Point point = view.table().toControl(event.x, event.y);
				TableItem item = view.table().getItem(point);
				VerificationRow row = item != null ? (VerificationRow) item.getData() : view.selectedRow();
				if (row != null) {
					List<Path> files = new ArrayList<>();
					for (String name : names) {
						files.add(Paths.get(name));
					}
					attach(parent.getShell(), row, files, null);
				}
			}
		});
		session.addChangeListener(dirtyListener);
		view.addDisposeListener(e -> session.removeChangeListener(dirtyListener));
		part.setLabel(Language.ui().label(assessment));
		part.setTooltip(Language.ui().label(assessment));
		part.setDirty(session.isDirty());
	}

	/**
	 * Shows the row of a requirement in this editor (Problems' double-click on a response or finding).
	 *
	 * @param requirement a requirement of the assessment's checklist
	 * @return whether its row is selected
	 */
	public boolean reveal(Requirement requirement) {
		return view != null && !view.isDisposed() && view.select(requirement);
	}

	private void attachWithDialog(Shell shell, VerificationRow row) {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
		dialog.setText(NLS.bind(Messages.Evidence_dialogTitle, row.requirement().getCode()));
		if (EvidenceAttachment.lastFolder() != null) {
			dialog.setFilterPath(EvidenceAttachment.lastFolder().toString());
		}
		if (dialog.open() == null) {
			return;
		}
		List<Path> files = new ArrayList<>();
		for (String name : dialog.getFileNames()) {
			files.add(Paths.get(dialog.getFilterPath(), name));
		}
		attach(shell, row, files, Paths.get(dialog.getFilterPath()));
	}

	private void attach(Shell shell, VerificationRow row, List<Path> files, Path chosenRoot) {
		if (session.isReadOnly()) {
			// evidence files and log lines are written at once: not into a project another process holds
			MessageDialog.openWarning(shell, Messages.Evidence_title, NLS.bind(Messages.Evidence_readOnly, session.lockedBy().describe()));
			return;
		}
		List<String> messages = EvidenceAttachment.attach(session, view.assessment(), row, files, chosenRoot,
				AuditorProfiles.current().name(), Clock.systemUTC());
		if (!messages.isEmpty()) {
			MessageDialog.openWarning(shell, Messages.Error_title, String.join("\n\n", messages));
		}
	}

	/**
	 * Compare with last year: shows or hides the organisation's previous assessment next to the table;
	 * without one, says so.
	 *
	 * @param shell the shell for the message
	 */
	public void toggleComparison(Shell shell) {
		if (view == null || view.isDisposed()) {
			return;
		}
		if (!view.setComparison(!view.isComparing())) {
			MessageDialog.openInformation(shell, Messages.Compare_title, view.noPreviousMessage());
		}
		view.table().setFocus();
	}

	/** @return the verification view (for tests), or {@code null} without a project */
	public AssessmentVerificationView view() {
		return view;
	}

	/**
	 * Saves the project.
	 *
	 * @param shell the shell for error dialogs
	 */
	@Persist
	public void save(Shell shell) {
		controller.save(shell);
	}

	/** Focuses the table. */
	@Focus
	public void setFocus() {
		if (view != null && !view.isDisposed()) {
			view.table().setFocus();
		}
	}
}
