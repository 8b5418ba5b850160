// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.edit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.rensa.core.audit.Findings;
import org.rensa.core.edit.ProjectElements;
import org.rensa.core.edit.ProjectElements.Creation;
import org.rensa.core.profile.AuditorProfiles;
import org.rensa.model.Finding;
import org.rensa.model.RensaPackage.Literals;
import org.rensa.model.text.Language;
import org.rensa.ui.Messages;
import org.rensa.ui.session.ProjectSession;

/**
 * The context menu of every view that lists project elements (navigator, Problems, Coverage, Chain,
 * diagram): Open, New (organisation, relationship, contract, checklist, campaign, assessment, visit,
 * finding, remediation action — with defaults from the selected element), Close Finding (when every
 * action of the selected finding is verified), Duplicate and Delete… (with
 * a confirmation that lists what goes along). Everything is one undoable command of
 * {@link ProjectElements}; this class only asks and runs.
 */
public final class ElementMenu {

	/** Most dependents a deletion question lists by name. */
	private static final int LISTED = 12;

	private final Control control;
	private final Supplier<ProjectSession> session;
	private final Supplier<EObject> selection;
	private Consumer<EObject> open;
	private Consumer<EObject> created = element -> { };
	private Clock clock = Clock.systemDefaultZone();
	private Confirmation confirmation = ElementMenu::askToDelete;
	private Runnable ownDelete;

	/** Asks whether to delete; tests answer without a dialog. */
	@FunctionalInterface
	public interface Confirmation {
		/**
		 * @param shell      the shell
		 * @param element    the element to delete
		 * @param dependents what goes with it
		 * @return whether to delete
		 */
		boolean confirm(Shell shell, EObject element, List<EObject> dependents);
	}

	/**
	 * Gives the control a context menu and the Delete key.
	 *
	 * @param control   the tree or table
	 * @param session   the open project, or {@code null} when none
	 * @param selection the selected model element, or {@code null}
	 */
	public ElementMenu(Control control, Supplier<ProjectSession> session, Supplier<EObject> selection) {
		this.control = control;
		this.session = session;
		this.selection = selection;
		MenuManager manager = new MenuManager();
		manager.setRemoveAllWhenShown(true);
		manager.addMenuListener(menu -> fill(menu));
		control.setMenu(manager.createContextMenu(control));
		control.addDisposeListener(e -> manager.dispose());
	}

	/**
	 * @param callback opens an element (the menu's Open item; none without a callback)
	 * @return this
	 */
	public ElementMenu onOpen(Consumer<EObject> callback) {
		this.open = callback;
		return this;
	}

	/**
	 * @param callback receives each element made by New or Duplicate, after the command ran
	 * @return this
	 */
	public ElementMenu onCreated(Consumer<EObject> callback) {
		this.created = callback;
		return this;
	}

	/**
	 * For views that delete in their own way (the diagram removes its shapes with the elements): the
	 * menu's Delete runs this instead of {@link #delete()}.
	 *
	 * @param deletion deletes the view's selection
	 * @return this
	 */
	public ElementMenu withOwnDelete(Runnable deletion) {
		this.ownDelete = deletion;
		return this;
	}

	/**
	 * Binds the Delete key of the control to {@link #delete()}.
	 *
	 * @return this
	 */
	public ElementMenu withDeleteKey() {
		control.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.DEL && e.stateMask == 0) {
				delete();
				e.doit = false;
			}
		});
		return this;
	}

	/**
	 * @param newClock gives today (tests)
	 * @param answer   answers the deletion question (tests)
	 * @return this
	 */
	public ElementMenu withTestDoubles(Clock newClock, Confirmation answer) {
		this.clock = newClock;
		this.confirmation = answer;
		return this;
	}

	/** Fills a menu as the context menu shows it (for tests and for callers with their own menu). */
	void fill(org.eclipse.jface.action.IMenuManager menu) {
		ProjectSession current = session.get();
		EObject selected = selection.get();
		boolean editable = current != null && !current.isReadOnly();
		if (open != null && selected != null) {
			menu.add(action(Messages.Element_open, true, () -> open.accept(selected)));
			menu.add(new Separator());
		}
		MenuManager newMenu = new MenuManager(Messages.Element_new);
		for (EClass type : ProjectElements.CREATABLE) {
			boolean possible = editable && ProjectElements.canCreate(current.project(), type, selected);
			newMenu.add(action(newLabel(type), possible, () -> create(type)));
		}
		menu.add(newMenu);
		if (selected instanceof Finding finding) {
			menu.add(action(Messages.Element_closeFinding, editable && Findings.canClose(finding), this::closeFinding));
		}
		menu.add(action(Messages.Element_duplicate, editable && ProjectElements.canDuplicate(selected), this::duplicate));
		menu.add(action(Messages.Element_delete, editable && ProjectElements.canDelete(selected),
				ownDelete != null ? ownDelete : this::delete));
	}

	/**
	 * New: makes an element of the type with defaults from the selection, as one undoable command.
	 *
	 * @param type one of {@link ProjectElements#CREATABLE}
	 * @return the new element, or {@code null} when it cannot be made here
	 */
	public EObject create(EClass type) {
		ProjectSession current = session.get();
		EObject selected = selection.get();
		if (current == null || current.isReadOnly() || !ProjectElements.canCreate(current.project(), type, selected)) {
			return null;
		}
		current.commitPendingEdits();
		return run(current, ProjectElements.create(current.editingDomain(), current.project(), type, selected,
				AuditorProfiles.current().name(), clock));
	}

	/**
	 * Close Finding: closes the selected finding when every one of its actions is verified (validation
	 * rule 114 in the Problems view), as one undoable command.
	 *
	 * @return whether the finding was closed
	 */
	public boolean closeFinding() {
		ProjectSession current = session.get();
		if (current == null || current.isReadOnly() || !(selection.get() instanceof Finding finding) || !Findings.canClose(finding)) {
			return false;
		}
		current.commitPendingEdits();
		current.editingDomain().getCommandStack().execute(Findings.close(current.editingDomain(), finding));
		return true;
	}

	/** @return the copy of the selected element, or {@code null} when it cannot be duplicated */
	public EObject duplicate() {
		ProjectSession current = session.get();
		EObject selected = selection.get();
		if (current == null || current.isReadOnly() || !ProjectElements.canDuplicate(selected)) {
			return null;
		}
		current.commitPendingEdits();
		return run(current, ProjectElements.duplicate(current.editingDomain(), current.project(), selected));
	}

	/**
	 * Asks the deletion question for elements a view deletes in its own way (the diagram): the first
	 * element, then everything that goes with them.
	 *
	 * @param elements the model elements to delete
	 * @return whether to delete them; {@code true} when there is nothing to ask about
	 */
	public boolean confirmDeletion(List<EObject> elements) {
		if (elements.isEmpty()) {
			return true;
		}
		List<EObject> dependents = new ArrayList<>(elements.subList(1, elements.size()));
		for (EObject dependent : ProjectElements.dependents(elements)) {
			if (!dependents.contains(dependent)) {
				dependents.add(dependent);
			}
		}
		return confirmation.confirm(control.getShell(), elements.get(0), dependents);
	}

	/** @return whether the selected element (and what goes with it) was deleted, after confirmation */
	public boolean delete() {
		ProjectSession current = session.get();
		EObject selected = selection.get();
		if (current == null || current.isReadOnly() || !ProjectElements.canDelete(selected)) {
			return false;
		}
		current.commitPendingEdits();
		List<EObject> dependents = ProjectElements.dependents(List.of(selected));
		if (!confirmation.confirm(control.getShell(), selected, dependents)) {
			return false;
		}
		Command command = ProjectElements.delete(current.editingDomain(), List.of(selected));
		if (!command.canExecute()) {
			return false;
		}
		current.editingDomain().getCommandStack().execute(command);
		return true;
	}

	private EObject run(ProjectSession current, Creation creation) {
		if (!creation.command().canExecute()) {
			return null;
		}
		current.editingDomain().getCommandStack().execute(creation.command());
		created.accept(creation.element());
		return creation.element();
	}

	/**
	 * @param type a creatable type
	 * @return its menu label
	 */
	static String newLabel(EClass type) {
		if (type == Literals.ORGANIZATION) {
			return Messages.Element_newOrganization;
		} else if (type == Literals.RELATIONSHIP) {
			return Messages.Element_newRelationship;
		} else if (type == Literals.CONTRACT) {
			return Messages.Element_newContract;
		} else if (type == Literals.CHECKLIST) {
			return Messages.Element_newChecklist;
		} else if (type == Literals.CAMPAIGN) {
			return Messages.Element_newCampaign;
		} else if (type == Literals.ASSESSMENT) {
			return Messages.Element_newAssessment;
		} else if (type == Literals.VISIT) {
			return Messages.Element_newVisit;
		} else if (type == Literals.FINDING) {
			return Messages.Element_newFinding;
		}
		return Messages.Element_newAction;
	}

	/**
	 * @param element    the element to delete
	 * @param dependents what goes with it
	 * @return the deletion question: the element, then what goes with it (the first {@value #LISTED}
	 *         by name), then how to undo
	 */
	public static String question(EObject element, List<EObject> dependents) {
		Language language = Language.ui();
		StringBuilder text = new StringBuilder(NLS.bind(Messages.Delete_question, language.qualified(element)));
		if (!dependents.isEmpty()) {
			text.append("\n\n").append(NLS.bind(Messages.Delete_alsoDeleted, dependents.size())); //$NON-NLS-1$
			for (EObject dependent : dependents.subList(0, Math.min(LISTED, dependents.size()))) {
				text.append("\n  \u2022 ").append(language.qualified(dependent)); //$NON-NLS-1$
			}
			if (dependents.size() > LISTED) {
				text.append("\n  ").append(NLS.bind(Messages.Delete_more, dependents.size() - LISTED)); //$NON-NLS-1$
			}
		}
		return text.append("\n\n").append(Messages.Delete_undo).toString(); //$NON-NLS-1$
	}

	private static boolean askToDelete(Shell shell, EObject element, List<EObject> dependents) {
		MessageDialog dialog = new MessageDialog(shell, Messages.Delete_title, null, question(element, dependents),
				MessageDialog.QUESTION, 1, Messages.Delete_button, IDialogConstants.CANCEL_LABEL);
		return dialog.open() == 0;
	}

	private static IAction action(String text, boolean enabled, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setEnabled(enabled);
		return action;
	}
}
