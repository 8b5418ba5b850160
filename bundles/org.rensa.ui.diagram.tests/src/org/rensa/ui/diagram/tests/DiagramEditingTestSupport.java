// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.diagram.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Display;

/** Helpers of the diagram editor tests. */
final class DiagramEditingTestSupport {

	private DiagramEditingTestSupport() {
	}

	static void flush() {
		Display display = Display.getDefault();
		for (int i = 0; i < 5; i++) {
			while (display.readAndDispatch()) {
				// drain
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	static Path demo() {
		String root = System.getProperty("rensa.root");
		Path base = root == null || root.isEmpty() ? Paths.get("").toAbsolutePath() : Paths.get(root);
		for (Path candidate = base; candidate != null; candidate = candidate.getParent()) {
			if (Files.isDirectory(candidate.resolve("samples/demo/model"))) {
				return candidate.resolve("samples/demo");
			}
		}
		throw new IllegalStateException("samples/demo not found");
	}

	static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target);
				}
			}
		}
	}
}
