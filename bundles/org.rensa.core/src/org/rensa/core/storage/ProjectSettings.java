// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;

/**
 * The settings files of an open project ({@code *.properties}, e.g. the clause rules, the chain risk
 * weights and the report settings): part of the document, read once when the project is opened,
 * changed only by {@link #change(String, byte[]) commands} (undoable, so the project becomes dirty)
 * and written by the project's single atomic save. The storage knows nothing about their content;
 * the bundles that use them parse the bytes.
 * <ul>
 * <li><b>The project's files</b> are {@linkplain CompanionFiles companion files}
 * {@code model/settings/NAME.properties}. Projects saved by earlier versions kept them in
 * {@code DIR/settings/NAME.properties}: while the model has none of that name, the old file is
 * read at open, and it is deleted after the first save that wrote it into the model. Other files
 * of {@code DIR/settings/} (logos) stay where they are.</li>
 * <li><b>The user's files</b> {@code ~/.rensa/NAME.properties}, read once at open, never written:
 * the user's defaults, which the project's files override.</li>
 * </ul>
 * Thread-safe.
 */
public final class ProjectSettings {

	/** The folder of settings files: below {@code model/} and, for older projects, in the project directory. */
	public static final String FOLDER = "settings";
	/** How the name of a settings file ends. */
	public static final String EXTENSION = ".properties";

	private final Path directory;
	private final CompanionFiles companions;
	private final Path userFolder;
	private final TreeMap<String, byte[]> project = new TreeMap<>();
	private final TreeMap<String, Path> sources = new TreeMap<>();
	private final TreeMap<String, byte[]> user = new TreeMap<>();
	private final TreeMap<String, Path> legacyFiles = new TreeMap<>();
	private volatile long version;

	/**
	 * Reads the settings of a project being opened; unreadable old or user files are left out with a
	 * warning.
	 *
	 * @param directory  the project directory
	 * @param companions the companion files read with the model
	 * @param userFolder the user's settings folder ({@code ~/.rensa}), or {@code null} for none
	 * @param warnings   receives one line per file left out
	 */
	ProjectSettings(Path directory, CompanionFiles companions, Path userFolder, java.util.List<String> warnings) {
		this.directory = directory;
		this.companions = companions;
		this.userFolder = userFolder;
		for (String path : companions.storedPaths()) {
			String name = path.startsWith(FOLDER + "/") ? path.substring(FOLDER.length() + 1) : null;
			if (isValidName(name)) {
				project.put(name, companions.stored(path).orElseThrow());
				sources.put(name, modelFile(name));
			}
		}
		Path legacyFolder = directory.resolve(FOLDER);
		for (Map.Entry<String, Path> legacy : settingsFiles(legacyFolder, warnings).entrySet()) {
			String name = legacy.getKey();
			if (project.containsKey(name)) {
				continue;
			}
			byte[] bytes = read(legacy.getValue(), warnings);
			if (bytes != null) {
				project.put(name, bytes);
				sources.put(name, legacy.getValue());
				legacyFiles.put(name, legacy.getValue());
				contribute(name);
			}
		}
		if (userFolder != null) {
			for (Map.Entry<String, Path> file : settingsFiles(userFolder, warnings).entrySet()) {
				byte[] bytes = read(file.getValue(), warnings);
				if (bytes != null) {
					user.put(file.getKey(), bytes);
				}
			}
		}
	}

	/**
	 * @param name a file name
	 * @return whether it can name a settings file ({@code NAME.properties}, a plain file name)
	 */
	public static boolean isValidName(String name) {
		return name != null && name.endsWith(EXTENSION) && name.length() > EXTENSION.length() && name.indexOf('/') < 0
				&& CompanionFiles.isValidPath(FOLDER + "/" + name);
	}

	/**
	 * @param name a settings file name, e.g. {@code report.properties}
	 * @return the project's content of that file (a copy), or empty when the project has none
	 */
	public synchronized Optional<byte[]> project(String name) {
		byte[] bytes = project.get(check(name));
		return bytes == null ? Optional.empty() : Optional.of(bytes.clone());
	}

	/**
	 * @param name a settings file name
	 * @return the file the project's content was read from (the old location until the first save
	 *         moved it), else where the next save writes it, {@code DIR/model/settings/NAME}; for
	 *         messages
	 */
	public synchronized Path projectFile(String name) {
		Path source = sources.get(check(name));
		return source != null ? source : modelFile(name);
	}

	/**
	 * @param name a settings file name
	 * @return the user's content of that file as read at open (a copy), or empty
	 */
	public synchronized Optional<byte[]> user(String name) {
		byte[] bytes = user.get(check(name));
		return bytes == null ? Optional.empty() : Optional.of(bytes.clone());
	}

	/**
	 * @param name a settings file name
	 * @return the user's file of that name ({@code ~/.rensa/NAME}), or {@code null} without a user folder
	 */
	public Path userFile(String name) {
		return userFolder == null ? null : userFolder.resolve(check(name));
	}

	/** @return a number that changes whenever a project settings file changes (execute, undo, redo) */
	public long version() {
		return version;
	}

	/**
	 * A command replacing the project's content of one settings file, saved with the model at the
	 * next save; undo restores the previous content.
	 *
	 * @param name    a settings file name
	 * @param content the new content, or {@code null} to remove the project's file
	 * @return the command, to execute on the project's command stack
	 */
	public Command change(String name, byte[] content) {
		return new Change(check(name), content == null ? null : content.clone());
	}

	private synchronized void set(String name, byte[] content) {
		if (content == null) {
			project.remove(name);
			sources.remove(name);
			companions.remove(FOLDER + "/" + name);
		} else {
			project.put(name, content);
			sources.put(name, modelFile(name));
			contribute(name);
		}
		version++;
	}

	/** The file is saved with the model from now on; the first such save deletes its old copy. */
	private void contribute(String name) {
		companions.contribute(FOLDER + "/" + name, new CompanionFiles.Contributor() {
			@Override
			public byte[] content() throws IOException {
				synchronized (ProjectSettings.this) {
					byte[] bytes = project.get(name);
					if (bytes == null) {
						throw new IOException(FOLDER + "/" + name + ": removed while saving");
					}
					return bytes.clone();
				}
			}

			@Override
			public void saved() {
				Path legacy;
				synchronized (ProjectSettings.this) {
					sources.put(name, modelFile(name));
					legacy = legacyFiles.remove(name);
				}
				if (legacy != null) {
					deleteLegacy(legacy);
				}
			}
		});
	}

	private Path modelFile(String name) {
		return directory.resolve("model").resolve(FOLDER).resolve(name);
	}

	private static void deleteLegacy(Path legacy) {
		try {
			Files.deleteIfExists(legacy);
			Path folder = legacy.getParent();
			try (var rest = Files.list(folder)) {
				if (rest.findAny().isEmpty()) {
					Files.delete(folder);
				}
			}
		} catch (IOException e) {
			// The settings are safely in the model, which wins over a leftover old file from now on.
		}
	}

	private static Map<String, Path> settingsFiles(Path folder, java.util.List<String> warnings) {
		Map<String, Path> files = new TreeMap<>();
		if (!Files.isDirectory(folder)) {
			return files;
		}
		try (var entries = Files.list(folder)) {
			entries.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
					.filter(p -> isValidName(p.getFileName().toString()))
					.forEach(p -> files.put(p.getFileName().toString(), p));
		} catch (IOException e) {
			warnings.add(folder + ": cannot be listed (" + e.getClass().getSimpleName() + "); its settings are ignored");
		}
		return files;
	}

	private static byte[] read(Path file, java.util.List<String> warnings) {
		try {
			return Files.readAllBytes(file);
		} catch (IOException e) {
			warnings.add(file + ": cannot be read (" + e.getClass().getSimpleName() + "); ignored");
			return null;
		}
	}

	private static String check(String name) {
		if (!isValidName(name)) {
			throw new IllegalArgumentException("invalid settings file name: " + name);
		}
		return name;
	}

	@Override
	public synchronized String toString() {
		return "ProjectSettings" + project.keySet() + " user " + user.keySet();
	}

	/** Replaces one file's content; undo puts the old one back. */
	private final class Change extends AbstractCommand {

		private final String name;
		private final byte[] content;
		private byte[] previous;

		Change(String name, byte[] content) {
			super("Change " + name);
			this.name = name;
			this.content = content;
		}

		@Override
		protected boolean prepare() {
			return true;
		}

		@Override
		public void execute() {
			synchronized (ProjectSettings.this) {
				previous = project.get(name);
			}
			set(name, content);
		}

		@Override
		public void undo() {
			set(name, previous);
		}

		@Override
		public void redo() {
			set(name, content);
		}

		@Override
		public String toString() {
			return getLabel() + " (" + (content == null ? "removed" : content.length + " bytes") + ", was "
					+ (previous == null ? "none" : Arrays.hashCode(previous)) + ")";
		}
	}
}
