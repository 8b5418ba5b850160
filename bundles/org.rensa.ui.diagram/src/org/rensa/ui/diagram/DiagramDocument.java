// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.diagram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.WeakHashMap;

import org.rensa.diagram.DiagramStore;
import org.rensa.diagram.SupplyChainDiagrams;
import org.rensa.diagram.notation.Diagram;
import org.rensa.ui.RensaUi;
import org.rensa.ui.session.ProjectSession;

/**
 * The diagram of an open project, kept in step with it: synchronised after every command, undo and
 * redo, and written to {@code DIR/diagrams/supply-chain.rensadiagram} whenever the project becomes
 * clean (saved, or undone back to its save point) and the diagram differs from the file. Notation
 * edits run on the project's command stack, so they make the project dirty like any other edit.
 */
public final class DiagramDocument {

	/** One document per open project, shared by every diagram editor opened on it while it is open. */
	private static final Map<ProjectSession, DiagramDocument> OPEN = new WeakHashMap<>();

	private final ProjectSession session;
	private final Diagram diagram;
	private final Path file;
	private byte[] written;
	private boolean wasDirty;
	private Exception error;

	private DiagramDocument(ProjectSession session, Diagram diagram, Path file, byte[] written) {
		this.session = session;
		this.diagram = diagram;
		this.file = file;
		this.written = written;
		this.wasDirty = session.isDirty();
	}

	/**
	 * The diagram document of an open project: opened on first use and then kept, following the
	 * project, for as long as the project is open, so that diagram edits still on the command stack
	 * are saved with the project even after the editor was closed, and a reopened editor shows them.
	 *
	 * @param session the open project
	 * @return its document
	 * @throws IOException when the stored diagram cannot be read (nothing is changed)
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
			} catch (IOException | RuntimeException e) {
				RensaUi.log(e);
				document.error = e;
			}
		});
		return document;
	}

	/**
	 * Opens the project's diagram (a new one, laid out, when there is none).
	 *
	 * @param session the open project
	 * @return the document
	 * @throws IOException when the stored diagram cannot be read (nothing is changed)
	 */
	public static DiagramDocument open(ProjectSession session) throws IOException {
		Path directory = session.document().getDirectory();
		Path file = DiagramStore.fileOf(directory, DiagramStore.DEFAULT_NAME);
		Diagram diagram = SupplyChainDiagrams.open(directory, session.project(), DiagramStore.DEFAULT_NAME);
		return new DiagramDocument(session, diagram, file, Files.exists(file) ? Files.readAllBytes(file) : null);
	}

	/**
	 * Starts a new layout in place of a diagram file that could not be read; the file is replaced
	 * when the project is next saved.
	 *
	 * @param session the open project
	 * @return the document
	 */
	public static DiagramDocument fresh(ProjectSession session) {
		Path file = DiagramStore.fileOf(session.document().getDirectory(), DiagramStore.DEFAULT_NAME);
		Diagram diagram = DiagramStore.newDiagram(DiagramStore.DEFAULT_NAME);
		SupplyChainDiagrams.refresh(diagram, session.project());
		return new DiagramDocument(session, diagram, file, null);
	}

	/** @return the last failure to write the diagram after a project change, cleared by this call */
	public Exception takeError() {
		Exception last = error;
		error = null;
		return last;
	}

	/** @return the diagram */
	public Diagram diagram() {
		return diagram;
	}

	/** @return the file the diagram is kept in */
	public Path file() {
		return file;
	}

	/**
	 * To be called after every change of the project: synchronises the diagram and writes it when
	 * the project has just become clean.
	 *
	 * @throws IOException when writing fails (the project and the old file are untouched)
	 */
	public void projectChanged() throws IOException {
		SupplyChainDiagrams.refresh(diagram, session.project());
		boolean dirty = session.isDirty();
		boolean becameClean = wasDirty && !dirty;
		wasDirty = dirty;
		if (becameClean) {
			save();
		}
	}

	/**
	 * Writes the diagram if it differs from the file.
	 *
	 * @throws IOException when writing fails
	 */
	public void save() throws IOException {
		byte[] bytes = DiagramStore.serialize(diagram);
		if (written == null || !Arrays.equals(bytes, written)) {
			DiagramStore.writeAtomically(file, bytes);
			written = bytes;
		}
	}
}
