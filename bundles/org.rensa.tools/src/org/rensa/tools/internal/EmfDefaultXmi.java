// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.RensaPackage;

/**
 * EMF's plain XMI persistence with its default options, the yardstick of {@code rensa benchmark}: one
 * {@code XMIResourceImpl} per model file, {@code save}/{@code load} with an empty option map, no flush
 * to disk, and cross-file references left as proxies after loading (EMF resolves them on first
 * access; Rensa's load resolves and checks them all).
 */
final class EmfDefaultXmi {

	private EmfDefaultXmi() {
	}

	/**
	 * Saves every resource of a document into a folder, named as in the project.
	 *
	 * @param document  the document
	 * @param directory an existing folder
	 * @throws IOException when a file cannot be written
	 */
	static void save(AuditProjectDocument document, Path directory) throws IOException {
		for (Resource resource : document.getResourceSet().getResources()) {
			try (OutputStream out = Files.newOutputStream(directory.resolve(resource.getURI().lastSegment()))) {
				resource.save(out, Collections.emptyMap());
			}
		}
	}

	/**
	 * Loads every {@code .xmi} file of a folder.
	 *
	 * @param directory the folder {@link #save} wrote
	 * @return the resource set holding the loaded resources
	 * @throws IOException when a file cannot be read or parsed
	 */
	static ResourceSet load(Path directory) throws IOException {
		RensaPackage.eINSTANCE.eClass();
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		List<Path> files;
		try (Stream<Path> entries = Files.list(directory)) {
			files = entries.filter(f -> f.getFileName().toString().endsWith(".xmi")).sorted().collect(Collectors.toList());
		}
		for (Path file : files) {
			Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
			try (InputStream in = Files.newInputStream(file)) {
				resource.load(in, Collections.emptyMap());
			}
		}
		return resourceSet;
	}
}
