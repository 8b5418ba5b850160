// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.storage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Files that other bundles keep inside a project's {@code model/} directory, so that they are
 * saved in the same atomic {@code model.new/} → {@code model/} swap as the model and recovered
 * with it (e.g. the supply-chain diagram in {@code model/diagrams/supply-chain.rensadiagram}).
 * The storage knows nothing about their content.
 * <p>
 * A companion file has a relative path of at least two segments (a directory below {@code model/}
 * and a file name, each segment {@code [A-Za-z0-9][A-Za-z0-9._-]*}); the files directly in
 * {@code model/} belong to the storage. Loading reads every such file (regular files only, no
 * symbolic links) from the same directory the model was read from, so model and companions always
 * come from one consistent save. Saving writes, for every path:
 * <ul>
 * <li>the bytes of its {@link Contributor}, when a bundle registered one with
 * {@link #contribute(String, Contributor)} (called at every save, while {@code model.new/} is
 * written);</li>
 * <li>otherwise the bytes it had when loaded or last saved, unchanged, so that a save by code that
 * does not know a companion (a command-line import, the workbench before the diagram was opened)
 * keeps it;</li>
 * <li>nothing, after {@link #remove(String)}.</li>
 * </ul>
 * A contributor that throws fails the save before the swap: the project on disk, model and
 * companions, is then unchanged. After a successful swap each contributor's {@link Contributor#saved()}
 * is called. Thread-safe.
 */
public final class CompanionFiles {

	/** Supplies the content of one companion file at each save. */
	public interface Contributor {

		/**
		 * @return the file's complete content, as it must be saved now
		 * @throws IOException when the content cannot be produced; the save then fails and nothing
		 *         on disk changes
		 */
		byte[] content() throws IOException;

		/**
		 * Called after a save that wrote this content has been committed (the swap is complete),
		 * e.g. to remove a file the companion replaces. Failures are the contributor's business:
		 * the save has already succeeded.
		 */
		default void saved() {
		}
	}

	private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");

	private final TreeMap<String, byte[]> stored = new TreeMap<>();
	private final TreeMap<String, Contributor> contributors = new TreeMap<>();
	private final TreeSet<String> removed = new TreeSet<>();

	/**
	 * @param loaded the companion files read with the model, by relative path; called by
	 *               {@link ProjectStorage} implementations
	 * @throws IllegalArgumentException for an invalid path
	 */
	public CompanionFiles(Map<String, byte[]> loaded) {
		for (Map.Entry<String, byte[]> entry : loaded.entrySet()) {
			stored.put(check(entry.getKey()), entry.getValue().clone());
		}
	}

	/**
	 * @param path a relative path
	 * @return whether it is a valid companion path ({@code dir/…/file}, plain segments)
	 */
	public static boolean isValidPath(String path) {
		if (path == null) {
			return false;
		}
		String[] segments = path.split("/", -1);
		if (segments.length < 2) {
			return false;
		}
		for (String segment : segments) {
			if (!SEGMENT.matcher(segment).matches() || segment.equals("..")) {
				return false;
			}
		}
		return true;
	}

	private static String check(String path) {
		if (!isValidPath(path)) {
			throw new IllegalArgumentException("invalid companion file path: " + path);
		}
		return path;
	}

	/** @return the paths of the companion files as loaded or last saved, sorted */
	public synchronized SortedSet<String> storedPaths() {
		return Collections.unmodifiableSortedSet(new TreeSet<>(stored.keySet()));
	}

	/**
	 * @param path a companion path
	 * @return its content as loaded or last saved (a copy), or empty when there is none
	 */
	public synchronized Optional<byte[]> stored(String path) {
		byte[] bytes = stored.get(check(path));
		return bytes == null ? Optional.empty() : Optional.of(bytes.clone());
	}

	/**
	 * Registers (or replaces) the contributor of a companion file: from now on every save writes what
	 * it supplies.
	 *
	 * @param path        the companion path
	 * @param contributor its content at each save
	 */
	public synchronized void contribute(String path, Contributor contributor) {
		contributors.put(check(path), java.util.Objects.requireNonNull(contributor, "contributor"));
		removed.remove(path);
	}

	/**
	 * @param path a companion path
	 * @return whether a contributor supplies it
	 */
	public synchronized boolean isContributed(String path) {
		return contributors.containsKey(check(path));
	}

	/**
	 * Leaves a companion file out of the next saves (it disappears from {@code model/} with the next
	 * swap) and drops its contributor.
	 *
	 * @param path the companion path
	 */
	public synchronized void remove(String path) {
		contributors.remove(check(path));
		removed.add(path);
	}

	/**
	 * What the next save writes; called by {@link ProjectStorage} implementations while they write
	 * {@code model.new/}. Contributors are asked for their content now.
	 *
	 * @return path → content, sorted by path
	 * @throws IOException when a contributor fails (the save must then fail before the swap)
	 */
	public synchronized SortedMap<String, byte[]> contentForSave() throws IOException {
		TreeMap<String, byte[]> result = new TreeMap<>();
		for (Map.Entry<String, byte[]> entry : stored.entrySet()) {
			if (!removed.contains(entry.getKey()) && !contributors.containsKey(entry.getKey())) {
				result.put(entry.getKey(), entry.getValue());
			}
		}
		for (Map.Entry<String, Contributor> entry : contributors.entrySet()) {
			byte[] bytes;
			try {
				bytes = entry.getValue().content();
			} catch (RuntimeException e) {
				throw new IOException(entry.getKey() + ": cannot be written: " + e, e);
			}
			if (bytes == null) {
				throw new IOException(entry.getKey() + ": its contributor supplied no content");
			}
			result.put(entry.getKey(), bytes);
		}
		return Collections.unmodifiableSortedMap(result);
	}

	/**
	 * Records a committed save; called by {@link ProjectStorage} implementations after the swap.
	 * Then tells the contributors.
	 *
	 * @param written what the save wrote (from {@link #contentForSave()})
	 */
	public void saved(Map<String, byte[]> written) {
		List<Contributor> toTell;
		synchronized (this) {
			stored.clear();
			for (Map.Entry<String, byte[]> entry : written.entrySet()) {
				stored.put(entry.getKey(), entry.getValue().clone());
			}
			removed.clear();
			toTell = new ArrayList<>(contributors.values());
		}
		for (Contributor contributor : toTell) {
			contributor.saved();
		}
	}

	@Override
	public synchronized String toString() {
		return "CompanionFiles" + Arrays.toString(stored.keySet().toArray()) + " contributed "
				+ contributors.keySet();
	}
}
