// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectFormatException;
import org.rensa.core.storage.internal.FileSystemOps;
import org.rensa.core.storage.internal.LoadPhases;
import org.rensa.core.storage.internal.OpenCache;
import org.rensa.core.storage.internal.XmiOptions;
import org.rensa.core.storage.internal.XmiProjectStorage;
import org.rensa.core.tests.demo.DemoProjectBuilder;
import org.rensa.model.Organization;
import org.rensa.model.Response;

/**
 * The open cache: a project loaded through it equals the one parsed from XMI; an XMI file changed
 * behind Rensa's back, a damaged or foreign entry and a disabled cache all lead to the XMI; a save
 * refreshes the entries.
 */
class OpenCacheTest {

	private static final String MAKE_ENTRIES = "make-cache-entries";

	/** Cache writes run in the background: they end before the test's folder is removed. */
	@AfterEach
	void awaitCacheWrites() {
		OpenCache.awaitWrites(60_000);
	}

	private static XmiProjectStorage cached(OpenCache cache) {
		return new XmiProjectStorage(List.of(), FileSystemOps.DEFAULT, XmiOptions.FAST, cache);
	}

	private static final XmiProjectStorage PARSED = new XmiProjectStorage(List.of(), FileSystemOps.DEFAULT, XmiOptions.FAST, null);

	/** Builds the demo project (with a companion file) through the cache and waits for its entries. */
	private static Path demo(Path temp, OpenCache cache) throws Exception {
		Path dir = temp.resolve("project");
		XmiProjectStorage storage = cached(cache);
		AuditProjectDocument document = DemoProjectBuilder.build(storage, dir);
		document.getCompanionFiles().contribute("notes/readme.txt", () -> "companion\n".getBytes(StandardCharsets.UTF_8));
		storage.save(document);
		OpenCache.awaitWrites(60_000);
		return dir;
	}

	/** @return the load's phases; a load that made cache entries had a miss */
	private static LoadPhases phases(XmiProjectStorage storage, Path dir, AuditProjectDocument[] loaded) throws Exception {
		LoadPhases phases = new LoadPhases();
		loaded[0] = storage.loadReadOnly(dir, phases);
		return phases;
	}

	private static void assertSameProject(AuditProjectDocument expected, AuditProjectDocument actual) throws Exception {
		List<Resource> a = expected.getResourceSet().getResources();
		List<Resource> b = actual.getResourceSet().getResources();
		assertEquals(a.size(), b.size());
		EcoreUtil.EqualityHelper equality = new EcoreUtil.EqualityHelper();
		int objects = 0;
		for (int i = 0; i < a.size(); i++) {
			Resource ra = a.get(i);
			Resource rb = b.get(i);
			assertEquals(ra.getURI(), rb.getURI());
			assertTrue(equality.equals(ra.getContents(), rb.getContents()), "contents of " + ra.getURI().lastSegment());
			List<EObject> ea = all(ra);
			List<EObject> eb = all(rb);
			assertEquals(ea.size(), eb.size(), ra.getURI().lastSegment());
			for (int j = 0; j < ea.size(); j++) {
				String id = EcoreUtil.getID(ea.get(j));
				assertEquals(id, EcoreUtil.getID(eb.get(j)));
				assertSame(eb.get(j).eClass(), ea.get(j).eClass());
				if (id != null) {
					// The id look-up of the cached resource finds every element (references resolve through it).
					assertSame(eb.get(j), rb.getEObject(id), id);
					assertEquals(rb.getURIFragment(eb.get(j)), id);
				}
				for (EObject target : eb.get(j).eCrossReferences()) {
					assertFalse(target.eIsProxy(), "unresolved reference in " + rb.getURI().lastSegment());
					assertNotNull(target.eResource());
				}
				objects++;
			}
		}
		assertTrue(objects > 100, "the demo project has elements: " + objects);
		assertEquals(expected.getProject().getOrganizations().size(), actual.getProject().getOrganizations().size());
		assertEquals(expected.getWarnings(), actual.getWarnings());
		assertEquals(expected.getCompanionFiles().storedPaths(), actual.getCompanionFiles().storedPaths());
		for (String path : expected.getCompanionFiles().storedPaths()) {
			assertArrayEquals(expected.getCompanionFiles().stored(path).orElseThrow(),
					actual.getCompanionFiles().stored(path).orElseThrow(), path);
		}
	}

	private static List<EObject> all(Resource resource) {
		List<EObject> result = new ArrayList<>();
		for (TreeIterator<EObject> it = EcoreUtil.getAllProperContents(resource, false); it.hasNext();) {
			result.add(it.next());
		}
		return result;
	}

	@Test
	void aProjectLoadedThroughTheCacheEqualsTheOneParsedFromXmi(@TempDir Path temp) throws Exception {
		OpenCache cache = new OpenCache(temp.resolve("cache"));
		Path dir = demo(temp, cache);
		for (String name : XmiProjectStorage.modelFileNames()) {
			assertTrue(Files.isRegularFile(cache.entryOf(dir, name)), "entry of " + name + " written by the save");
			assertTrue(cache.entryOf(dir, name).startsWith(temp.resolve("cache")), "outside the project");
		}
		AuditProjectDocument[] loaded = new AuditProjectDocument[1];
		LoadPhases phases = phases(cached(cache), dir, loaded);
		assertFalse(phases.millis().containsKey(MAKE_ENTRIES), "every file came from the cache: " + phases.millis());
		assertSameProject(PARSED.loadReadOnly(dir), loaded[0]);
		// Nothing of the cache is in the project.
		try (var files = Files.walk(dir)) {
			assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".bin")));
		}
		// The cached model is a working model: edited, saved and parsed again it shows the edit.
		AuditProjectDocument document = cached(cache).load(dir);
		Organization organization = document.getProject().getOrganizations().get(1);
		organization.setName("Renamed through the cache");
		cached(cache).save(document);
		assertSameProject(document, PARSED.loadReadOnly(dir));
	}

	@Test
	void aFileEditedBehindRensasBackWithTheSameSizeAndTimeIsParsed(@TempDir Path temp) throws Exception {
		OpenCache cache = new OpenCache(temp.resolve("cache"));
		Path dir = demo(temp, cache);
		Path file = dir.resolve("model/organizations.xmi");
		String name = PARSED.loadReadOnly(dir).getProject().getOrganizations().get(0).getName();
		byte[] before = Files.readAllBytes(file);
		FileTime time = Files.getLastModifiedTime(file);
		String text = new String(before, StandardCharsets.UTF_8);
		String changed = name.substring(0, name.length() - 1) + (name.endsWith("X") ? "Y" : "X");
		byte[] after = text.replace("name=\"" + name + "\"", "name=\"" + changed + "\"").getBytes(StandardCharsets.UTF_8);
		assertEquals(before.length, after.length);
		assertFalse(java.util.Arrays.equals(before, after));
		Files.write(file, after);
		Files.setLastModifiedTime(file, time);

		AuditProjectDocument[] loaded = new AuditProjectDocument[1];
		LoadPhases phases = phases(cached(cache), dir, loaded);
		assertEquals(changed, loaded[0].getProject().getOrganizations().get(0).getName());
		assertTrue(phases.millis().containsKey(MAKE_ENTRIES), "the edited file missed the cache");
		assertSameProject(PARSED.loadReadOnly(dir), loaded[0]);
		// The miss made a new entry: the next load reads everything from the cache, with the edit.
		OpenCache.awaitWrites(60_000);
		phases = phases(cached(cache), dir, loaded);
		assertFalse(phases.millis().containsKey(MAKE_ENTRIES), phases.millis().toString());
		assertEquals(changed, loaded[0].getProject().getOrganizations().get(0).getName());
	}

	@Test
	void aReferenceFromACachedFileToAnElementNoLongerThereIsRefused(@TempDir Path temp) throws Exception {
		OpenCache cache = new OpenCache(temp.resolve("cache"));
		Path dir = demo(temp, cache);
		// A response that evidence refers to; evidence.xmi is unchanged, so its entry is read.
		Response response = PARSED.loadReadOnly(dir).getProject().getEvidence().stream()
				.flatMap(evidence -> evidence.getResponses().stream()).findFirst().orElseThrow();
		Path file = dir.resolve("model/assessments.xmi");
		String text = Files.readString(file, StandardCharsets.UTF_8);
		String definition = " id=\"" + response.getId() + "\"";
		assertEquals(text.indexOf(definition), text.lastIndexOf(definition));
		Files.writeString(file, text.replace(definition, " id=\"" + response.getId() + "-gone\""), StandardCharsets.UTF_8);

		ProjectFormatException refused = assertThrows(ProjectFormatException.class, () -> cached(cache).loadReadOnly(dir));
		assertTrue(refused.getMessage().contains("dangling reference")
				&& refused.getMessage().contains("assessments.xmi#" + response.getId()), refused.getMessage());
	}

	@Test
	void aDamagedOrForeignEntryIsIgnored(@TempDir Path temp) throws Exception {
		OpenCache cache = new OpenCache(temp.resolve("cache"));
		Path dir = demo(temp, cache);
		AuditProjectDocument expected = PARSED.loadReadOnly(dir);
		Path organizations = cache.entryOf(dir, "organizations.xmi");
		Path findings = cache.entryOf(dir, "findings.xmi");
		Path evidence = cache.entryOf(dir, "evidence.xmi");
		Path assessments = cache.entryOf(dir, "assessments.xmi");
		byte[] original = Files.readAllBytes(organizations);
		byte[] flipped = original.clone();
		flipped[flipped.length - 10] ^= 0x40; // a bit of the payload
		Files.write(organizations, flipped);
		byte[] truncated = Files.readAllBytes(findings);
		Files.write(findings, java.util.Arrays.copyOf(truncated, truncated.length / 2));
		Files.write(evidence, "not a cache entry".getBytes(StandardCharsets.UTF_8));
		byte[] foreign = Files.readAllBytes(assessments);
		foreign[17 + 3] ^= 0x7f; // the format number after the magic line
		Files.write(assessments, foreign);

		AuditProjectDocument[] loaded = new AuditProjectDocument[1];
		LoadPhases phases = phases(cached(cache), dir, loaded);
		assertTrue(phases.millis().containsKey(MAKE_ENTRIES));
		assertSameProject(expected, loaded[0]);
		OpenCache.awaitWrites(60_000);
		assertArrayEquals(original, Files.readAllBytes(organizations), "the damaged entry was made again");
		phases = phases(cached(cache), dir, loaded);
		assertFalse(phases.millis().containsKey(MAKE_ENTRIES), phases.millis().toString());
		assertSameProject(expected, loaded[0]);

		// An unreadable cache folder (a file where the folder should be) never fails a load or a save.
		OpenCache broken = new OpenCache(temp.resolve("cache-file"));
		Files.writeString(temp.resolve("cache-file"), "x");
		AuditProjectDocument document = cached(broken).load(dir);
		cached(broken).save(document);
		OpenCache.awaitWrites(60_000);
		assertSameProject(expected, cached(broken).loadReadOnly(dir));
	}

	@Test
	void aSaveRefreshesTheEntriesOfTheFilesItChanged(@TempDir Path temp) throws Exception {
		OpenCache cache = new OpenCache(temp.resolve("cache"));
		Path dir = demo(temp, cache);
		Path organizations = cache.entryOf(dir, "organizations.xmi");
		Path findings = cache.entryOf(dir, "findings.xmi");
		byte[] organizationsBefore = Files.readAllBytes(organizations);
		byte[] findingsBefore = Files.readAllBytes(findings);
		XmiProjectStorage storage = cached(cache);
		AuditProjectDocument document = storage.load(dir);
		document.getProject().getOrganizations().get(0).setName("Saved under a new name");
		storage.save(document);
		OpenCache.awaitWrites(60_000);
		assertNotEquals(List.of(organizationsBefore), List.of(Files.readAllBytes(organizations)));
		assertFalse(java.util.Arrays.equals(organizationsBefore, Files.readAllBytes(organizations)), "refreshed");
		assertArrayEquals(findingsBefore, Files.readAllBytes(findings), "an unchanged file keeps its entry");
		AuditProjectDocument[] loaded = new AuditProjectDocument[1];
		LoadPhases phases = phases(storage, dir, loaded);
		assertFalse(phases.millis().containsKey(MAKE_ENTRIES), phases.millis().toString());
		assertEquals("Saved under a new name", loaded[0].getProject().getOrganizations().get(0).getName());
		assertSameProject(PARSED.loadReadOnly(dir), loaded[0]);
	}

	@Test
	void theCacheCanBeDisabledAndLivesUnderTheUsersCacheFolder(@TempDir Path temp) throws Exception {
		String enabled = System.getProperty(OpenCache.ENABLED_PROPERTY);
		String directory = System.getProperty(OpenCache.DIRECTORY_PROPERTY);
		try {
			System.setProperty(OpenCache.ENABLED_PROPERTY, "false");
			assertNull(OpenCache.standard());
			System.clearProperty(OpenCache.ENABLED_PROPERTY);
			System.setProperty(OpenCache.DIRECTORY_PROPERTY, temp.resolve("elsewhere").toString());
			assertEquals(temp.resolve("elsewhere"), OpenCache.standard().root());
			System.clearProperty(OpenCache.DIRECTORY_PROPERTY);
			OpenCache standard = OpenCache.standard();
			assertNotNull(standard);
			String xdg = System.getenv("XDG_CACHE_HOME");
			Path expected = xdg != null && !xdg.isBlank() ? Path.of(xdg, "rensa", "open-cache")
					: Path.of(System.getProperty("user.home"), ".cache", "rensa", "open-cache");
			assertEquals(expected.toAbsolutePath().normalize(), standard.root());
			// One folder per project, named by the SHA-256 of its absolute path.
			Path project = temp.resolve("p");
			assertEquals(64, standard.directoryOf(project).getFileName().toString().length());
			assertEquals(standard.directoryOf(project), standard.directoryOf(temp.resolve("x/../p")));
			assertNotEquals(standard.directoryOf(project), standard.directoryOf(temp.resolve("q")));
		} finally {
			restore(OpenCache.ENABLED_PROPERTY, enabled);
			restore(OpenCache.DIRECTORY_PROPERTY, directory);
		}
	}

	private static void restore(String key, String value) {
		if (value == null) {
			System.clearProperty(key);
		} else {
			System.setProperty(key, value);
		}
	}

	@Test
	void withoutACacheNothingIsWritten(@TempDir Path temp) throws Exception {
		OpenCache cache = new OpenCache(temp.resolve("cache"));
		Path dir = temp.resolve("project");
		DemoProjectBuilder.build(PARSED, dir);
		PARSED.loadReadOnly(dir);
		OpenCache.awaitWrites(60_000);
		assertFalse(Files.exists(cache.directoryOf(dir)));
		Map<String, Long> phases = phases(cached(cache), dir, new AuditProjectDocument[1]).millis();
		assertTrue(phases.containsKey(MAKE_ENTRIES), "the first load through the cache makes its entries");
		OpenCache.awaitWrites(60_000);
		try (var entries = Files.list(cache.directoryOf(dir))) {
			assertEquals(XmiProjectStorage.modelFileNames().size(),
					entries.filter(p -> p.getFileName().toString().endsWith(".xmi.bin")).sorted(Comparator.naturalOrder()).count());
		}
	}
}
