// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.diagram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.WeakHashMap;

import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.diagram.DiagramStore;
import org.rensa.diagram.SupplyChainDiagrams;
import org.rensa.diagram.description.ChainFacts;
import org.rensa.diagram.notation.Diagram;
import org.rensa.ui.RensaUi;
import org.rensa.ui.session.ProjectSession;

/**
 * The diagram of an open project, kept in step with it: synchronised after every command, undo and
 * redo, and saved by the project's own Save, inside the model's atomic swap
 * ({@code DIR/model/diagrams/supply-chain.rensadiagram}, see {@link DiagramStore}). Notation edits
 * run on the project's command stack, so they make the project dirty like any other edit and the
 * project's single Save writes model and diagram together.
 */
public final class DiagramDocument {

	/** One document per open project, shared by every diagram editor opened on it while it is open. */
	private static final Map<ProjectSession, DiagramDocument> OPEN = new WeakHashMap<>();

	private final ProjectSession session;
	private final Diagram diagram;
	private Exception error;

	private DiagramDocument(ProjectSession session, Diagram diagram) {
		this.session = session;
		this.diagram = diagram;
		DiagramStore.saveWithProject(session.document(), DiagramStore.DEFAULT_NAME, diagram);
	}

	/**
	 * The diagram document of an open project: opened on first use and then kept, following the
	 * project, for as long as the project is open, so that diagram edits still on the command stack
	 * are saved with the project even after the editor was closed, and a reopened editor shows them.
	 *
	 * @param session the open project
	 * @return its document
	 * @throws IOException when the stored diagram cannot be read (nothing is changed, and the stored
	 *                     diagram is kept by the project's saves)
	 */
	public static synchronized DiagramDocument of(ProjectSession session) throws IOException {
		DiagramDocument document = OPEN.get(session);
		if (document == null) {
			document = register(open(session));
		}
		return document;
	}

	/**
	 * Replaces an unreadable diagram of an open project by a new layout (see {@link #fresh}).
	 *
	 * @param session the open project
	 * @return its new document
	 */
	public static synchronized DiagramDocument replaceUnreadable(ProjectSession session) {
		return register(fresh(session));
	}

	private static DiagramDocument register(DiagramDocument document) {
		OPEN.put(document.session, document);
		document.session.addChangeListener(() -> {
			try {
				document.projectChanged();
			} catch (RuntimeException e) {
				RensaUi.log(e);
				document.error = e;
			}
		});
		return document;
	}

	/**
	 * Opens the project's diagram (a new one, laid out, when there is none) and makes it part of the
	 * project's saves.
	 *
	 * @param session the open project
	 * @return the document
	 * @throws IOException when the stored diagram cannot be read (nothing is changed)
	 */
	public static DiagramDocument open(ProjectSession session) throws IOException {
		return new DiagramDocument(session, SupplyChainDiagrams.open(session.document(), DiagramStore.DEFAULT_NAME));
	}

	/**
	 * Starts a new layout in place of a stored diagram that could not be read; the stored diagram is
	 * replaced when the project is next saved.
	 *
	 * @param session the open project
	 * @return the document
	 */
	public static DiagramDocument fresh(ProjectSession session) {
		Diagram diagram = DiagramStore.newDiagram(DiagramStore.DEFAULT_NAME);
		SupplyChainDiagrams.refresh(diagram, ChainFacts.of(session.document()));
		return new DiagramDocument(session, diagram);
	}

	/**
	 * @param document a loaded project
	 * @return the file its diagram is read from: the one saved with the model, else the old location
	 *         when only that exists
	 */
	public static Path storedFile(AuditProjectDocument document) {
		Path legacy = DiagramStore.legacyFileOf(document.getDirectory(), DiagramStore.DEFAULT_NAME);
		boolean inModel = document.getCompanionFiles().stored(DiagramStore.companionPath(DiagramStore.DEFAULT_NAME))
				.isPresent();
		return !inModel && Files.exists(legacy) ? legacy
				: DiagramStore.fileOf(document.getDirectory(), DiagramStore.DEFAULT_NAME);
	}

	/** @return the last failure to follow a project change, cleared by this call */
	public Exception takeError() {
		Exception last = error;
		error = null;
		return last;
	}

	/** @return the diagram */
	public Diagram diagram() {
		return diagram;
	}

	/** @return the file the diagram is saved to, with the model */
	public Path file() {
		return DiagramStore.fileOf(session.document().getDirectory(), DiagramStore.DEFAULT_NAME);
	}

	/** To be called after every change of the project: synchronises the diagram. */
	public void projectChanged() {
		SupplyChainDiagrams.refresh(diagram, ChainFacts.of(session.document()));
	}
}
