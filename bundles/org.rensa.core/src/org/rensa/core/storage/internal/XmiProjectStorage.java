// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.storage.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.DanglingHREFException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.FormatMigration;
import org.rensa.core.storage.ProjectFormatException;
import org.rensa.core.storage.ProjectLock;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.AuditProject;
import org.rensa.model.Identifiable;
import org.rensa.model.RensaFactory;
import org.rensa.model.RensaPackage;
import org.xml.sax.SAXParseException;

/**
 * The XMI implementation of {@link ProjectStorage}: split resources, deterministic output, atomic
 * save through {@code model.new/} and recovery on load.
 */
public final class XmiProjectStorage implements ProjectStorage {

	/** The directory holding the current model. */
	public static final String MODEL_DIR = "model";
	/** The directory a save writes to before the swap. */
	public static final String MODEL_NEW_DIR = "model.new";
	/** The directory keeping the previous model. */
	public static final String MODEL_BAK_DIR = "model.bak";
	/**
	 * The previous backup while a save replaces it: {@code model.bak/} is renamed here, {@code model/}
	 * becomes the new {@code model.bak/}, then this is deleted (its commit marker first).
	 */
	public static final String MODEL_BAK_OLD_DIR = "model.bak.old";
	/** The directory holding evidence files. */
	public static final String EVIDENCE_DIR = "evidence";
	/** The file holding the {@link AuditProject} root. */
	public static final String PROJECT_FILE = "project.xmi";

	private final Collection<FormatMigration> migrations;
	private final FileSystemOps fs;
	private final XmiOptions options;
	private final OpenCache cache;

	/** A storage without migrations on the real file system. */
	public XmiProjectStorage() {
		this(List.of(), FileSystemOps.DEFAULT, XmiOptions.FAST);
	}

	/** @param migrations format migrations, read at each load */
	public XmiProjectStorage(Collection<FormatMigration> migrations) {
		this(migrations, FileSystemOps.DEFAULT, XmiOptions.FAST);
	}

	/**
	 * @param migrations format migrations, read at each load (a live, thread-safe collection is fine)
	 * @param fs the file-system seam
	 * @param options the XMI options
	 */
	public XmiProjectStorage(Collection<FormatMigration> migrations, FileSystemOps fs, XmiOptions options) {
		this(migrations, fs, options, OpenCache.standard());
	}

	/**
	 * @param migrations format migrations, read at each load (a live, thread-safe collection is fine)
	 * @param fs the file-system seam
	 * @param options the XMI options
	 * @param cache the open cache, or {@code null} to always parse the XMI
	 */
	public XmiProjectStorage(Collection<FormatMigration> migrations, FileSystemOps fs, XmiOptions options, OpenCache cache) {
		this.migrations = migrations;
		this.fs = fs;
		this.options = options;
		this.cache = cache;
	}

	/** @return the names of the model files in the order they are written, {@code project.xmi} first */
	public static List<String> modelFileNames() {
		List<String> names = new ArrayList<>();
		names.add(PROJECT_FILE);
		for (EReference feature : rootFeatures()) {
			names.add(fileName(feature));
		}
		return names;
	}

	/** @return the many-valued containment features of {@link AuditProject}, in model order */
	public static List<EReference> rootFeatures() {
		List<EReference> result = new ArrayList<>();
		for (EReference ref : RensaPackage.Literals.AUDIT_PROJECT.getEAllContainments()) {
			if (ref.isMany()) {
				result.add(ref);
			}
		}
		return result;
	}

	private static String fileName(EReference feature) {
		return feature.getName() + ".xmi";
	}

	// ------------------------------------------------------------------------------------------ create

	@Override
	public AuditProjectDocument create(Path directory, String name) throws IOException {
		Path dir = directory.toAbsolutePath().normalize();
		if (Files.exists(dir)) {
			if (!Files.isDirectory(dir)) {
				throw new ProjectFormatException(dir, dir + ": exists and is not a directory");
			}
			try (var entries = Files.list(dir)) {
				if (entries.findAny().isPresent()) {
					throw new ProjectFormatException(dir, dir + ": directory is not empty");
				}
			}
		}
		fs.createDirectories(dir.resolve(EVIDENCE_DIR));
		ResourceSet resourceSet = newResourceSet();
		AuditProject project = RensaFactory.eINSTANCE.createAuditProject();
		project.setId(EcoreUtil.generateUUID());
		project.setName(name);
		Resource resource = resourceSet.createResource(modelUri(dir, PROJECT_FILE));
		resource.getContents().add(project);
		AuditProjectDocument document = new AuditProjectDocument(dir, resourceSet, project, List.of());
		save(document);
		return document;
	}

	/** @return a resource set that never loads resources on demand */
	public static ResourceSet newResourceSet() {
		return new ProjectResourceSet();
	}

	static URI modelUri(Path dir, String file) {
		return URI.createFileURI(dir.resolve(MODEL_DIR).resolve(file).toString());
	}

	// -------------------------------------------------------------------------------------------- load

	@Override
	public AuditProjectDocument load(Path directory) throws IOException {
		return load(directory, false, null);
	}

	@Override
	public AuditProjectDocument loadReadOnly(Path directory) throws IOException {
		return load(directory, true, null);
	}

	/**
	 * {@link #loadReadOnly(Path)} that records the time of each phase of the load.
	 *
	 * @param directory the project directory
	 * @param phases where the phases are recorded
	 * @return the loaded document
	 * @throws IOException as for {@link #loadReadOnly(Path)}
	 */
	public AuditProjectDocument loadReadOnly(Path directory, LoadPhases phases) throws IOException {
		return load(directory, true, phases);
	}

	private AuditProjectDocument load(Path directory, boolean readOnly, LoadPhases phases) throws IOException {
		Path dir = directory.toAbsolutePath().normalize();
		if (!Files.isDirectory(dir)) {
			throw new ProjectFormatException(dir, dir + ": no such project directory");
		}
		if (!readOnly) {
			return loadOnce(dir, false, phases);
		}
		// A reader takes no lock: when a writer's save swapped the directories while it was reading,
		// it reads again (the swap itself is a few renames).
		for (int attempt = 1;; attempt++) {
			Object before = layoutStamp(dir);
			try {
				return loadOnce(dir, true, phases);
			} catch (ProjectFormatException e) {
				if (attempt >= READ_ATTEMPTS || java.util.Objects.equals(before, layoutStamp(dir))) {
					throw e;
				}
				try {
					Thread.sleep(20L * attempt);
				} catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw e;
				}
			}
		}
	}

	private static final int READ_ATTEMPTS = 5;

	/** @return what identifies the current layout of the model directories (changes with every save) */
	private static Object layoutStamp(Path dir) {
		List<Object> stamp = new ArrayList<>();
		for (String name : List.of(MODEL_DIR, MODEL_NEW_DIR, MODEL_BAK_DIR)) {
			try {
				BasicFileAttributes attributes = Files.readAttributes(dir.resolve(name), BasicFileAttributes.class,
						java.nio.file.LinkOption.NOFOLLOW_LINKS);
				stamp.add(attributes.fileKey() != null ? attributes.fileKey() : attributes.lastModifiedTime());
			} catch (IOException e) {
				stamp.add(null);
			}
		}
		return stamp;
	}

	private AuditProjectDocument loadOnce(Path dir, boolean readOnly, LoadPhases phases) throws IOException {
		List<String> warnings = new ArrayList<>();
		Path source = locateModel(dir, readOnly, warnings);
		try {
			return loadFrom(dir, source, warnings, phases);
		} catch (ProjectFormatException e) {
			Path backup = dir.resolve(MODEL_BAK_DIR);
			if (!source.equals(backup) && Files.isRegularFile(backup.resolve(PROPERTIES_FILE))) {
				throw e.withBackup(backup);
			}
			throw e;
		}
	}

	private AuditProjectDocument loadFrom(Path dir, Path source, List<String> warnings, LoadPhases phases)
			throws IOException {
		Path properties = source.resolve(PROPERTIES_FILE);
		int version = readFormatVersion(properties);
		Path migrated = null;
		try {
			if (version < FORMAT_VERSION) {
				migrated = migrate(source, version);
				source = migrated;
				warnings.add(dir + ": migrated from format version " + version + " to " + FORMAT_VERSION
						+ "; the project will be written in the new format when saved");
			}
			ResourceSet resourceSet = newResourceSet();
			LoadPhases.mark(phases, "format");
			AuditProject project = loadResources(dir, source, resourceSet, migrated == null ? cache : null, phases);
			Map<String, byte[]> companions = readCompanions(source, warnings);
			LoadPhases.mark(phases, "companion-files");
			AuditProjectDocument document = new AuditProjectDocument(dir, resourceSet, project, warnings, companions);
			LoadPhases.mark(phases, "document");
			return document;
		} finally {
			if (migrated != null) {
				FileSystemOps.DEFAULT.deleteTree(migrated);
			}
		}
	}

	/**
	 * Reads the companion files: every regular file in a subdirectory of the model directory (not
	 * following symbolic links) whose path is a valid companion path; others are reported as warnings
	 * and left out.
	 */
	private static Map<String, byte[]> readCompanions(Path source, List<String> warnings) throws IOException {
		Map<String, byte[]> companions = new TreeMap<>();
		List<Path> files = new ArrayList<>();
		try (var entries = Files.list(source)) {
			for (Path entry : (Iterable<Path>) entries::iterator) {
				if (Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
					try (var walk = Files.walk(entry)) {
						walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
								.forEach(files::add);
					}
				}
			}
		}
		for (Path file : files) {
			String path = source.relativize(file).toString().replace(java.io.File.separatorChar, '/');
			if (!org.rensa.core.storage.CompanionFiles.isValidPath(path)) {
				warnings.add(file + ": ignored (not a valid companion file name); it is not kept by the next save");
				continue;
			}
			try {
				companions.put(path, Files.readAllBytes(file));
			} catch (IOException e) {
				throw new ProjectFormatException(file, file + ": cannot be read: " + oneLine(e.getMessage()), e);
			}
		}
		return companions;
	}

	private Path locateModel(Path dir, boolean readOnly, List<String> warnings) throws IOException {
		Path model = dir.resolve(MODEL_DIR);
		Path modelNew = dir.resolve(MODEL_NEW_DIR);
		Path modelBak = dir.resolve(MODEL_BAK_DIR);
		Path modelBakOld = dir.resolve(MODEL_BAK_OLD_DIR);
		if (!readOnly && !Files.isDirectory(modelBak) && Files.isRegularFile(modelBakOld.resolve(PROPERTIES_FILE))) {
			// A save was interrupted after moving the previous backup aside: it is complete, restore it.
			fs.rename(modelBakOld, modelBak);
			fs.syncDirectory(dir);
		}
		if (Files.isDirectory(model)) {
			if (!Files.isRegularFile(model.resolve(PROPERTIES_FILE))) {
				throw new ProjectFormatException(model.resolve(PROPERTIES_FILE),
						model.resolve(PROPERTIES_FILE) + ": missing; " + dir + " is not a Rensa project");
			}
			return model;
		}
		if (Files.isRegularFile(modelNew.resolve(PROPERTIES_FILE))) {
			// The save wrote model.new/ completely (its properties file is the commit marker) but was
			// interrupted between the two renames.
			if (readOnly) {
				warnings.add(dir + ": an interrupted save was found; loaded the new version from " + MODEL_NEW_DIR + "/");
				return modelNew;
			}
			fs.rename(modelNew, model);
			fs.syncDirectory(dir);
			warnings.add(dir + ": completed an interrupted save (" + MODEL_NEW_DIR + "/ -> " + MODEL_DIR + "/)");
			return model;
		}
		if (Files.isRegularFile(modelBak.resolve(PROPERTIES_FILE))) {
			warnings.add(dir + ": " + MODEL_DIR + "/ is missing; loaded the previous version from " + MODEL_BAK_DIR + "/");
			return modelBak;
		}
		throw new ProjectFormatException(dir, dir + ": not a Rensa project (no " + MODEL_DIR + "/" + PROPERTIES_FILE + ")");
	}

	private static int readFormatVersion(Path file) throws IOException {
		Properties properties = new Properties();
		try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
			throw new ProjectFormatException(file, file + ": unreadable properties file", e);
		}
		String format = properties.getProperty("format");
		if (!FORMAT_NAME.equals(format)) {
			throw new ProjectFormatException(file, file + ": not a Rensa project file (format=" + format + ")");
		}
		String value = properties.getProperty("formatVersion");
		int version;
		try {
			version = Integer.parseInt(value == null ? "" : value.trim());
		} catch (NumberFormatException e) {
			throw new ProjectFormatException(file, file + ": unknown format version '" + value + "'");
		}
		if (version > FORMAT_VERSION) {
			throw new ProjectFormatException(file, file + ": format version " + version
					+ " is newer than this Rensa supports (" + FORMAT_VERSION + "); please update Rensa");
		}
		if (version < 0) {
			throw new ProjectFormatException(file, file + ": unknown format version '" + value + "'");
		}
		return version;
	}

	private Path migrate(Path source, int version) throws IOException {
		Map<Integer, FormatMigration> byVersion = new TreeMap<>();
		for (FormatMigration migration : migrations) {
			byVersion.put(migration.sourceVersion(), migration);
		}
		Path properties = source.resolve(PROPERTIES_FILE);
		for (int v = version; v < FORMAT_VERSION; v++) {
			if (!byVersion.containsKey(v)) {
				throw new ProjectFormatException(properties, properties + ": format version " + version
						+ " is not supported (no migration from version " + v + ")");
			}
		}
		Path copy = Files.createTempDirectory("rensa-migrate-");
		try {
			copyTree(source, copy);
			for (int v = version; v < FORMAT_VERSION; v++) {
				byVersion.get(v).migrate(copy);
				Files.writeString(copy.resolve(PROPERTIES_FILE), propertiesText(v + 1), StandardCharsets.UTF_8);
			}
			return copy;
		} catch (IOException | RuntimeException e) {
			FileSystemOps.DEFAULT.deleteTree(copy);
			if (e instanceof ProjectFormatException pfe) {
				throw pfe;
			}
			throw new ProjectFormatException(properties, properties + ": migration from format version " + version
					+ " failed: " + e.getMessage(), e);
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		Files.walkFileTree(from, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
				Files.createDirectories(to.resolve(from.relativize(d).toString()));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
				Files.copy(f, to.resolve(from.relativize(f).toString()));
				return FileVisitResult.CONTINUE;
			}
		});
	}

	static String propertiesText(int version) {
		return "format=" + FORMAT_NAME + "\nformatVersion=" + version + "\n";
	}

	private AuditProject loadResources(Path dir, Path source, ResourceSet resourceSet, OpenCache cache, LoadPhases phases)
			throws IOException {
		// Resources are created up front so that proxies resolve by a map look-up and nothing is
		// ever demand-loaded from an href (which could point anywhere).
		Map<Resource, Path> files = new java.util.LinkedHashMap<>();
		for (String name : modelFileNames()) {
			Resource resource = resourceSet.createResource(modelUri(dir, name));
			files.put(resource, source.resolve(name));
		}
		List<Resource> present = new ArrayList<>();
		for (Map.Entry<Resource, Path> entry : files.entrySet()) {
			if (Files.exists(entry.getValue())) {
				present.add(entry.getKey());
			} else if (entry.getValue().getFileName().toString().equals(PROJECT_FILE)) {
				throw new ProjectFormatException(entry.getValue(), entry.getValue() + ": missing");
			}
			// Warm the URI-to-resource cache so that the parallel resolution below only reads it.
			resourceSet.getResource(entry.getKey().getURI(), false);
		}
		// The resources are independent until their proxies are resolved: parse them in parallel,
		// largest first. Files whose elements refer to nothing (organisations, checklists, clause
		// templates) go first, so that references into them are set directly instead of by proxy.
		present.sort(Comparator.comparingLong((Resource r) -> sizeOf(files.get(r))).reversed());
		List<Resource> leaves = new ArrayList<>();
		List<Resource> others = new ArrayList<>();
		Set<String> leafFiles = leafFileNames();
		for (Resource resource : present) {
			(leafFiles.contains(resource.getURI().lastSegment()) ? leaves : others).add(resource);
		}
		org.eclipse.emf.ecore.xmi.XMLParserPool parserPool = XmiOptions.newParserPool();
		LoadPhases.mark(phases, "set-up");
		// With the open cache, each file is read whole and hashed; its cache entry is used when it was
		// made from these bytes, otherwise the bytes are parsed and the file is remembered as a miss.
		Map<Resource, byte[]> hashes = new java.util.concurrent.ConcurrentHashMap<>();
		Map<Resource, Long> sizes = new java.util.concurrent.ConcurrentHashMap<>();
		Set<Resource> misses = java.util.concurrent.ConcurrentHashMap.newKeySet();
		Map<String, Map.Entry<OpenCache.Stamp, byte[]>> stamps = cache == null ? Map.of() : cache.stamps(dir);
		Map<String, Map.Entry<OpenCache.Stamp, byte[]>> learned = new java.util.concurrent.ConcurrentHashMap<>();
		CacheLoad cacheLoad = cache == null ? null : new CacheLoad(dir, cache, stamps, learned, hashes, sizes, misses);
		ParallelLoad.run(leaves, resource -> load(cacheLoad, resource, files.get(resource), options.loadOptions(parserPool)),
				files.keySet());
		LoadPhases.mark(phases, "parse-leaf-files");
		Map<String, Resource> siblings = new HashMap<>();
		for (Resource leaf : leaves) {
			((RensaXmiResource) leaf).setIndexedLookupOnly(true);
			siblings.put(leaf.getURI().lastSegment(), leaf);
		}
		try {
			ParallelLoad.run(others, resource -> {
				Map<String, Object> resourceOptions = options.loadOptions(parserPool);
				resourceOptions.put(RensaXmiResource.OPTION_LOADED_SIBLINGS, siblings);
				load(cacheLoad, resource, files.get(resource), resourceOptions);
			}, files.keySet());
		} finally {
			for (Resource leaf : leaves) {
				((RensaXmiResource) leaf).setIndexedLookupOnly(false);
			}
		}
		Resource projectResource = files.keySet().iterator().next();
		Path projectFile = files.get(projectResource);
		if (projectResource.getContents().size() != 1
				|| !(projectResource.getContents().get(0) instanceof AuditProject)) {
			throw new ProjectFormatException(projectFile, projectFile + ": does not hold exactly one audit project");
		}
		AuditProject project = (AuditProject) projectResource.getContents().get(0);
		LoadPhases.mark(phases, "parse-other-files");
		checkRootTypes(files);
		resolveAndCheck(project, files);
		LoadPhases.mark(phases, "resolve-references");
		if (cache != null) {
			cache.recordStampsLater(dir, learned);
		}
		if (cache != null && !misses.isEmpty()) {
			List<Resource> missed = new ArrayList<>(misses);
			Map<String, byte[]> entries = new java.util.concurrent.ConcurrentHashMap<>();
			ParallelLoad.run(missed, resource -> entries.put(resource.getURI().lastSegment(),
					OpenCache.entry(resource, sizes.get(resource), hashes.get(resource))), files.keySet());
			cache.writeLater(dir, entries);
			LoadPhases.mark(phases, "make-cache-entries");
		}
		return project;
	}

	/**
	 * Loads one model file: from the open cache when it has an entry made from the file's bytes,
	 * otherwise by parsing them (and then the file is added to {@code misses}).
	 */
	private static void load(CacheLoad c, Resource resource, Path file, Map<String, Object> loadOptions) throws IOException {
		if (c == null) {
			loadResource(resource, file, loadOptions);
			return;
		}
		try {
			Map.Entry<byte[], Long> hash = OpenCache.hash(file, c.stamps, c.learned);
			@SuppressWarnings("unchecked")
			Map<String, Resource> siblings = (Map<String, Resource>) loadOptions.get(RensaXmiResource.OPTION_LOADED_SIBLINGS);
			if (c.cache.load(c.dir, file.getFileName().toString(), hash.getValue(), hash.getKey(), resource, siblings)) {
				return;
			}
			// A miss: the bytes parsed are the bytes hashed for the new entry's tag.
			byte[] bytes = Files.readAllBytes(file);
			c.hashes.put(resource, OpenCache.sha256(bytes, 0, bytes.length));
			c.sizes.put(resource, (long) bytes.length);
			c.misses.add(resource);
			loadResource(resource, file, new java.io.ByteArrayInputStream(bytes), loadOptions);
		} catch (NoSuchFileException e) {
			throw new ProjectFormatException(file, file + ": missing", e);
		} catch (ProjectFormatException e) {
			throw e;
		} catch (IOException e) {
			throw describeLoadFailure(file, e);
		}
	}

	/** What a load through the open cache shares between its files. */
	private record CacheLoad(Path dir, OpenCache cache, Map<String, Map.Entry<OpenCache.Stamp, byte[]>> stamps,
			Map<String, Map.Entry<OpenCache.Stamp, byte[]>> learned, Map<Resource, byte[]> hashes,
			Map<Resource, Long> sizes, Set<Resource> misses) {
	}

	private static void loadResource(Resource resource, Path file, Map<String, Object> loadOptions) throws IOException {
		InputStream in;
		try {
			in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
		} catch (NoSuchFileException e) {
			throw new ProjectFormatException(file, file + ": missing", e);
		} catch (IOException | RuntimeException e) {
			throw describeLoadFailure(file, e);
		}
		loadResource(resource, file, in, loadOptions);
	}

	/** Parses a model file's XMI from a stream supporting mark and reset, which it closes. */
	private static void loadResource(Resource resource, Path file, InputStream stream, Map<String, Object> loadOptions)
			throws IOException {
		try (InputStream in = stream) {
			((XMLResource) resource).load(Utf8XmlInput.of(in), loadOptions);
		} catch (NoSuchFileException e) {
			throw new ProjectFormatException(file, file + ": missing", e);
		} catch (IOException | RuntimeException e) {
			throw describeLoadFailure(file, e);
		}
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			throw new ProjectFormatException(file, file + ": invalid content at line " + first.getLine() + ": "
					+ oneLine(first.getMessage()));
		}
	}

	private static ProjectFormatException describeLoadFailure(Path file, Exception e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			if (cause instanceof SAXParseException) {
				break;
			}
			cause = cause.getCause();
		}
		String message = String.valueOf(cause.getMessage());
		if (cause instanceof CharacterCodingException) {
			return new ProjectFormatException(file, file + ": not valid UTF-8 (" + oneLine(message) + ")", e);
		}
		if (cause instanceof SAXParseException sax && (isTruncation(message) || endsAt(file, sax))) {
			return new ProjectFormatException(file, file + ", line " + sax.getLineNumber()
					+ ": the file ends in the middle of an element (truncated?)", sax.getLineNumber(), e);
		}
		if (message.contains("DOCTYPE") || message.contains("ENTITY") || message.contains("entity")) {
			return new ProjectFormatException(file, file
					+ ": DOCTYPE and entity declarations are not allowed in Rensa project files", e);
		}
		if (cause instanceof SAXParseException sax) {
			return new ProjectFormatException(file, file + ": malformed XML at line " + sax.getLineNumber() + ", column "
					+ sax.getColumnNumber() + ": " + oneLine(message), sax.getLineNumber(), e);
		}
		if (cause instanceof Resource.Diagnostic diagnostic) {
			return new ProjectFormatException(file, file + ": invalid content at line " + diagnostic.getLine() + ": "
					+ oneLine(message), e);
		}
		return new ProjectFormatException(file, file + ": cannot be read: " + oneLine(message), e);
	}

	/**
	 * @return whether a parser message says the document ended before its elements were closed (Xerces
	 *         reports it as a "same entity" problem, which is not about entity declarations)
	 */
	private static boolean isTruncation(String message) {
		return message.contains("must start and end within the same entity")
				|| message.contains("Premature end of file") || message.contains("XML document structures must");
	}

	/**
	 * @return whether a parse error is reported at the very end of the file: the document stopped
	 *         before its elements were closed, whatever the parser's language
	 */
	private static boolean endsAt(Path file, SAXParseException sax) {
		try {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			if (text.isBlank()) {
				return true;
			}
			String trimmed = text.stripTrailing();
			int lines = 1;
			for (int i = 0; i < trimmed.length(); i++) {
				if (trimmed.charAt(i) == '\n') {
					lines++;
				}
			}
			int lastLineLength = trimmed.length() - trimmed.lastIndexOf('\n') - 1;
			return sax.getLineNumber() > lines
					|| sax.getLineNumber() == lines && sax.getColumnNumber() > lastLineLength;
		} catch (IOException | RuntimeException unreadable) {
			return false;
		}
	}

	private static String oneLine(String message) {
		return message == null ? "" : message.replaceAll("\\s+", " ").trim();
	}

	private static void checkRootTypes(Map<Resource, Path> files) throws ProjectFormatException {
		Iterator<Map.Entry<Resource, Path>> it = files.entrySet().iterator();
		it.next();
		for (EReference feature : rootFeatures()) {
			Map.Entry<Resource, Path> entry = it.next();
			for (EObject root : entry.getKey().getContents()) {
				if (!feature.getEReferenceType().isInstance(root)) {
					throw new ProjectFormatException(entry.getValue(), entry.getValue() + ": unexpected element "
							+ root.eClass().getName() + " (expected " + feature.getEReferenceType().getName() + ")");
				}
			}
		}
	}

	private static volatile Set<String> leafFileNames;

	/**
	 * @return the files of root features whose elements (and everything they contain) have no cross
	 *         references at all
	 */
	static Set<String> leafFileNames() {
		Set<String> result = leafFileNames;
		if (result == null) {
			result = new HashSet<>();
			for (EReference feature : rootFeatures()) {
				if (!hasCrossReferences(feature.getEReferenceType(), new HashSet<>())) {
					result.add(fileName(feature));
				}
			}
			leafFileNames = result = Set.copyOf(result);
		}
		return result;
	}

	private static boolean hasCrossReferences(EClass type, Set<EClass> visited) {
		if (!visited.add(type)) {
			return false;
		}
		List<EClass> candidates = new ArrayList<>();
		candidates.add(type);
		for (org.eclipse.emf.ecore.EClassifier classifier : type.getEPackage().getEClassifiers()) {
			if (classifier instanceof EClass eClass && eClass != type && type.isSuperTypeOf(eClass)) {
				candidates.add(eClass);
			}
		}
		for (EClass candidate : candidates) {
			if (crossReferencesOf(candidate).length > 0) {
				return true;
			}
			for (EReference containment : candidate.getEAllContainments()) {
				if (hasCrossReferences(containment.getEReferenceType(), visited)) {
					return true;
				}
			}
		}
		return false;
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			return 0;
		}
	}

	private static void resolveAndCheck(AuditProject project, Map<Resource, Path> files) throws IOException {
		Path projectFile = files.values().iterator().next();
		List<Resource> resources = new ArrayList<>(files.keySet());
		Map<Resource, EReference> featureOf = new IdentityHashMap<>();
		List<EReference> features = rootFeatures();
		for (int i = 0; i < features.size(); i++) {
			featureOf.put(resources.get(i + 1), features.get(i));
		}
		// What the resources read from the open cache noted about their proxies, taken before the
		// threads start: the root's containment proxies are in the project file's fragments.
		Map<Resource, List<Object>> holders = new IdentityHashMap<>();
		Map<Resource, Map<URI, String>> fragments = new IdentityHashMap<>();
		for (Resource resource : resources) {
			((RensaXmiResource) resource).setIndexedLookupOnly(true);
			holders.put(resource, ((RensaXmiResource) resource).takeProxyHolders());
			fragments.put(resource, ((RensaXmiResource) resource).takeProxyFragments());
		}
		Map<URI, String> rootFragments = fragments.get(resources.get(0));
		try {
			// Resource by resource in parallel: first the root's cross-resource containment proxies of
			// the resource's feature (each feature is its own list), then every cross reference of the
			// resource's elements. Resolving only reads the complete id maps and updates the
			// referencing element's own lists.
			ParallelLoad.run(resources, resource -> {
				EReference feature = featureOf.get(resource);
				if (feature != null) {
					@SuppressWarnings("unchecked")
					EList<EObject> children = (EList<EObject>) project.eGet(feature);
					ProjectResourceSet.PROXY_FRAGMENTS.set(rootFragments);
					try {
						for (int i = 0, size = children.size(); i < size; i++) {
							EObject child = children.get(i);
							if (child.eIsProxy()) {
								throw dangling(projectFile, project, feature, child);
							}
						}
					} finally {
						ProjectResourceSet.PROXY_FRAGMENTS.remove();
					}
				}
				resolveResource(files.get(resource), holders.get(resource), fragments.get(resource), resource);
			}, files.keySet());
		} finally {
			for (Resource resource : resources) {
				((RensaXmiResource) resource).setIndexedLookupOnly(false);
			}
		}
	}

	private static final Map<EClass, EReference[]> CROSS_REFERENCES = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * Resolves the proxies of one resource and refuses any that stays unresolved.
	 *
	 * @param holders   when the resource was read from the open cache: its proxies' holders
	 *                  ({@link RensaXmiResource#takeProxyHolders()}), otherwise {@code null}
	 * @param fragments the fragments of its proxy URIs, or {@code null}
	 */
	private static void resolveResource(Path file, List<Object> holders, Map<URI, String> fragments, Resource resource)
			throws ProjectFormatException {
		if (holders != null) {
			// Read from the open cache, which noted every reference that holds a proxy and the
			// fragments of their URIs. Containment proxies (the root's children in other files) are
			// resolved with the files they are in.
			ProjectResourceSet.PROXY_FRAGMENTS.set(fragments);
			try {
				for (int i = 0, size = holders.size(); i < size; i += 2) {
					EObject object = (EObject) holders.get(i);
					EReference reference = (EReference) holders.get(i + 1);
					if (!reference.isContainment() && !reference.isContainer()) {
						resolveReference(file, object, reference);
					}
				}
			} finally {
				ProjectResourceSet.PROXY_FRAGMENTS.remove();
			}
			return;
		}
		for (TreeIterator<EObject> it = EcoreUtil.getAllProperContents(resource, false); it.hasNext();) {
			EObject object = it.next();
			for (EReference reference : CROSS_REFERENCES.computeIfAbsent(object.eClass(), XmiProjectStorage::crossReferencesOf)) {
				resolveReference(file, object, reference);
			}
		}
	}

	/** Resolves an element's proxies in one reference and refuses any that stays unresolved. */
	private static void resolveReference(Path file, EObject object, EReference reference) throws ProjectFormatException {
		if (reference.isMany()) {
			@SuppressWarnings("unchecked")
			EList<EObject> values = (EList<EObject>) object.eGet(reference);
			for (int i = 0, size = values.size(); i < size; i++) {
				EObject value = values.get(i);
				if (value.eIsProxy()) {
					throw dangling(file, object, reference, value);
				}
			}
		} else {
			EObject value = (EObject) object.eGet(reference, true);
			if (value != null && value.eIsProxy()) {
				throw dangling(file, object, reference, value);
			}
		}
	}

	private static EReference[] crossReferencesOf(EClass eClass) {
		List<EReference> result = new ArrayList<>();
		for (EReference reference : eClass.getEAllReferences()) {
			if (!reference.isContainment() && !reference.isContainer() && !reference.isTransient()
					&& !reference.isDerived()) {
				result.add(reference);
			}
		}
		return result.toArray(new EReference[0]);
	}

	private static ProjectFormatException dangling(Path file, EObject owner, EReference reference, EObject proxy) {
		URI uri = ((InternalEObject) proxy).eProxyURI();
		String target = uri == null ? "?" : uri.lastSegment() + "#" + uri.fragment();
		String ownerId = owner instanceof Identifiable identifiable ? identifiable.getId() : null;
		return new ProjectFormatException(file, file + ": dangling reference " + owner.eClass().getName()
				+ (ownerId == null ? "" : " " + ownerId) + "." + reference.getName() + " -> " + target);
	}

	/**
	 * Loads a project whose model is read from another directory than {@code DIR/model/} (a recovery
	 * snapshot, or {@code model.bak/}); the document belongs to {@code directory} and nothing on disk
	 * is changed.
	 *
	 * @param directory the project directory the document belongs to (where it will be saved)
	 * @param modelDirectory a complete model directory ({@code rensa.properties}, the XMI files, companions)
	 * @return the loaded document
	 * @throws IOException as for {@link #loadReadOnly(Path)}
	 */
	public AuditProjectDocument loadModel(Path directory, Path modelDirectory) throws IOException {
		Path dir = directory.toAbsolutePath().normalize();
		Path source = modelDirectory.toAbsolutePath().normalize();
		if (!Files.isRegularFile(source.resolve(PROPERTIES_FILE))) {
			throw new ProjectFormatException(source, source + ": not a complete model (no " + PROPERTIES_FILE + ")");
		}
		return loadFrom(dir, source, new ArrayList<>(), null);
	}

	/**
	 * Serialises the document exactly as {@link #save(AuditProjectDocument)} would write it, into
	 * bytes by path relative to the model directory (XMI files, companion files and, last,
	 * {@code rensa.properties}). Writes nothing; like a save it assigns missing ids first.
	 *
	 * @param document the document
	 * @return the model directory's files, in the order a save writes them
	 * @throws IOException when a resource cannot be serialised
	 */
	public Map<String, byte[]> serialize(AuditProjectDocument document) throws IOException {
		List<Resource> resources = prepare(document);
		Map<String, Object> saveOptions = options.saveOptions();
		Map<String, byte[]> files = new java.util.LinkedHashMap<>();
		List<String> names = modelFileNames();
		for (int i = 0; i < resources.size(); i++) {
			java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
			try {
				resources.get(i).save(bytes, saveOptions);
			} catch (IOException e) {
				throw describeSaveFailure(Path.of(names.get(i)), e);
			}
			files.put(names.get(i), bytes.toByteArray());
		}
		files.putAll(document.getCompanionFiles().contentForSave());
		files.put(PROPERTIES_FILE, propertiesText(FORMAT_VERSION).getBytes(StandardCharsets.UTF_8));
		return files;
	}

	// -------------------------------------------------------------------------------------------- save

	@Override
	public void save(AuditProjectDocument document) throws IOException {
		Path dir = document.getDirectory();
		ProjectLock.checkWritable(dir);
		List<Resource> resources = prepare(document);
		Path model = dir.resolve(MODEL_DIR);
		Path modelNew = dir.resolve(MODEL_NEW_DIR);
		Path modelBak = dir.resolve(MODEL_BAK_DIR);
		Map<String, Object> saveOptions = options.saveOptions();
		fs.deleteTree(modelNew);
		fs.createDirectories(modelNew);
		List<String> names = modelFileNames();
		byte[][] hashes = new byte[resources.size()][];
		long[] sizes = new long[resources.size()];
		for (int i = 0; i < resources.size(); i++) {
			Resource resource = resources.get(i);
			Path file = modelNew.resolve(names.get(i));
			int index = i;
			try {
				fs.writeFile(file, out -> {
					if (cache == null) {
						resource.save(out, saveOptions);
						return;
					}
					// The open cache tags its entries with the hash of the XMI bytes written here.
					java.security.MessageDigest digest = OpenCache.newDigest();
					CountingOutputStream counting = new CountingOutputStream(new java.security.DigestOutputStream(out, digest));
					resource.save(counting, saveOptions);
					counting.flush();
					hashes[index] = digest.digest();
					sizes[index] = counting.count;
				});
			} catch (IOException e) {
				throw describeSaveFailure(file, e);
			} catch (RuntimeException e) {
				throw new IOException(file + ": cannot be written: " + oneLine(e.getMessage()), e);
			}
		}
		Map<String, byte[]> companions = document.getCompanionFiles().contentForSave();
		Set<Path> companionDirectories = new java.util.TreeSet<>();
		for (Map.Entry<String, byte[]> companion : companions.entrySet()) {
			Path file = modelNew.resolve(companion.getKey());
			for (Path parent = file.getParent(); !parent.equals(modelNew); parent = parent.getParent()) {
				companionDirectories.add(parent);
			}
			fs.createDirectories(file.getParent());
			byte[] bytes = companion.getValue();
			fs.writeFile(file, out -> out.write(bytes));
		}
		for (Path directory : companionDirectories) {
			fs.syncDirectory(directory);
		}
		// The properties file is written last: it is the commit marker of a complete model.new/.
		byte[] properties = propertiesText(FORMAT_VERSION).getBytes(StandardCharsets.UTF_8);
		fs.writeFile(modelNew.resolve(PROPERTIES_FILE), out -> out.write(properties));
		fs.syncDirectory(modelNew);
		// model.bak/ is replaced as a whole: the previous backup is moved aside (restored by the next
		// load if the save stops here), model/ becomes model.bak/, and the old backup is deleted last,
		// its commit marker first. So model.bak/ is never a partly deleted directory.
		Path modelBakOld = dir.resolve(MODEL_BAK_OLD_DIR);
		ProjectLock.checkWritable(dir);
		if (Files.isDirectory(model)) {
			if (Files.isDirectory(modelBak)) {
				discard(modelBakOld);
				fs.rename(modelBak, modelBakOld);
			}
			fs.rename(model, modelBak);
			fs.syncDirectory(dir);
		}
		fs.rename(modelNew, model);
		fs.syncDirectory(dir);
		discard(modelBakOld);
		document.getCompanionFiles().saved(companions);
		fs.createDirectories(dir.resolve(EVIDENCE_DIR));
		refreshCache(dir, resources, names, hashes, sizes);
	}

	/**
	 * Makes the open cache's entries of the files a save wrote whose entries were made from other
	 * bytes (on this thread, which owns the model); they are written in the background.
	 */
	private void refreshCache(Path dir, List<Resource> resources, List<String> names, byte[][] hashes, long[] sizes) {
		if (cache == null) {
			return;
		}
		List<Resource> stale = new ArrayList<>();
		Map<Resource, Integer> indexOf = new IdentityHashMap<>();
		for (int i = 0; i < resources.size(); i++) {
			if (hashes[i] != null && !cache.isCurrent(dir, names.get(i), sizes[i], hashes[i])) {
				stale.add(resources.get(i));
				indexOf.put(resources.get(i), i);
			}
		}
		// The files were written by this save, under the project's lock: their stamps (taken now, in
		// model/ after the swap) belong to the hashed bytes when their change times are fine-grained.
		Map<String, Map.Entry<OpenCache.Stamp, byte[]>> learned = new HashMap<>();
		for (int i = 0; i < resources.size(); i++) {
			OpenCache.Stamp stamp = hashes[i] == null ? null : OpenCache.Stamp.of(dir.resolve(MODEL_DIR).resolve(names.get(i)));
			if (stamp != null && stamp.size() == sizes[i] && stamp.isSettled()) {
				learned.put(names.get(i), Map.entry(stamp, hashes[i]));
			}
		}
		cache.recordStampsLater(dir, learned);
		Map<String, byte[]> entries = new java.util.concurrent.ConcurrentHashMap<>();
		try {
			ParallelLoad.run(stale, resource -> {
				int i = indexOf.get(resource);
				entries.put(names.get(i), OpenCache.entry(resource, sizes[i], hashes[i]));
			}, resources);
		} catch (IOException | RuntimeException e) {
			// The cache is an optimisation; the save itself succeeded. Entries not made stay stale and
			// are not used (their tags do not match the new files).
			return;
		}
		cache.writeLater(dir, entries);
	}

	/** Counts the bytes written through it. */
	private static final class CountingOutputStream extends java.io.FilterOutputStream {
		long count;

		CountingOutputStream(java.io.OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			out.write(b);
			count++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
			count += len;
		}
	}

	/** Deletes a model directory that is no longer a version: its commit marker first, then the rest. */
	private void discard(Path modelDirectory) throws IOException {
		if (Files.exists(modelDirectory, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			fs.deleteTree(modelDirectory.resolve(PROPERTIES_FILE));
			fs.deleteTree(modelDirectory);
		}
	}

	private static IOException describeSaveFailure(Path file, IOException e) {
		Throwable cause = e;
		while (cause != null) {
			if (cause instanceof DanglingHREFException) {
				return new IOException(file + ": cannot be written: an element refers to an element that is not part"
						+ " of the project (" + oneLine(cause.getMessage()) + ")", e);
			}
			cause = cause.getCause() == cause ? null : cause.getCause();
		}
		return new IOException(file + ": cannot be written: " + oneLine(e.getMessage()), e);
	}

	/**
	 * Brings the resource set into its canonical shape: one resource per root feature holding exactly
	 * that feature's elements in order, ids assigned and unique, unordered features sorted.
	 */
	private static List<Resource> prepare(AuditProjectDocument document) {
		Path dir = document.getDirectory();
		AuditProject project = document.getProject();
		ResourceSet resourceSet = document.getResourceSet();
		List<Resource> resources = new ArrayList<>();
		Resource projectResource = resource(resourceSet, modelUri(dir, PROJECT_FILE));
		if (project.eResource() != projectResource || projectResource.getContents().size() != 1) {
			ECollections.setEList(projectResource.getContents(), List.<EObject>of(project));
		}
		resources.add(projectResource);
		for (EReference feature : rootFeatures()) {
			Resource resource = resource(resourceSet, modelUri(dir, fileName(feature)));
			@SuppressWarnings("unchecked")
			EList<EObject> children = (EList<EObject>) project.eGet(feature);
			EList<EObject> contents = resource.getContents();
			if (!sameElements(contents, children)) {
				ECollections.setEList(contents, new ArrayList<>(children));
			}
			resources.add(resource);
		}
		assignIds(project);
		return resources;
	}

	private static boolean sameElements(List<EObject> a, List<EObject> b) {
		int size = a.size();
		if (size != b.size()) {
			return false;
		}
		for (int i = 0; i < size; i++) {
			if (a.get(i) != b.get(i)) {
				return false;
			}
		}
		return true;
	}

	private static Resource resource(ResourceSet resourceSet, URI uri) {
		Resource resource = resourceSet.getResource(uri, false);
		return resource != null ? resource : resourceSet.createResource(uri);
	}

	private static void assignIds(AuditProject project) {
		Set<String> seen = new HashSet<>();
		Map<EClass, List<EStructuralFeature>> unordered = new IdentityHashMap<>();
		visit(project, seen, unordered);
		for (TreeIterator<EObject> it = project.eAllContents(); it.hasNext();) {
			visit(it.next(), seen, unordered);
		}
	}

	private static void visit(EObject object, Set<String> seen, Map<EClass, List<EStructuralFeature>> unordered) {
		if (object instanceof Identifiable identifiable) {
			String id = identifiable.getId();
			if (id == null || id.isEmpty() || !seen.add(id)) {
				// A missing or duplicated id (e.g. after copy and paste) gets a fresh UUID; references
				// are object references in memory, so they follow.
				do {
					id = EcoreUtil.generateUUID();
				} while (!seen.add(id));
				identifiable.setId(id);
			}
		}
		for (EStructuralFeature feature : unordered.computeIfAbsent(object.eClass(), XmiProjectStorage::unorderedFeatures)) {
			sortUnordered(object, feature);
		}
	}

	private static List<EStructuralFeature> unorderedFeatures(EClass eClass) {
		List<EStructuralFeature> result = new ArrayList<>();
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			if (feature.isMany() && !feature.isOrdered() && feature.isChangeable() && !feature.isTransient()
					&& !feature.isDerived()) {
				result.add(feature);
			}
		}
		return result.isEmpty() ? List.of() : result;
	}

	@SuppressWarnings("unchecked")
	private static void sortUnordered(EObject object, EStructuralFeature feature) {
		EList<Object> values = (EList<Object>) object.eGet(feature);
		if (values.size() < 2) {
			return;
		}
		Comparator<Object> order = Comparator.comparing(XmiProjectStorage::sortKey);
		List<Object> sorted = new ArrayList<>(values);
		sorted.sort(order);
		if (!sorted.equals(values)) {
			ECollections.sort(values, order);
		}
	}

	private static String sortKey(Object value) {
		if (value instanceof EObject eObject) {
			String id = EcoreUtil.getID(eObject);
			return id == null ? "" : id;
		}
		return String.valueOf(value);
	}

	/** A resource set that resolves proxies only against its own resources and never loads on demand. */
	static final class ProjectResourceSet extends org.eclipse.emf.ecore.resource.impl.ResourceSetImpl {
		ProjectResourceSet() {
			setURIResourceMap(new HashMap<>());
			getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
					(Resource.Factory) RensaXmiResource::new);
		}

		@Override
		public Resource getResource(URI uri, boolean loadOnDemand) {
			return super.getResource(uri, false);
		}

		/**
		 * While this thread resolves the proxies of a resource read from the open cache: the
		 * fragments of their URIs ({@link RensaXmiResource#takeProxyFragments()}).
		 */
		static final ThreadLocal<Map<URI, String>> PROXY_FRAGMENTS = new ThreadLocal<>();

		@Override
		public EObject getEObject(URI uri, boolean loadOnDemand) {
			Resource resource = getResource(uri.trimFragment(), false);
			if (resource == null) {
				return null;
			}
			Map<URI, String> fragments = PROXY_FRAGMENTS.get();
			String fragment = fragments == null ? null : fragments.get(uri);
			return resource.getEObject(fragment != null ? fragment : uri.fragment());
		}
	}
}
