// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.storage.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.rensa.core.io.AtomicFiles;
import org.rensa.model.RensaPackage;

/**
 * A cache that makes opening a large project fast: for each model file, the same resource in EMF's
 * binary form ({@link BinaryResourceImpl}), tagged with the SHA-256 and size of the XMI bytes it was
 * made from. It lives outside the project, in
 * {@code $XDG_CACHE_HOME/rensa/open-cache/<SHA-256 of the absolute project path>/} (default
 * {@code ~/.cache}), never in the project or in version control.
 * <p>
 * A load uses a file's entry only when the XMI file's bytes hash to the tag; the entry itself carries
 * a cache format number, the model's namespace URI and a fingerprint of the metamodel, and a
 * CRC-32C of its payload: an entry of another Rensa or model version, or a damaged one, is ignored
 * and the XMI is parsed.
 * <p>
 * Hashing 100 MB of XMI costs more than a second of CPU in a JVM that runs only the client compiler
 * (the JDK's SHA-256 is fast only once compiled by C2). So, like Git's index, the cache also keeps a
 * {@link Stamp} of each file whose hash it verified: device, inode, size, modification and status
 * change time. When a file's stamp is unchanged, its recorded hash is used without reading the file:
 * any write to a file changes its status change time ({@code ctime}), which programs cannot set
 * back. A stamp is kept only when the file's {@code ctime} is fine-grained (below a millisecond)
 * or older than {@link #SETTLED_MILLIS}, so that a write in the same clock tick as the one hashed
 * cannot go unnoticed; where the file system does not tell (no {@code unix} attributes), every load
 * hashes. Entries are written after a successful save and after a load that found
 * none, in the background (atomically, through {@link AtomicFiles}). {@code -Drensa.openCache=false}
 * disables the cache; {@code -Drensa.openCache.dir=DIR} puts it elsewhere.
 * <p>
 * Ids: Rensa's elements are identified by their {@code id} attribute (an EMF ID attribute, no
 * {@code xmi:id}); the binary form stores it like any attribute and writes references to other
 * files as {@code file.xmi#id} proxies, which the load resolves as it does for XMI.
 */
public final class OpenCache {

	/** System property: {@code false} disables the cache. */
	public static final String ENABLED_PROPERTY = "rensa.openCache";
	/** System property: the cache's folder instead of {@code $XDG_CACHE_HOME/rensa/open-cache}. */
	public static final String DIRECTORY_PROPERTY = "rensa.openCache.dir";
	/** The format of an entry; raised whenever the layout or the binary options change. */
	static final int FORMAT = 1;
	/** Project folders kept in the cache; the least recently written beyond this are removed. */
	static final int MAX_PROJECTS = 32;

	private static final byte[] MAGIC = "RENSA-OPEN-CACHE\n".getBytes(StandardCharsets.US_ASCII);
	private static final String SUFFIX = ".bin";
	private static final int DIGEST_LENGTH = 32;
	/** Bytes read to compare an entry's header. */
	private static final int HEADER_LIMIT = 4096;

	private static volatile String fingerprint;
	private static final ExecutorService WRITER = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "rensa-open-cache");
		thread.setDaemon(true);
		return thread;
	});
	private static final List<Future<?>> PENDING = new ArrayList<>();

	static {
		// A command that ends right after opening a project still leaves its cache entries behind.
		try {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> awaitWrites(30_000), "rensa-open-cache-exit"));
		} catch (IllegalStateException | SecurityException e) {
			// shutting down already, or not allowed: entries of this run may be left unwritten
		}
	}

	private final Path root;

	/** @param root the cache's folder (its project folders are made on demand) */
	public OpenCache(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/**
	 * @return the cache of this user as configured by {@value #ENABLED_PROPERTY},
	 *         {@value #DIRECTORY_PROPERTY} and {@code XDG_CACHE_HOME}, or {@code null} when disabled or
	 *         no home folder is known
	 */
	public static OpenCache standard() {
		if ("false".equalsIgnoreCase(System.getProperty(ENABLED_PROPERTY, "true").trim())) {
			return null;
		}
		String configured = System.getProperty(DIRECTORY_PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return new OpenCache(Path.of(configured));
		}
		String xdg = System.getenv("XDG_CACHE_HOME");
		if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
			return new OpenCache(Path.of(xdg, "rensa", "open-cache"));
		}
		String home = System.getProperty("user.home");
		if (home == null || home.isBlank() || home.equals("?")) {
			return null;
		}
		return new OpenCache(Path.of(home, ".cache", "rensa", "open-cache"));
	}

	/** @return the cache's folder */
	public Path root() {
		return root;
	}

	/**
	 * @param project the project folder
	 * @return the folder of the project's entries
	 */
	public Path directoryOf(Path project) {
		String path = project.toAbsolutePath().normalize().toString();
		return root.resolve(HexFormat.of().formatHex(sha256(path.getBytes(StandardCharsets.UTF_8), 0, -1)));
	}

	/**
	 * @param project  the project folder
	 * @param fileName a model file name ({@code project.xmi})
	 * @return the file of that model file's entry
	 */
	public Path entryOf(Path project, String fileName) {
		return directoryOf(project).resolve(fileName + SUFFIX);
	}

	// ------------------------------------------------------------------------------------------- read

	/**
	 * Loads a resource from its entry when the entry was made from exactly these XMI bytes.
	 *
	 * @param project  the project folder
	 * @param fileName the model file name
	 * @param xmiSize  the size of the XMI file
	 * @param xmiHash  the SHA-256 of the XMI file
	 * @param resource the empty resource to fill
	 * @param siblings completely loaded sibling resources by file name (only read), or {@code null}
	 * @return whether the resource was loaded; when not (no entry, another XMI, another version, a
	 *         damaged entry), the resource is left empty
	 */
	boolean load(Path project, String fileName, long xmiSize, byte[] xmiHash, Resource resource,
			Map<String, Resource> siblings) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(entryOf(project, fileName));
		} catch (IOException | OutOfMemoryError | SecurityException e) {
			return false;
		}
		try {
			DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
			if (!matches(in, xmiSize, xmiHash)) {
				return false;
			}
			long length = in.readLong();
			long checksum = in.readLong();
			int offset = bytes.length - in.available();
			if (length != bytes.length - offset || checksum != crc(bytes, offset, (int) length)) {
				return false;
			}
			Map<String, Object> options = new HashMap<>();
			options.put(RensaXmiResource.OPTION_BINARY, Boolean.TRUE);
			if (siblings != null) {
				options.put(RensaXmiResource.OPTION_LOADED_SIBLINGS, siblings);
			}
			options.put(BinaryResourceImpl.OPTION_INTERNAL_BUFFER_CAPACITY, Integer.valueOf(1 << 16));
			resource.load(new ByteArrayInputStream(bytes, offset, (int) length), options);
			if (!resource.getErrors().isEmpty()) {
				resource.unload();
				return false;
			}
			return true;
		} catch (IOException | RuntimeException e) {
			resource.unload();
			return false;
		}
	}

	/** Reads an entry's header up to the payload's length and tells whether it belongs to the XMI. */
	private static boolean matches(DataInputStream in, long xmiSize, byte[] xmiHash) throws IOException {
		byte[] magic = in.readNBytes(MAGIC.length);
		if (!Arrays.equals(magic, MAGIC) || in.readInt() != FORMAT || !fingerprint().equals(in.readUTF())) {
			return false;
		}
		long size = in.readLong();
		byte[] hash = in.readNBytes(DIGEST_LENGTH);
		return size == xmiSize && Arrays.equals(hash, xmiHash);
	}

	/**
	 * @param project  the project folder
	 * @param fileName the model file name
	 * @param xmiSize  the size of an XMI file
	 * @param xmiHash  its SHA-256
	 * @return whether the file's entry was made from that XMI by this version (its payload unchecked)
	 */
	boolean isCurrent(Path project, String fileName, long xmiSize, byte[] xmiHash) {
		try (InputStream file = Files.newInputStream(entryOf(project, fileName))) {
			return matches(new DataInputStream(new ByteArrayInputStream(file.readNBytes(HEADER_LIMIT))), xmiSize, xmiHash);
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	// ----------------------------------------------------------------------------------------- stamps

	/** A file's status change time this long before its stamp is taken settles it. */
	static final long SETTLED_MILLIS = 2000;
	private static final String STAMPS = "stamps";

	/**
	 * What identifies one version of a file without reading it.
	 *
	 * @param dev   the device
	 * @param ino   the inode
	 * @param size  the size in bytes
	 * @param mtime the modification time in nanoseconds
	 * @param ctime the status change time in nanoseconds
	 */
	record Stamp(long dev, long ino, long size, long mtime, long ctime) {

		/**
		 * @param file a file
		 * @return its stamp, or {@code null} where the file system has no {@code unix} attributes
		 */
		static Stamp of(Path file) {
			try {
				Map<String, Object> a = Files.readAttributes(file, "unix:dev,ino,size,lastModifiedTime,ctime",
						java.nio.file.LinkOption.NOFOLLOW_LINKS);
				return new Stamp(((Number) a.get("dev")).longValue(), ((Number) a.get("ino")).longValue(),
						((Number) a.get("size")).longValue(), nanos((FileTime) a.get("lastModifiedTime")),
						nanos((FileTime) a.get("ctime")));
			} catch (IOException | RuntimeException e) {
				return null;
			}
		}

		private static long nanos(FileTime time) {
			return time.to(TimeUnit.NANOSECONDS);
		}

		/** @return whether no later write can leave this stamp unchanged (see {@link OpenCache}) */
		boolean isSettled() {
			long now = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
			return ctime % 1_000_000 != 0 || now - ctime >= TimeUnit.MILLISECONDS.toNanos(SETTLED_MILLIS);
		}

		String format() {
			return dev + " " + ino + " " + size + " " + mtime + " " + ctime;
		}
	}

	/**
	 * @param project the project folder
	 * @return the stamps of the project's model files whose hashes were verified, with those hashes
	 *         (empty when there are none or they cannot be read)
	 */
	Map<String, Map.Entry<Stamp, byte[]>> stamps(Path project) {
		Map<String, Map.Entry<Stamp, byte[]>> result = new HashMap<>();
		try {
			for (String line : Files.readAllLines(directoryOf(project).resolve(STAMPS), StandardCharsets.UTF_8)) {
				String[] f = line.split(" ");
				if (f.length == 8 && f[0].equals(Integer.toString(FORMAT)) && f[7].length() == 2 * DIGEST_LENGTH) {
					Stamp stamp = new Stamp(Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]),
							Long.parseLong(f[5]), Long.parseLong(f[6]));
					result.put(f[1], Map.entry(stamp, HexFormat.of().parseHex(f[7])));
				}
			}
		} catch (IOException | RuntimeException e) {
			return new HashMap<>();
		}
		return result;
	}

	/**
	 * Records stamps in the background, replacing those of the same files.
	 *
	 * @param project the project folder
	 * @param learned file name to a settled stamp and the SHA-256 of the file's content with that stamp
	 */
	void recordStampsLater(Path project, Map<String, Map.Entry<Stamp, byte[]>> learned) {
		if (learned.isEmpty()) {
			return;
		}
		Map<String, Map.Entry<Stamp, byte[]>> copy = Map.copyOf(learned);
		submit(() -> {
			Map<String, Map.Entry<Stamp, byte[]>> stamps = stamps(project);
			stamps.putAll(copy);
			StringBuilder text = new StringBuilder();
			new java.util.TreeMap<>(stamps).forEach((name, entry) -> text.append(FORMAT).append(' ').append(name).append(' ')
					.append(entry.getKey().format()).append(' ').append(HexFormat.of().formatHex(entry.getValue())).append('\n'));
			try {
				AtomicFiles.writeString(directoryOf(project).resolve(STAMPS), text);
			} catch (IOException | RuntimeException e) {
				// The stamps are an optimisation: without them, files are hashed.
			}
		});
	}

	/**
	 * The SHA-256 of a file's content, taken from its stamp when that is unchanged, otherwise by
	 * reading it (then a settled stamp, unchanged while reading, is added to {@code learned}).
	 *
	 * @param file    the file
	 * @param stamps  the recorded stamps ({@link #stamps(Path)})
	 * @param learned where new stamps go
	 * @return the hash and the size
	 * @throws IOException when the file cannot be read
	 */
	static Map.Entry<byte[], Long> hash(Path file, Map<String, Map.Entry<Stamp, byte[]>> stamps,
			Map<String, Map.Entry<Stamp, byte[]>> learned) throws IOException {
		String name = file.getFileName().toString();
		Stamp before = Stamp.of(file);
		Map.Entry<Stamp, byte[]> recorded = stamps.get(name);
		if (before != null && recorded != null && recorded.getKey().equals(before)) {
			return Map.entry(recorded.getValue(), before.size());
		}
		MessageDigest digest = newDigest();
		long size = 0;
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
				size += n;
			}
		}
		byte[] hash = digest.digest();
		if (before != null && before.size() == size && before.equals(Stamp.of(file)) && before.isSettled()) {
			learned.put(name, Map.entry(before, hash));
		}
		return Map.entry(hash, size);
	}

	// ------------------------------------------------------------------------------------------ write

	/**
	 * Makes the entry of a loaded (or saved) resource whose references are resolved. Runs on the
	 * caller's thread, which owns the model.
	 *
	 * @param resource the resource
	 * @param xmiSize  the size of the XMI file it was loaded from or saved to
	 * @param xmiHash  the SHA-256 of that file
	 * @return the entry's bytes
	 * @throws IOException when the resource cannot be written in binary form
	 */
	static byte[] entry(Resource resource, long xmiSize, byte[] xmiHash) throws IOException {
		ByteArrayOutputStream payload = new ByteArrayOutputStream(1 << 16);
		Map<String, Object> options = new HashMap<>();
		options.put(BinaryResourceImpl.OPTION_VERSION, BinaryResourceImpl.BinaryIO.Version.VERSION_1_1);
		options.put(BinaryResourceImpl.OPTION_STYLE_BINARY_ENUMERATOR, Boolean.TRUE);
		options.put(BinaryResourceImpl.OPTION_INTERNAL_BUFFER_CAPACITY, Integer.valueOf(1 << 16));
		BinaryResourceImpl.EObjectOutputStream stream = new BinaryResourceImpl.EObjectOutputStream(payload, options);
		stream.saveResource(resource);
		stream.flush();
		byte[] bytes = payload.toByteArray();
		ByteArrayOutputStream result = new ByteArrayOutputStream(bytes.length + 256);
		DataOutputStream out = new DataOutputStream(result);
		out.write(MAGIC);
		out.writeInt(FORMAT);
		out.writeUTF(fingerprint());
		out.writeLong(xmiSize);
		out.write(xmiHash);
		out.writeLong(bytes.length);
		out.writeLong(crc(bytes, 0, bytes.length));
		out.write(bytes);
		out.flush();
		return result.toByteArray();
	}

	/**
	 * Writes entries in the background, each atomically; failures are ignored (the cache is only an
	 * optimisation).
	 *
	 * @param project the project folder
	 * @param entries file name to entry bytes ({@link #entry})
	 */
	void writeLater(Path project, Map<String, byte[]> entries) {
		if (entries.isEmpty()) {
			return;
		}
		Map<String, byte[]> copy = Map.copyOf(entries);
		submit(() -> write(project, copy));
	}

	private static void submit(Runnable task) {
		synchronized (PENDING) {
			PENDING.removeIf(Future::isDone);
			try {
				PENDING.add(WRITER.submit(task));
			} catch (java.util.concurrent.RejectedExecutionException e) {
				// shutting down
			}
		}
	}

	private void write(Path project, Map<String, byte[]> entries) {
		Path directory = directoryOf(project);
		try {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				AtomicFiles.write(directory.resolve(entry.getKey() + SUFFIX), entry.getValue());
			}
			Files.setLastModifiedTime(directory, FileTime.fromMillis(System.currentTimeMillis()));
			prune();
		} catch (IOException | RuntimeException e) {
			// The cache is an optimisation: a failed write leaves the previous entry (or none).
		}
	}

	/** Removes the least recently written project folders beyond {@link #MAX_PROJECTS}. */
	private void prune() throws IOException {
		List<Path> projects;
		try (var entries = Files.list(root)) {
			projects = new ArrayList<>(entries.filter(Files::isDirectory).toList());
		}
		if (projects.size() <= MAX_PROJECTS) {
			return;
		}
		Map<Path, Long> written = new HashMap<>();
		for (Path project : projects) {
			try {
				written.put(project, Files.getLastModifiedTime(project).toMillis());
			} catch (IOException e) {
				written.put(project, 0L);
			}
		}
		projects.sort(Comparator.comparing(written::get));
		for (Path project : projects.subList(0, projects.size() - MAX_PROJECTS)) {
			FileSystemOps.DEFAULT.deleteTree(project);
		}
	}

	/**
	 * Waits for the entries handed to the background writer.
	 *
	 * @param timeoutMillis the longest wait
	 */
	public static void awaitWrites(long timeoutMillis) {
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
		List<Future<?>> pending;
		synchronized (PENDING) {
			pending = new ArrayList<>(PENDING);
		}
		for (Future<?> future : pending) {
			try {
				future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			} catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
				return;
			}
		}
	}

	// ---------------------------------------------------------------------------------------- helpers

	/**
	 * @return the model's namespace URI and a digest of its classes, features and literals: an entry
	 *         made with another model is not read
	 */
	static String fingerprint() {
		String result = fingerprint;
		if (result == null) {
			StringBuilder text = new StringBuilder();
			for (EClassifier classifier : RensaPackage.eINSTANCE.getEClassifiers()) {
				text.append(classifier.getName()).append(':').append(classifier.getInstanceClassName()).append('{');
				if (classifier instanceof EClass eClass) {
					for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
						text.append(feature.getName()).append(' ').append(feature.getEType().getName()).append(' ')
								.append(feature.getUpperBound()).append(feature.isTransient() ? " t" : "")
								.append(feature.isUnsettable() ? " u" : "").append(';');
					}
				} else if (classifier instanceof EEnum eEnum) {
					eEnum.getELiterals().forEach(literal -> text.append(literal.getName()).append('=')
							.append(literal.getValue()).append(';'));
				}
				text.append('}');
			}
			byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
			fingerprint = result = RensaPackage.eNS_URI + " " + HexFormat.of().formatHex(sha256(bytes, 0, bytes.length));
		}
		return result;
	}

	/**
	 * @param bytes  the data
	 * @param offset where it starts
	 * @param length its length, or -1 for the rest of the array
	 * @return its SHA-256
	 */
	static byte[] sha256(byte[] bytes, int offset, int length) {
		MessageDigest digest = newDigest();
		digest.update(bytes, offset, length < 0 ? bytes.length - offset : length);
		return digest.digest();
	}

	/** @return the CRC-32C of a range (detects a damaged entry; fast in every compiler) */
	private static long crc(byte[] bytes, int offset, int length) {
		java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
		crc.update(bytes, offset, length);
		return crc.getValue();
	}

	/** @return a new SHA-256 digest */
	static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is not available", e);
		}
	}
}
