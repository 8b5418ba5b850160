// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectLock;
import org.rensa.core.storage.ProjectLockedException;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.core.validation.ProjectValidator;
import org.rensa.ui.Messages;
import org.rensa.ui.RensaUi;

import jakarta.inject.Inject;

/**
 * Opens, saves, validates and closes the audit project of the workbench. It lives in the
 * application context (put there by {@code RensaLifeCycle}) and publishes the open
 * {@link ProjectSession} and the last {@link ValidationReport} into that context, so parts and
 * handlers receive them by injection. It keeps the window title ("Rensa - name *") and the dirty
 * flag of the editor parts in step with the command stack's save point.
 *
 * <p>{@link ProjectStorage} and {@link ProjectValidator} are the declarative services of
 * {@code org.rensa.core}, looked up through the context (which falls back to the OSGi service
 * registry); without registered services the standard implementations are used.
 */
public final class ProjectController {

	private final IEclipseContext context;
	private final MApplication application;
	private final EModelService modelService;
	private final Runnable sessionListener = this::sessionChanged;
	private ProjectSession session;

	@Inject
	@Optional
	private ProjectStorage injectedStorage;

	@Inject
	@Optional
	private ProjectValidator validator;

	@Inject
	@Optional
	private IEventBroker eventBroker;

	/**
	 * @param context      the application context the session is published into
	 * @param application  the application model
	 * @param modelService the model service used to find the window and editor parts
	 */
	@Inject
	public ProjectController(IEclipseContext context, MApplication application, EModelService modelService) {
		this.context = context;
		this.application = application;
		this.modelService = modelService;
	}

	/** @return the open project session, or {@code null} when no project is open */
	public ProjectSession session() {
		return session;
	}

	/** @return the storage used to load and save projects */
	public ProjectStorage storage() {
		return injectedStorage != null ? injectedStorage : ProjectStorage.standard();
	}

	/** @return the validator used on open, on save and on demand */
	public ProjectValidator validator() {
		return validator != null ? validator : ProjectValidator.standard(Clock.systemDefaultZone());
	}

	/**
	 * Opens the project in a directory, replacing the open one (after asking what to do with its
	 * unsaved changes). Errors are reported in a dialog; the open project then stays open.
	 *
	 * @param directory the project directory
	 * @param shell     the parent of dialogs
	 * @return {@code true} if the project was opened
	 */
	public boolean open(Path directory, Shell shell) {
		if (!Files.isDirectory(directory)) {
			showError(shell, NLS.bind(Messages.Error_projectNotFound, directory));
			return false;
		}
		if (!confirmCloseCurrent(shell)) {
			return false;
		}
		// The workbench holds the project's lock while it has the project open for writing; when another
		// process (a command, another workbench) holds it, the project opens read-only.
		AuditProjectDocument document;
		ProjectLock lock = null;
		ProjectLock.Holder lockedBy = null;
		try {
			try {
				lock = ProjectLock.acquire(directory, ProjectLock.WORKBENCH);
			} catch (ProjectLockedException e) {
				lockedBy = e.getHolder() != null ? e.getHolder()
						: new ProjectLock.Holder("?", "?", "?", -1, null, null, "?", "?");
			}
			document = lockedBy == null ? storage().load(directory) : storage().loadReadOnly(directory);
		} catch (IOException | RuntimeException e) {
			if (lock != null) {
				lock.close();
			}
			RensaUi.log(e);
			showError(shell, NLS.bind(Messages.Error_openFailed, directory, RensaUi.oneLine(e)));
			return false;
		}
		closeCurrent();
		if (lockedBy != null && shell != null) {
			MessageDialog.openWarning(shell, Messages.ReadOnly_title, NLS.bind(Messages.ReadOnly_message, directory,
					lockedBy.describe()));
		}
		session = new ProjectSession(document, lock, lockedBy);
		session.addChangeListener(sessionListener);
		context.set(ProjectSession.class, session);
		updateWindowTitle();
		validate();
		return true;
	}

	/**
	 * Saves the open project. On failure an error dialog explains why and the project stays dirty.
	 *
	 * @param shell the parent of dialogs
	 * @return {@code true} if the project was saved (or there was nothing to save)
	 */
	public boolean save(Shell shell) {
		if (session == null) {
			return true;
		}
		session.commitPendingEdits();
		try {
			session.save(storage());
		} catch (IOException | RuntimeException e) {
			RensaUi.log(e);
			showError(shell, NLS.bind(Messages.Error_saveFailed, session.document().getDirectory(), RensaUi.oneLine(e)));
			return false;
		}
		validate();
		return true;
	}

	/**
	 * Validates the open project and publishes the result as {@link ValidationReport}.
	 *
	 * @return the report, or {@code null} if no project is open or the validator failed
	 */
	public ValidationReport validate() {
		if (session == null) {
			context.set(ValidationReport.class, null);
			return null;
		}
		Diagnostic diagnostic;
		try {
			diagnostic = validator().validate(session.document());
		} catch (RuntimeException e) {
			RensaUi.log(e);
			context.set(ValidationReport.class, null);
			return null;
		}
		ValidationReport report = new ValidationReport(session, diagnostic, Instant.now());
		context.set(ValidationReport.class, report);
		return report;
	}

	/**
	 * Asks what to do with unsaved changes of the open project (save, discard, cancel) and saves
	 * if asked to.
	 *
	 * @param shell the parent of dialogs
	 * @return {@code true} if the caller may go on closing the project
	 */
	public boolean confirmCloseCurrent(Shell shell) {
		if (session != null) {
			session.commitPendingEdits();
		}
		if (session == null || !session.isDirty()) {
			return true;
		}
		MessageDialog dialog = new MessageDialog(shell, Messages.Unsaved_title, null,
				NLS.bind(Messages.Unsaved_message, session.displayName()), MessageDialog.QUESTION,
				new String[] { Messages.Unsaved_save, Messages.Unsaved_discard, IDialogConstants.CANCEL_LABEL }, 0);
		return switch (dialog.open()) {
			case 0 -> save(shell);
			case 1 -> true;
			default -> false;
		};
	}

	/** Closes the open project without asking: closes its editors and disposes the session. */
	public void closeCurrent() {
		if (session == null) {
			return;
		}
		for (MPart editor : editorParts()) {
			editor.setDirty(false);
			EPartService partService = editor.getContext() == null ? null
					: editor.getContext().get(EPartService.class);
			if (partService != null) {
				partService.hidePart(editor, true);
			} else if (editor.getParent() != null) {
				editor.getParent().getChildren().remove(editor);
			}
		}
		ProjectSession closing = session;
		session = null;
		context.set(ProjectSession.class, null);
		context.set(ValidationReport.class, null);
		closing.dispose();
		updateWindowTitle();
	}

	/** @return the editor parts of the open project in the application model */
	public List<MPart> editorParts() {
		return modelService.findElements(application, null, MPart.class, List.of(RensaUi.EDITOR_TAG));
	}

	/** Updates the window title and the editors' dirty flags from the session state. */
	public void updateWindowTitle() {
		MWindow window = (MWindow) modelService.find(RensaUi.MAIN_WINDOW_ID, application);
		if (window == null) {
			return;
		}
		String title = Messages.App_name;
		if (session != null) {
			title = NLS.bind(Messages.Window_titleWithProject, Messages.App_name, session.displayName());
			if (session.isDirty()) {
				title = "*" + title; //$NON-NLS-1$
			}
			if (session.isReadOnly()) {
				title = NLS.bind(Messages.ReadOnly_windowTitle, title, session.lockedBy().describe());
			}
		}
		window.setLabel(title);
		if (eventBroker != null) {
			eventBroker.send(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
		}
	}

	private void sessionChanged() {
		boolean dirty = session != null && session.isDirty();
		for (MPart editor : editorParts()) {
			editor.setDirty(dirty);
		}
		updateWindowTitle();
	}

	private static void showError(Shell shell, String message) {
		MessageDialog.openError(shell, Messages.Error_title, message);
	}
}
