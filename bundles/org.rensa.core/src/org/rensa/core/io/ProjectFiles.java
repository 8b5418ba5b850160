// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The one rule for files Rensa reads from a project because the project names them (logos and fonts in
 * {@code settings/}, evidence files): after every symbolic link is resolved ({@link Path#toRealPath}),
 * the file must be a regular file inside the project's real directory. A logo that is a link to a
 * picture elsewhere, or a {@code settings/} folder linked outside the project, is refused, so a project
 * received from someone else cannot make Rensa read (and embed in a report) a file outside it.
 */
public final class ProjectFiles {

	private ProjectFiles() {
	}

	/**
	 * @param projectDirectory the project directory
	 * @param file             a file the project names
	 * @return {@code null} when the file is a regular file inside the project after resolving links;
	 *         otherwise why it is refused, a few words such as {@code "does not exist"},
	 *         {@code "is not a regular file"} or {@code "leads outside the project (a symbolic link)"}
	 */
	public static String problem(Path projectDirectory, Path file) {
		if (!Files.exists(file)) {
			return "does not exist";
		}
		Path real;
		Path root;
		try {
			real = file.toRealPath();
			root = projectDirectory.toRealPath();
		} catch (IOException e) {
			return "cannot be resolved (" + e.getClass().getSimpleName() + ")";
		}
		if (!real.startsWith(root) || real.equals(root)) {
			return "leads outside the project (a symbolic link to " + real + ")";
		}
		if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
			return "is not a regular file";
		}
		return null;
	}

	/**
	 * @param projectDirectory the project directory
	 * @param file             a file the project names
	 * @return the file's real path
	 * @throws IOException with one line naming the file and why it is refused (see {@link #problem})
	 */
	public static Path inside(Path projectDirectory, Path file) throws IOException {
		String problem = problem(projectDirectory, file);
		if (problem != null) {
			throw new IOException(display(projectDirectory, file) + ": refused: " + problem);
		}
		return file.toRealPath();
	}

	private static String display(Path projectDirectory, Path file) {
		Path dir = projectDirectory.toAbsolutePath().normalize();
		Path abs = file.toAbsolutePath().normalize();
		return abs.startsWith(dir) ? dir.relativize(abs).toString() : abs.toString();
	}
}
