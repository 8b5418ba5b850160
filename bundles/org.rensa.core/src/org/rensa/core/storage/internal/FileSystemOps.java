// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.storage.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The file-system operations used by the atomic save, as a seam so that tests can inject a failure
 * at each step.
 */
public interface FileSystemOps {

	/** Writes content into a file. */
	@FunctionalInterface
	interface Content {
		/**
		 * @param out the stream to write to; must not be closed by the content
		 * @throws IOException on failure
		 */
		void writeTo(OutputStream out) throws IOException;
	}

	/**
	 * Creates (or truncates) {@code file}, writes the content and forces it to disk.
	 *
	 * @param file the file
	 * @param content the content
	 * @throws IOException on failure
	 */
	void writeFile(Path file, Content content) throws IOException;

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
		public void writeFile(Path file, Content content) throws IOException {
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
					StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
				OutputStream raw = java.nio.channels.Channels.newOutputStream(channel);
				java.io.BufferedOutputStream out = new java.io.BufferedOutputStream(raw, 1 << 16) {
					@Override
					public void close() throws IOException {
						flush();
					}
				};
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
		}

		@Override
		public void syncDirectory(Path directory) throws IOException {
			try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
				channel.force(true);
			} catch (IOException | UnsupportedOperationException e) {
				// Some platforms cannot open directories; the rename itself is still atomic there.
			}
		}

		@Override
		public void rename(Path source, Path target) throws IOException {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
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
