// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.team;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.sync.GitSync;
import org.rensa.sync.SyncException;
import org.rensa.ui.session.ProjectSession;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The team status in the bottom trim: commits to send and to merge (ahead/behind the remote as
 * last fetched), the last sync's time and result, conflicts left. Read from the local repository
 * only; refreshed when the project or the team state changes.
 */
public final class TeamStatusControl {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$

	private final TeamState state;
	private final Runnable listener = this::refreshLater;
	private Label label;
	private ProjectSession session;

	/** @param state the team state */
	@Inject
	public TeamStatusControl(TeamState state) {
		this.state = state;
	}

	/** @param parent the trim's composite */
	@PostConstruct
	public void create(Composite parent) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 2).applyTo(box);
		label = new Label(box, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).hint(620, SWT.DEFAULT).applyTo(label);
		state.addListener(listener);
		refresh();
	}

	/** @param session the open project, or {@code null} */
	@Inject
	public void setSession(@Optional ProjectSession session) {
		this.session = session;
		refreshLater();
	}

	/** Stops listening. */
	@PreDestroy
	public void dispose() {
		state.removeListener(listener);
	}

	private void refreshLater() {
		if (label != null && !label.isDisposed()) {
			label.getDisplay().asyncExec(this::refresh);
		}
	}

	/** Reads the status again and shows it. */
	public void refresh() {
		if (label == null || label.isDisposed()) {
			return;
		}
		label.setText(text(session == null ? null : session.document().getDirectory(), state));
		label.getParent().layout(true);
	}

	/** @return the text shown */
	public String text() {
		return label.getText();
	}

	/**
	 * @param directory the open project, or {@code null}
	 * @param state     the team state
	 * @return the status line for it
	 */
	public static String text(Path directory, TeamState state) {
		if (directory == null) {
			return ""; //$NON-NLS-1$
		}
		if (state.isRunning()) {
			return Messages.Status_running;
		}
		if (!Files.isDirectory(directory.resolve(".git"))) { //$NON-NLS-1$
			return Messages.Status_notShared;
		}
		GitSync.SyncStatus status;
		try {
			status = new GitSync(ProjectStorage.standard(), null).status(directory);
		} catch (SyncException e) {
			return NLS.bind(Messages.Status_unreadable, e.getMessage());
		}
		String when = status.lastSync() == null ? Messages.Status_never
				: NLS.bind(Messages.Status_last, TIME.format(status.lastSync().atZone(ZoneId.systemDefault())));
		String text = NLS.bind(Messages.Status_line, new Object[] { status.ahead(), status.behind(), when });
		int conflicts = state.conflicts(directory).size();
		if (conflicts > 0) {
			text += "  \u00b7  " + NLS.bind(Messages.Status_conflicts, conflicts); //$NON-NLS-1$
		} else if (state.lastResult() != null) {
			text += "  \u00b7  " + state.lastResult(); //$NON-NLS-1$
		}
		return text;
	}
}
