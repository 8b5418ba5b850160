// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The one way Rensa writes a file that must never be left half written: the content goes into a
 * temporary file in the destination's folder, which is flushed to disk, renamed atomically over the
 * destination, and the folder is flushed to disk.
 * <p>
 * On failure (of the content callback, the disk or the rename) the destination is unchanged and the
 * temporary file is removed; after a crash a stray hidden {@code .NAME.*.tmp} file may remain
 * beside it, never a partial destination.
 * <p>
 * Destination handling: missing parent folders are created (and their creation flushed to disk).
 * A destination that is a symbolic link is followed: the file the link points to is replaced (its
 * temporary file lives in that file's folder) and the link stays a link. A new file gets the
 * default permissions of its folder and the process's umask; a replaced file keeps its POSIX
 * permissions.
 */
public final class AtomicFiles {

	/** Writes the content of a file. */
	@FunctionalInterface
	public interface Content {
		/**
		 * @param out the buffered stream to write to; closing it only flushes it, so callbacks that
		 *            close the stream they are given (e.g. PDF writers) are fine
		 * @throws IOException on failure; the destination is then left unchanged
		 */
		void writeTo(OutputStream out) throws IOException;
	}

	/** Symbolic links followed at most when resolving a destination (the limit of Linux). */
	private static final int MAX_LINKS = 40;

	private AtomicFiles() {
	}

	/**
	 * Replaces (or creates) a file atomically with the bytes a callback writes.
	 *
	 * @param file    the destination
	 * @param content writes the new content
	 * @throws IOException when writing fails; the destination is then unchanged
	 */
	public static void write(Path file, Content content) throws IOException {
		Path target = followLinks(file.toAbsolutePath());
		Path directory = target.getParent();
		createDirectories(directory);
		Set<PosixFilePermission> permissions = permissionsOf(target);
		try (PendingFile pending = writeTemporary(directory, "." + target.getFileName(), content)) {
			if (permissions != null) {
				Files.setPosixFilePermissions(pending.path(), permissions);
			}
			pending.moveTo(target);
		}
	}

	/**
	 * Replaces (or creates) a file atomically with the given bytes.
	 *
	 * @param file  the destination
	 * @param bytes the new content
	 * @throws IOException when writing fails; the destination is then unchanged
	 */
	public static void write(Path file, byte[] bytes) throws IOException {
		write(file, out -> out.write(bytes));
	}

	/**
	 * Replaces (or creates) a file atomically with a text in UTF-8.
	 *
	 * @param file the destination
	 * @param text the new content
	 * @throws IOException when writing fails; the destination is then unchanged
	 */
	public static void writeString(Path file, CharSequence text) throws IOException {
		write(file, text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Writes content into a new temporary file in a folder and flushes it to disk, for callers that
	 * choose the destination only afterwards (a content-addressed store names the file by its hash).
	 * Move it with {@link PendingFile#moveTo(Path)}; closing the pending file deletes it unless it
	 * was moved.
	 *
	 * @param directory an existing folder, the destination's
	 * @param content   writes the content
	 * @return the written temporary file
	 * @throws IOException when writing fails; no temporary file is then left
	 */
	public static PendingFile writeTemporary(Path directory, Content content) throws IOException {
		return writeTemporary(directory, ".incoming", content);
	}

	private static PendingFile writeTemporary(Path directory, String prefix, Content content) throws IOException {
		Path temp = directory.resolve(prefix + "." + UUID.randomUUID() + ".tmp");
		try {
			write(temp, content, StandardOpenOption.CREATE_NEW);
		} catch (IOException | RuntimeException | Error e) {
			deleteQuietly(temp, e);
			throw e;
		}
		return new PendingFile(temp);
	}

	/**
	 * Creates or truncates a file, writes the content and flushes it to disk, without a rename: the
	 * primitive for callers that build a whole folder and commit it by renaming the folder.
	 *
	 * @param file    the file
	 * @param content writes the content
	 * @throws IOException on failure
	 */
	public static void writeDurably(Path file, Content content) throws IOException {
		write(file, content, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
	}

	private static void write(Path file, Content content, StandardOpenOption... create) throws IOException {
		List<StandardOpenOption> options = new ArrayList<>(List.of(create));
		options.add(StandardOpenOption.WRITE);
		try (FileChannel channel = FileChannel.open(file, options.toArray(new StandardOpenOption[0]))) {
			OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16) {
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

	/**
	 * Flushes a folder's entries (new, renamed or removed files) to disk. Best effort: platforms that
	 * cannot open a folder (Windows) make renames durable by themselves.
	 *
	 * @param directory the folder
	 */
	public static void syncDirectory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// Nothing more can be done where a folder cannot be opened; the rename itself stays atomic.
		}
	}

	/**
	 * Renames a file or folder atomically ({@link StandardCopyOption#ATOMIC_MOVE}), replacing an
	 * existing target file where the platform does (POSIX does; a non-empty target folder is never
	 * replaced). Flush the folder with {@link #syncDirectory(Path)} to make the rename durable.
	 *
	 * @param source the source
	 * @param target the target, in the same file system
	 * @throws IOException when the rename fails; nothing is then changed
	 */
	public static void rename(Path source, Path target) throws IOException {
		Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
	}

	private static Path followLinks(Path file) throws IOException {
		Path current = file;
		for (int i = 0; Files.isSymbolicLink(current); i++) {
			if (i == MAX_LINKS) {
				throw new FileSystemException(file.toString(), null, "too many levels of symbolic links");
			}
			current = current.getParent().resolve(Files.readSymbolicLink(current));
		}
		return current;
	}

	private static void createDirectories(Path directory) throws IOException {
		Path existing = directory;
		while (existing != null && !Files.isDirectory(existing)) {
			existing = existing.getParent();
		}
		if (directory.equals(existing)) {
			return;
		}
		Files.createDirectories(directory);
		for (Path created = directory; !created.equals(existing); created = created.getParent()) {
			syncDirectory(created.getParent());
		}
	}

	private static Set<PosixFilePermission> permissionsOf(Path target) {
		try {
			return Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) ? Files.getPosixFilePermissions(target) : null;
		} catch (IOException | UnsupportedOperationException e) {
			return null;
		}
	}

	private static void deleteQuietly(Path temp, Throwable failure) {
		try {
			Files.deleteIfExists(temp);
		} catch (IOException e) {
			failure.addSuppressed(e);
		}
	}

	/** A written, flushed temporary file waiting to be moved to its destination. */
	public static final class PendingFile implements AutoCloseable {

		private final Path path;
		private boolean moved;

		private PendingFile(Path path) {
			this.path = path;
		}

		/** @return the temporary file */
		public Path path() {
			return path;
		}

		/**
		 * Renames the file atomically over {@code target} (replacing it) and flushes the target's
		 * folder to disk; missing folders of the target are created.
		 *
		 * @param target the destination, in the temporary file's folder or another folder of the same
		 *               file system
		 * @throws IOException when the rename fails; the target is then unchanged
		 */
		public void moveTo(Path target) throws IOException {
			Path directory = target.toAbsolutePath().getParent();
			createDirectories(directory);
			rename(path, target);
			moved = true;
			syncDirectory(directory);
		}

		/** Deletes the temporary file unless it was moved. */
		@Override
		public void close() throws IOException {
			if (!moved) {
				Files.deleteIfExists(path);
			}
		}
	}
}
