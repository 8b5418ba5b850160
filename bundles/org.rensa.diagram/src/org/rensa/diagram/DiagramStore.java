// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.rensa.core.io.AtomicFiles;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.CompanionFiles;
import org.rensa.diagram.description.SupplyChainDiagram;
import org.rensa.diagram.notation.Diagram;
import org.rensa.diagram.notation.Edge;
import org.rensa.diagram.notation.NotationFactory;
import org.rensa.diagram.notation.NotationPackage;

/**
 * Reads and writes diagrams. A diagram is kept inside the project's model directory, in
 * {@code DIR/model/diagrams/NAME.rensadiagram}, as a {@linkplain CompanionFiles companion file} of
 * the project: it is saved in the same atomic {@code model.new/} → {@code model/} swap as the model
 * (a crash leaves model and diagram of the same save) and backed up with it in {@code model.bak/}.
 * The content is deterministic XMI (UTF-8, LF, ids derived from the semantic ids). Diagrams are
 * loaded into a resource set of their own and reference semantic elements by id only, so a diagram
 * that cannot be read never touches the semantic model.
 * <p>
 * Migration: projects written before diagrams moved into the model kept them in
 * {@code DIR/diagrams/NAME.rensadiagram}. That file is read when the model has no diagram of that
 * name; once a save has written the diagram into the model ({@link #saveWithProject}), the old file
 * is deleted (and the old {@code diagrams/} directory when it is left empty).
 */
public final class DiagramStore {

	/** Directory of the diagrams, below the project's {@code model/} directory (and, formerly, below the project directory). */
	public static final String DIRECTORY = "diagrams";
	/** The model directory the diagrams live in (the project storage's). */
	public static final String MODEL_DIRECTORY = "model";
	/** File extension. */
	public static final String EXTENSION = ".rensadiagram";
	/** Name of the diagram the workbench and the command line use by default. */
	public static final String DEFAULT_NAME = "supply-chain";

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,80}");

	private DiagramStore() {
	}

	/**
	 * @param projectDirectory the project directory
	 * @param name             the diagram name
	 * @return the file of that diagram as saved with the model ({@code DIR/model/diagrams/NAME.rensadiagram})
	 * @throws IllegalArgumentException for a name that is not a plain file name
	 */
	public static Path fileOf(Path projectDirectory, String name) {
		return projectDirectory.resolve(MODEL_DIRECTORY).resolve(companionPath(name));
	}

	/**
	 * @param name the diagram name
	 * @return its path relative to the model directory, as a companion file ({@code diagrams/NAME.rensadiagram})
	 * @throws IllegalArgumentException for a name that is not a plain file name
	 */
	public static String companionPath(String name) {
		checkName(name);
		return DIRECTORY + "/" + name + EXTENSION;
	}

	/**
	 * @param projectDirectory the project directory
	 * @param name             the diagram name
	 * @return where projects of earlier versions kept that diagram ({@code DIR/diagrams/NAME.rensadiagram}),
	 *         read only when the model has no diagram of that name
	 * @throws IllegalArgumentException for a name that is not a plain file name
	 */
	public static Path legacyFileOf(Path projectDirectory, String name) {
		checkName(name);
		return projectDirectory.resolve(DIRECTORY).resolve(name + EXTENSION);
	}

	private static void checkName(String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("invalid diagram name: " + name);
		}
	}

	/**
	 * Reads a project's stored diagram: the one saved with the model, else the one at the old
	 * location (see the class comment).
	 *
	 * @param document the loaded project
	 * @param name     the diagram name
	 * @return the diagram (not yet synchronised), or empty when the project has none
	 * @throws IOException when the stored diagram cannot be read; the message names the file
	 */
	public static java.util.Optional<Diagram> load(AuditProjectDocument document, String name) throws IOException {
		java.util.Optional<byte[]> stored = document.getCompanionFiles().stored(companionPath(name));
		if (stored.isPresent()) {
			return java.util.Optional.of(load(stored.get(), fileOf(document.getDirectory(), name)));
		}
		Path legacy = legacyFileOf(document.getDirectory(), name);
		if (Files.isRegularFile(legacy)) {
			return java.util.Optional.of(load(legacy));
		}
		return java.util.Optional.empty();
	}

	/**
	 * Makes a diagram part of its project's saves: from now on every save of the project writes it
	 * into the model's atomic swap, and the first such save deletes the diagram's file at the old
	 * location.
	 *
	 * @param document the loaded project
	 * @param name     the diagram name
	 * @param diagram  the diagram (serialised at each save)
	 */
	public static void saveWithProject(AuditProjectDocument document, String name, Diagram diagram) {
		Path legacy = legacyFileOf(document.getDirectory(), name);
		document.getCompanionFiles().contribute(companionPath(name), new CompanionFiles.Contributor() {
			@Override
			public byte[] content() throws IOException {
				return serialize(diagram);
			}

			@Override
			public void saved() {
				deleteLegacy(legacy);
			}
		});
	}

	private static void deleteLegacy(Path legacy) {
		try {
			Files.deleteIfExists(legacy);
			Path directory = legacy.getParent();
			if (Files.isDirectory(directory)) {
				try (var rest = Files.list(directory)) {
					if (rest.findAny().isEmpty()) {
						Files.delete(directory);
					}
				}
			}
		} catch (IOException e) {
			// The diagram is safely in the model; a leftover old file is ignored from now on.
		}
	}

	/**
	 * @param name the diagram name
	 * @return a new, empty diagram of the supply-chain description with every layer switched off
	 */
	public static Diagram newDiagram(String name) {
		Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
		diagram.setId("diagram-" + name);
		diagram.setName(name);
		diagram.setDescription(SupplyChainDiagram.ID);
		return diagram;
	}

	/**
	 * Loads a diagram.
	 *
	 * @param file the file
	 * @return the diagram (not yet synchronised: call {@link DiagramSynchronizer})
	 * @throws IOException when the file cannot be read or is not a diagram; the message names the file
	 */
	public static Diagram load(Path file) throws IOException {
		return load(Files.readAllBytes(file), file);
	}

	/**
	 * Loads a diagram from its bytes.
	 *
	 * @param bytes the content
	 * @param file  where it comes from (for messages)
	 * @return the diagram (not yet synchronised)
	 * @throws IOException when the content is not a diagram; the message names the file
	 */
	public static Diagram load(byte[] bytes, Path file) throws IOException {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(NotationPackage.eNS_URI, NotationPackage.eINSTANCE);
		XMIResourceImpl resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
		resourceSet.getResources().add(resource);
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, null);
		Map<String, Boolean> parserFeatures = new HashMap<>();
		parserFeatures.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		parserFeatures.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		parserFeatures.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		options.put(XMLResource.OPTION_PARSER_FEATURES, parserFeatures);
		try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
			resource.load(in, options);
		} catch (IOException | RuntimeException e) {
			// References to missing nodes are repaired below (the synchroniser rebuilds those edges).
			if (!onlyUnresolvedReferences(resource)) {
				throw new IOException(file + ": not a readable diagram (" + firstLine(e) + ")", e);
			}
		}
		if (!onlyUnresolvedReferences(resource)) {
			throw new IOException(file + ": not a readable diagram (" + resource.getErrors().get(0).getMessage() + ")");
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Diagram diagram)) {
			throw new IOException(file + ": not a diagram");
		}
		for (Edge edge : diagram.getEdges()) {
			if (edge.getSource() == null || edge.getTarget() == null || edge.getSource().eIsProxy()
					|| edge.getTarget().eIsProxy()) {
				// Dangling edge ends: dropped here; the synchroniser recreates edges from the semantic model.
				edge.setSource(null);
				edge.setTarget(null);
			}
		}
		diagram.getEdges().removeIf(edge -> edge.getSource() == null);
		resource.getContents().clear();
		resourceSet.getResources().clear();
		return diagram;
	}

	/**
	 * Saves a diagram atomically and deterministically.
	 *
	 * @param diagram the diagram
	 * @param file    the file (its directory is created)
	 * @throws IOException when writing fails; the previous file is then intact
	 */
	public static void save(Diagram diagram, Path file) throws IOException {
		AtomicFiles.write(file, serialize(diagram));
	}

	/**
	 * @param diagram a diagram
	 * @return its XMI, as saved
	 * @throws IOException when serialisation fails
	 */
	public static byte[] serialize(Diagram diagram) throws IOException {
		// Serialise a copy so that the diagram stays where it is (e.g. in an editor's resource).
		Diagram copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(diagram);
		XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("diagram" + EXTENSION));
		resource.getContents().add(copy);
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
		options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.FALSE);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, options);
		return out.toByteArray();
	}

	/**
	 * @param projectDirectory a project directory
	 * @return the names of its diagrams (saved with the model or at the old location), sorted
	 * @throws IOException when a directory cannot be listed
	 */
	public static List<String> list(Path projectDirectory) throws IOException {
		java.util.TreeSet<String> names = new java.util.TreeSet<>();
		for (Path directory : List.of(projectDirectory.resolve(MODEL_DIRECTORY).resolve(DIRECTORY),
				projectDirectory.resolve(DIRECTORY))) {
			if (Files.isDirectory(directory)) {
				try (var stream = Files.list(directory)) {
					stream.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(EXTENSION))
							.map(n -> n.substring(0, n.length() - EXTENSION.length()))
							.filter(n -> NAME.matcher(n).matches()).forEach(names::add);
				}
			}
		}
		return new ArrayList<>(names);
	}

	private static boolean onlyUnresolvedReferences(XMIResourceImpl resource) {
		for (Resource.Diagnostic error : resource.getErrors()) {
			if (!(error instanceof UnresolvedReferenceException)) {
				return false;
			}
		}
		return true;
	}

	private static String firstLine(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}
}
