// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
import org.rensa.diagram.description.SupplyChainDiagram;
import org.rensa.diagram.notation.Diagram;
import org.rensa.diagram.notation.Edge;
import org.rensa.diagram.notation.NotationFactory;
import org.rensa.diagram.notation.NotationPackage;

/**
 * Reads and writes diagrams. A diagram lives next to the project's model, in
 * {@code DIR/diagrams/NAME.rensadiagram}: deterministic XMI (UTF-8, LF, ids derived from the
 * semantic ids), written to a temporary file, synced, then renamed over the old one. Diagrams are
 * loaded into a resource set of their own and reference semantic elements by id only, so a diagram
 * that cannot be read never touches the semantic model.
 */
public final class DiagramStore {

	/** Directory below the project directory. */
	public static final String DIRECTORY = "diagrams";
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
	 * @return the file of that diagram
	 * @throws IllegalArgumentException for a name that is not a plain file name
	 */
	public static Path fileOf(Path projectDirectory, String name) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("invalid diagram name: " + name);
		}
		return projectDirectory.resolve(DIRECTORY).resolve(name + EXTENSION);
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
		try (InputStream in = Files.newInputStream(file)) {
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
		writeAtomically(file, serialize(diagram));
	}

	/**
	 * Writes a file atomically: a temporary sibling is written and synced, then renamed over the file.
	 *
	 * @param file  the file (its directory is created)
	 * @param bytes the content
	 * @throws IOException when writing fails; the previous file is then intact
	 */
	public static void writeAtomically(Path file, byte[] bytes) throws IOException {
		Path target = file.toAbsolutePath();
		Path directory = target.getParent();
		Files.createDirectories(directory);
		Path temp = directory.resolve("." + target.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
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
	 * @return the names of its diagrams, sorted
	 * @throws IOException when the directory cannot be listed
	 */
	public static List<String> list(Path projectDirectory) throws IOException {
		Path directory = projectDirectory.resolve(DIRECTORY);
		List<String> names = new ArrayList<>();
		if (Files.isDirectory(directory)) {
			try (var stream = Files.list(directory)) {
				stream.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(EXTENSION))
						.map(n -> n.substring(0, n.length() - EXTENSION.length())).sorted().forEach(names::add);
			}
		}
		return names;
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
