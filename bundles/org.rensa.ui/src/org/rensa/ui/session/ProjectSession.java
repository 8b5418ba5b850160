// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.session;

import java.io.IOException;
import java.util.EventObject;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.rensa.core.storage.AuditProjectDocument;
import org.eclipse.osgi.util.NLS;
import org.rensa.core.storage.ProjectLock;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.ui.Messages;
import org.rensa.model.AuditProject;
import org.rensa.model.provider.custom.RensaLabelledItemProviderAdapterFactory;

/**
 * One open audit project in the workbench: the loaded document, its EMF.Edit adapter factory and
 * its editing domain with a {@link BasicCommandStack}. Every model change made in the UI runs as
 * a command on that stack, so the project is dirty exactly when the stack is away from its save
 * point. Listeners hear about every executed, undone or redone command and about saves.
 */
public final class ProjectSession {

	private final AuditProjectDocument document;
	private final ComposedAdapterFactory adapterFactory;
	private final SessionCommandStack commandStack;
	private final AdapterFactoryEditingDomain editingDomain;
	private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
	private final List<PendingEdit> pendingEdits = new CopyOnWriteArrayList<>();
	private final CommandStackListener stackListener = this::commandStackChanged;
	private final ProjectLock lock;
	private final ProjectLock.Holder lockedBy;

	/**
	 * A session that may save (the caller keeps the project's lock itself, or there is none to keep).
	 *
	 * @param document a loaded project document; the session takes over its resource set
	 */
	public ProjectSession(AuditProjectDocument document) {
		this(document, null, null);
	}

	/**
	 * @param document a loaded project document; the session takes over its resource set
	 * @param lock     the project's lock this session holds while it is open (released by {@link #dispose()}),
	 *                 or {@code null}
	 * @param lockedBy the holder of the project's lock when another process holds it: the session is then
	 *                 read-only and never saves; {@code null} otherwise
	 */
	public ProjectSession(AuditProjectDocument document, ProjectLock lock, ProjectLock.Holder lockedBy) {
		this.document = Objects.requireNonNull(document);
		this.lock = lock;
		this.lockedBy = lockedBy;
		this.adapterFactory = new ComposedAdapterFactory(List.of(new RensaLabelledItemProviderAdapterFactory(),
				new ResourceItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory()));
		this.commandStack = new SessionCommandStack();
		this.editingDomain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, document.getResourceSet());
		commandStack.addCommandStackListener(stackListener);
	}

	/** @return the loaded document (directory, resource set, project) */
	public AuditProjectDocument document() {
		return document;
	}

	/** @return the root of the project's model */
	public AuditProject project() {
		return document.getProject();
	}

	/** @return the adapter factory providing the item providers of every model object */
	public ComposedAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	/** @return the editing domain every UI change runs through */
	public AdapterFactoryEditingDomain editingDomain() {
		return editingDomain;
	}

	/** @return the command stack of the editing domain */
	public BasicCommandStack commandStack() {
		return commandStack;
	}

	/** @return {@code true} when another process holds the project's lock: nothing can be saved */
	public boolean isReadOnly() {
		return lockedBy != null;
	}

	/** @return the holder of the project's lock when the session is read-only, else {@code null} */
	public ProjectLock.Holder lockedBy() {
		return lockedBy;
	}

	/** @return {@code true} if the project has changes that are not saved */
	public boolean isDirty() {
		return commandStack.isSaveNeeded();
	}

	/**
	 * Marks the project as having unsaved changes although no command ran: the document holds a state
	 * that is not on disk (restored from the recovery area, or the previous save opened instead of a
	 * broken model). Undo cannot make it clean; only a save does.
	 */
	public void markUnsaved() {
		commandStack.markUnsaved();
		fireChanged();
	}

	/**
	 * @return how many commands the command stack is away from its save point, or -1 when that is
	 *         not known (the state was restored or the save point was flushed)
	 */
	public int unsavedChanges() {
		return commandStack.unsavedChanges();
	}

	/** A command stack that can be away from its save point without commands, and tells how far. */
	private static final class SessionCommandStack extends BasicCommandStack {

		void markUnsaved() {
			// BasicCommandStack treats a save index below -1 as "the saved state is gone": dirty until saved
			saveIndex = -2;
		}

		int unsavedChanges() {
			if (saveIndex < -1) {
				return -1;
			}
			return Math.abs(top - saveIndex);
		}
	}

	/** @return the project name, or the directory name when the project has none */
	public String displayName() {
		String name = project().getName();
		return name == null || name.isBlank() ? String.valueOf(document.getDirectory().getFileName()) : name;
	}

	/**
	 * Saves the project and moves the save point of the command stack. On failure the project
	 * stays dirty, so nothing is lost.
	 *
	 * @param storage the storage to save through
	 * @throws IOException if the project could not be written
	 */
	public void save(ProjectStorage storage) throws IOException {
		if (lockedBy != null) {
			throw new IOException(NLS.bind(Messages.ReadOnly_cannotSave, lockedBy.describe()));
		}
		storage.save(document);
		commandStack.saveIsDone();
		fireChanged();
	}

	/**
	 * @param listener called on the UI thread after each command, undo, redo and save
	 */
	public void addChangeListener(Runnable listener) {
		changeListeners.add(listener);
	}

	/**
	 * @param listener a listener added with {@link #addChangeListener(Runnable)}
	 */
	public void removeChangeListener(Runnable listener) {
		changeListeners.remove(listener);
	}

	/**
	 * Registers a field whose typed text must be committed before Save, Undo, Redo and closing.
	 *
	 * @param edit the field; remove it with {@link #removePendingEdit(PendingEdit)} when it is disposed
	 */
	public void addPendingEdit(PendingEdit edit) {
		pendingEdits.add(edit);
	}

	/**
	 * @param edit a field added with {@link #addPendingEdit(PendingEdit)}
	 */
	public void removePendingEdit(PendingEdit edit) {
		pendingEdits.remove(edit);
	}

	/** @return whether some field holds typed text that is not committed yet */
	public boolean hasPendingEdits() {
		return pendingEdits.stream().anyMatch(PendingEdit::isPending);
	}

	/**
	 * Commits the typed text of every registered field, each as a command on the stack (Enter on
	 * every field). Called by Save, Undo, Redo and before the project is closed.
	 *
	 * @return {@code true} if nothing is pending afterwards; {@code false} if a field holds invalid text
	 */
	public boolean commitPendingEdits() {
		boolean all = true;
		for (PendingEdit edit : pendingEdits) {
			if (edit.isPending() && !edit.commit()) {
				all = false;
			}
		}
		return all;
	}

	/** Releases the adapter factory and the listeners; the session must not be used afterwards. */
	public void dispose() {
		commandStack.removeCommandStackListener(stackListener);
		changeListeners.clear();
		pendingEdits.clear();
		adapterFactory.dispose();
		if (lock != null) {
			lock.close();
		}
	}

	private void commandStackChanged(EventObject event) {
		fireChanged();
	}

	private void fireChanged() {
		for (Runnable listener : changeListeners) {
			listener.run();
		}
	}
}
