// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectFormatException;
import org.rensa.core.storage.ProjectLock;
import org.rensa.core.storage.ProjectLockedException;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.core.storage.RecoveryArea;
import org.rensa.core.storage.RecoveryEntry;
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
 *
 * <p>Nothing is lost: while the open project is dirty, its state is written into the
 * {@link RecoveryArea} (outside the project) at most every {@value #RECOVERY_DELAY_MS} ms after a
 * change; a save or a clean close deletes it. Opening a project that has such a state asks whether
 * to restore it, discard it or keep it for later. Opening a project whose model cannot be read
 * offers its previous save ({@code model.bak/}).
 */
public final class ProjectController {

	private final IEclipseContext context;
	private final MApplication application;
	private final EModelService modelService;
	private final Runnable sessionListener = this::sessionChanged;
	private ProjectSession session;

	/** How long after a change the unsaved state is written to the recovery area (at most that often). */
	public static final int RECOVERY_DELAY_MS = 25_000;

	/** Restore the recovered state (answer of the recovery question). */
	public static final int RECOVERY_RESTORE = 0;
	/** Discard the recovered state. */
	public static final int RECOVERY_DISCARD = 1;
	/** Keep the recovered state for later, open the project as saved. */
	public static final int RECOVERY_KEEP = 2;

	private final Runnable recoveryTimer = this::writeRecovery;
	private final Object recoveryLock = new Object();
	private ExecutorService recoveryWriter;
	private RecoveryArea recoveryArea;
	private boolean recoveryScheduled;
	private long recoveryGeneration;
	private String savePoint;
	private RecoveryEntry restoredFrom;
	private boolean brokenModelAside;

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
		} catch (ProjectFormatException e) {
			document = lockedBy == null && e.getBackup() != null ? openPreviousSave(directory, e, shell) : null;
			if (document == null) {
				if (lock != null) {
					lock.close();
				}
				if (e.getBackup() == null || lockedBy != null) {
					RensaUi.log(e);
					showError(shell, NLS.bind(Messages.Error_openFailed, directory, RensaUi.oneLine(e)));
				}
				return false;
			}
		} catch (IOException | RuntimeException e) {
			if (lock != null) {
				lock.close();
			}
			RensaUi.log(e);
			showError(shell, NLS.bind(Messages.Error_openFailed, directory, RensaUi.oneLine(e)));
			return false;
		}
		boolean previousSave = brokenModelPending;
		brokenModelPending = false;
		closeCurrent();
		if (lockedBy != null && shell != null) {
			MessageDialog.openWarning(shell, Messages.ReadOnly_title, NLS.bind(Messages.ReadOnly_message, directory,
					lockedBy.describe()));
		}
		RecoveryEntry restored = null;
		if (lockedBy == null && !previousSave) {
			java.util.Optional<RecoveryEntry> entry = recoveryArea().find(document.getDirectory());
			if (entry.isPresent()) {
				AuditProjectDocument recovered = askRecovery(entry.get(), shell);
				if (recovered != null) {
					document = recovered;
					restored = entry.get();
				}
			}
		}
		session = new ProjectSession(document, lock, lockedBy);
		brokenModelAside = previousSave;
		restoredFrom = restored;
		savePoint = currentSavePoint(document);
		if (restored != null || previousSave) {
			session.markUnsaved();
		}
		session.addChangeListener(sessionListener);
		context.set(ProjectSession.class, session);
		updateWindowTitle();
		validate();
		if (session.isDirty()) {
			scheduleRecovery();
		}
		return true;
	}

	private boolean brokenModelPending;

	/** @return the recovery area the unsaved state goes to ({@link RecoveryArea#standard()}) */
	public RecoveryArea recoveryArea() {
		if (recoveryArea == null) {
			recoveryArea = RecoveryArea.standard();
		}
		return recoveryArea;
	}

	/**
	 * Says which model file is broken and where, and offers to open the previous save instead.
	 *
	 * @return the previous save, or {@code null} when the user cancels or it cannot be read either
	 */
	private AuditProjectDocument openPreviousSave(Path directory, ProjectFormatException problem, Shell shell) {
		RensaUi.log(problem);
		MessageDialog dialog = new MessageDialog(shell, Messages.Corrupt_title, null,
				NLS.bind(Messages.Corrupt_message, problem.getMessage(), problem.getBackup()), MessageDialog.ERROR,
				new String[] { Messages.Corrupt_openPrevious, IDialogConstants.CANCEL_LABEL }, 0);
		if (dialog.open() != 0) {
			return null;
		}
		try {
			AuditProjectDocument previous = RecoveryArea.openPreviousSave(directory);
			brokenModelPending = true;
			return previous;
		} catch (IOException | RuntimeException e) {
			RensaUi.log(e);
			showError(shell, NLS.bind(Messages.Error_openFailed, directory, RensaUi.oneLine(e)));
			return null;
		}
	}

	/**
	 * Asks what to do with the unsaved state found in the recovery area.
	 *
	 * @return the recovered document to open, or {@code null} to open the project as saved
	 */
	private AuditProjectDocument askRecovery(RecoveryEntry entry, Shell shell) {
		boolean changed;
		try {
			changed = RecoveryArea.projectChangedSince(entry);
		} catch (IOException e) {
			changed = true;
		}
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault())
				.format(entry.time());
		String changes = entry.changes() < 0 ? Messages.Recovery_changesUnknown
				: NLS.bind(Messages.Recovery_changes, entry.changes());
		String message = NLS.bind(Messages.Recovery_message,
				new Object[] { entry.project(), changes, when, entry.by() });
		if (changed) {
			message = message + "\n\n" + Messages.Recovery_diskChanged; //$NON-NLS-1$
		}
		MessageDialog dialog = new MessageDialog(shell, Messages.Recovery_title, null, message,
				changed ? MessageDialog.WARNING : MessageDialog.QUESTION,
				new String[] { Messages.Recovery_restore, Messages.Recovery_discard, Messages.Recovery_keep }, 0);
		int answer = dialog.open();
		try {
			if (answer == RECOVERY_RESTORE) {
				return recoveryArea().read(entry);
			}
			if (answer == RECOVERY_DISCARD) {
				recoveryArea().discard(entry);
			} else {
				recoveryArea().keep(entry);
			}
		} catch (IOException | RuntimeException e) {
			RensaUi.log(e);
			showError(shell, NLS.bind(Messages.Recovery_failed, entry.directory(), RensaUi.oneLine(e)));
		}
		return null;
	}

	private static String currentSavePoint(AuditProjectDocument document) {
		try {
			return RecoveryArea.savePoint(document.getDirectory());
		} catch (IOException e) {
			RensaUi.log(e);
			return "unknown"; //$NON-NLS-1$
		}
	}

	/** Writes the unsaved state at most {@link #RECOVERY_DELAY_MS} after now (nothing if one is pending). */
	private void scheduleRecovery() {
		Display display = Display.getCurrent();
		if (display == null || recoveryScheduled) {
			return;
		}
		recoveryScheduled = true;
		display.timerExec(RECOVERY_DELAY_MS, recoveryTimer);
	}

	/**
	 * Writes the open project's unsaved state into the recovery area now: the model is serialised on
	 * the calling (UI) thread, the files are written in the background. A clean project deletes its
	 * entry instead. Called by the timer that follows changes; tests call it directly.
	 *
	 * @return completes when the state is written (or deleted)
	 */
	public Future<?> writeRecovery() {
		recoveryScheduled = false;
		Display display = Display.getCurrent();
		if (display != null) {
			display.timerExec(-1, recoveryTimer);
		}
		if (session == null || session.isReadOnly()) {
			return CompletableFuture.completedFuture(null);
		}
		Path directory = session.document().getDirectory();
		if (!session.isDirty()) {
			long generation;
			synchronized (recoveryLock) {
				generation = ++recoveryGeneration;
			}
			return recoveryWriter().submit(() -> {
				synchronized (recoveryLock) {
					if (generation == recoveryGeneration) {
						discardQuietly(directory);
					}
				}
			});
		}
		RecoveryArea.Snapshot snapshot;
		try {
			snapshot = RecoveryArea.capture(session.document(), savePoint, session.unsavedChanges(), Instant.now());
		} catch (IOException | RuntimeException e) {
			RensaUi.log(e);
			return CompletableFuture.completedFuture(null);
		}
		long generation;
		synchronized (recoveryLock) {
			generation = recoveryGeneration;
		}
		RecoveryArea area = recoveryArea();
		return recoveryWriter().submit(() -> {
			synchronized (recoveryLock) {
				if (generation != recoveryGeneration) {
					return; // saved or closed meanwhile
				}
				try {
					area.write(snapshot);
				} catch (IOException | RuntimeException e) {
					RensaUi.log(e);
				}
			}
		});
	}

	/** Deletes the open project's recovery entry now and drops states still queued (after a save or a clean close). */
	private void discardRecovery() {
		recoveryScheduled = false;
		Display display = Display.getCurrent();
		if (display != null) {
			display.timerExec(-1, recoveryTimer);
		}
		if (session == null || session.isReadOnly()) {
			return;
		}
		synchronized (recoveryLock) {
			recoveryGeneration++;
			discardQuietly(session.document().getDirectory());
			if (restoredFrom != null) {
				try {
					recoveryArea().discard(restoredFrom);
				} catch (IOException | RuntimeException e) {
					RensaUi.log(e);
				}
				restoredFrom = null;
			}
		}
	}

	private void discardQuietly(Path directory) {
		try {
			recoveryArea().discard(directory);
		} catch (IOException | RuntimeException e) {
			RensaUi.log(e);
		}
	}

	private synchronized ExecutorService recoveryWriter() {
		if (recoveryWriter == null) {
			recoveryWriter = Executors.newSingleThreadExecutor(task -> {
				Thread thread = new Thread(task, "Rensa recovery writer"); //$NON-NLS-1$
				thread.setDaemon(true);
				return thread;
			});
		}
		return recoveryWriter;
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
			if (brokenModelAside && !session.isReadOnly()) {
				// the broken model/ is kept aside, never deleted; model.bak/ stays the previous save
				RecoveryArea.setBrokenModelAside(session.document().getDirectory(), Instant.now());
				brokenModelAside = false;
			}
			session.save(storage());
		} catch (IOException | RuntimeException e) {
			RensaUi.log(e);
			showError(shell, NLS.bind(Messages.Error_saveFailed, session.document().getDirectory(), RensaUi.oneLine(e)));
			return false;
		}
		discardRecovery();
		savePoint = currentSavePoint(session.document());
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
			discardRecovery();
			return true;
		}
		MessageDialog dialog = new MessageDialog(shell, Messages.Unsaved_title, null,
				NLS.bind(Messages.Unsaved_message, session.displayName()), MessageDialog.QUESTION,
				new String[] { Messages.Unsaved_save, Messages.Unsaved_discard, IDialogConstants.CANCEL_LABEL }, 0);
		return switch (dialog.open()) {
			case 0 -> save(shell);
			case 1 -> {
				// the user discarded the changes: a clean close, nothing to offer at the next start
				discardRecovery();
				yield true;
			}
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
		discardRecovery();
		brokenModelAside = false;
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
		if (session != null && !session.isReadOnly()) {
			scheduleRecovery();
		}
		for (MPart editor : editorParts()) {
			editor.setDirty(dirty);
		}
		updateWindowTitle();
	}

	private static void showError(Shell shell, String message) {
		MessageDialog.openError(shell, Messages.Error_title, message);
	}
}
