// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.storage.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

import org.rensa.core.io.AtomicFiles;

/**
 * The file-system operations used by the atomic save, as a seam so that tests can inject a failure
 * at each step; the real ones are {@link AtomicFiles}' primitives.
 */
public interface FileSystemOps {

	/**
	 * Creates (or truncates) {@code file}, writes the content and forces it to disk.
	 *
	 * @param file the file
	 * @param content the content
	 * @throws IOException on failure
	 */
	void writeFile(Path file, AtomicFiles.Content content) throws IOException;

	/**
	 * Forces a directory's entries to disk (best effort where the platform does not support it).
	 *
	 * @param directory the directory
	 * @throws IOException on failure
	 */
	void syncDirectory(Path directory) throws IOException;

	/**
	 * Renames atomically.
	 *
	 * @param source the source
	 * @param target the target, which must not exist
	 * @throws IOException on failure
	 */
	void rename(Path source, Path target) throws IOException;

	/**
	 * Deletes a file or a directory tree if it exists.
	 *
	 * @param path the path
	 * @throws IOException on failure
	 */
	void deleteTree(Path path) throws IOException;

	/**
	 * @param directory the directory to create with its parents
	 * @throws IOException on failure
	 */
	void createDirectories(Path directory) throws IOException;

	/** The real file system. */
	FileSystemOps DEFAULT = new FileSystemOps() {

		@Override
		public void writeFile(Path file, AtomicFiles.Content content) throws IOException {
			AtomicFiles.writeDurably(file, content);
		}

		@Override
		public void syncDirectory(Path directory) {
			AtomicFiles.syncDirectory(directory);
		}

		@Override
		public void rename(Path source, Path target) throws IOException {
			AtomicFiles.rename(source, target);
		}

		@Override
		public void deleteTree(Path path) throws IOException {
			if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
				return;
			}
			Files.walkFileTree(path, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
					Files.delete(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
					if (exc != null) {
						throw exc;
					}
					Files.delete(dir);
					return FileVisitResult.CONTINUE;
				}
			});
		}

		@Override
		public void createDirectories(Path directory) throws IOException {
			Files.createDirectories(directory);
		}
	};
}
