// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rensa.core.storage.FormatMigration;
import org.rensa.core.storage.ProjectFormatException;
import org.rensa.core.storage.ProjectStorage;

/** Every way a directory can fail to be a readable project gives a one-line message naming the file. */
class LoaderRejectionTest {

	private final ProjectStorage storage = ProjectStorage.standard();

	private static void assertOneLine(ProjectFormatException e, String... fragments) {
		String message = e.getMessage();
		assertFalse(message.contains("\n"), message);
		for (String fragment : fragments) {
			assertTrue(message.contains(fragment), "'" + message + "' should contain '" + fragment + "'");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "project-external-entity.xmi", "project-parameter-entity.xmi" })
	void externalEntitiesAreRejectedAndNeverRead(String fixture, @TempDir Path temp) throws Exception {
		Path secret = temp.resolve("outside/secret.txt");
		Files.createDirectories(secret.getParent());
		Files.writeString(secret, "TOP-SECRET-CONTENT", StandardCharsets.UTF_8);
		Path dir = TestSupport.copySample(temp.resolve("p"));
		String payload = Files.readString(TestSupport.fixtures().resolve("xxe").resolve(fixture))
				.replace("@SECRET@", secret.toAbsolutePath().toString());
		Files.writeString(dir.resolve("model/project.xmi"), payload, StandardCharsets.UTF_8);
		if (fixture.equals("project-external-entity.xmi")) {
			// Control: the payload is real - a default-configured SAX parser does read the file outside.
			StringBuilder text = new StringBuilder();
			javax.xml.parsers.SAXParserFactory.newInstance().newSAXParser().parse(dir.resolve("model/project.xmi").toFile(),
					new org.xml.sax.helpers.DefaultHandler() {
						@Override
						public void characters(char[] ch, int start, int length) {
							text.append(ch, start, length);
						}
					});
			assertTrue(text.toString().contains("TOP-SECRET-CONTENT"), text.toString());
		}

		ProjectFormatException e = assertThrows(ProjectFormatException.class, () -> storage.loadReadOnly(dir));
		assertOneLine(e, "project.xmi", "DOCTYPE");
		assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
		for (Throwable t = e; t != null; t = t.getCause()) {
			assertFalse(String.valueOf(t.getMessage()).contains("TOP-SECRET"), "secret leaked into " + t);
		}
	}

	@Test
	void aPlainDoctypeIsRejected(@TempDir Path temp) throws Exception {
		Path dir = TestSupport.copySample(temp.resolve("p"));
		Files.copy(TestSupport.fixtures().resolve("xxe/project-doctype-only.xmi"), dir.resolve("model/project.xmi"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		assertOneLine(assertThrows(ProjectFormatException.class, () -> storage.load(dir)), "project.xmi",
				"DOCTYPE and entity declarations are not allowed");
	}

	@Test
	void malformedXmlIsRejectedWithTheFileAndLine(@TempDir Path temp) throws Exception {
		Path dir = TestSupport.copySample(temp.resolve("p"));
		Files.copy(TestSupport.fixtures().resolve("malformed/organizations.xmi"), dir.resolve("model/organizations.xmi"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		assertOneLine(assertThrows(ProjectFormatException.class, () -> storage.load(dir)), "organizations.xmi",
				"malformed XML at line 4");
	}

	@Test
	void unknownElementsAreRejected(@TempDir Path temp) throws Exception {
		Path dir = TestSupport.copySample(temp.resolve("p"));
		Path file = dir.resolve("model/visits.xmi");
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rensa:Visit xmi:version=\"2.0\""
				+ " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:rensa=\"http://rensa.org/model/audit/1.0\" id=\"_v\""
				+ " colour=\"red\"/>\n");
		assertOneLine(assertThrows(ProjectFormatException.class, () -> storage.load(dir)), "visits.xmi",
				"invalid content at line");
	}

	@Test
	void newerFormatVersionIsRejected(@TempDir Path temp) throws Exception {
		Path dir = TestSupport.copySample(temp.resolve("p"));
		Files.writeString(dir.resolve("model/rensa.properties"), "format=rensa-project\nformatVersion=2\n");
		assertOneLine(assertThrows(ProjectFormatException.class, () -> storage.load(dir)), "rensa.properties",
				"format version 2 is newer than this Rensa supports (1)");
	}

	@Test
	void unknownFormatVersionIsRejected(@TempDir Path temp) throws Exception {
		Path dir = TestSupport.copySample(temp.resolve("p"));
		Files.writeString(dir.resolve("model/rensa.properties"), "format=rensa-project\nformatVersion=one\n");
		assertOneLine(assertThrows(ProjectFormatException.class, () -> storage.load(dir)), "rensa.properties",
				"unknown format version 'one'");
	}

	@Test
	void foreignFormatIsRejected(@TempDir Path temp) throws Exception {
		Path dir = TestSupport.copySample(temp.resolve("p"));
		Files.writeString(dir.resolve("model/rensa.properties"), "format=something-else\nformatVersion=1\n");
		assertOneLine(assertThrows(ProjectFormatException.class, () -> storage.load(dir)), "rensa.properties",
				"not a Rensa project file");
	}

	@Test
	void olderFormatNeedsAMigration(@TempDir Path temp) throws Exception {
		Path dir = TestSupport.copySample(temp.resolve("p"));
		Files.writeString(dir.resolve("model/rensa.properties"), "format=rensa-project\nformatVersion=0\n");
		assertOneLine(assertThrows(ProjectFormatException.class, () -> storage.load(dir)), "rensa.properties",
				"format version 0 is not supported (no migration from version 0)");
	}

	@Test
	void olderFormatIsMigratedInACopy(@TempDir Path temp) throws Exception {
		Path dir = TestSupport.copySample(temp.resolve("p"));
		Files.writeString(dir.resolve("model/rensa.properties"), "format=rensa-project\nformatVersion=0\n");
		// Version 0 called the project "title" instead of "name".
		Path projectFile = dir.resolve("model/project.xmi");
		Files.writeString(projectFile, Files.readString(projectFile).replace(" name=\"", " title=\""));
		var before = TestSupport.listing(dir);
		FormatMigration renameTitle = new FormatMigration() {
			@Override
			public int sourceVersion() {
				return 0;
			}

			@Override
			public void migrate(Path modelDirectory) throws java.io.IOException {
				Path file = modelDirectory.resolve("project.xmi");
				Files.writeString(file, Files.readString(file).replace(" title=\"", " name=\""));
			}
		};
		var document = ProjectStorage.withMigrations(List.of(renameTitle)).load(dir);
		assertEquals("Synthetic project (seed 42)", document.getProject().getName());
		assertTrue(document.getWarnings().get(0).contains("migrated from format version 0 to 1"));
		assertEquals(before, TestSupport.listing(dir), "loading never modifies the project");
	}

	@Test
	void danglingReferencesAreRejected(@TempDir Path temp) throws Exception {
		Path dir = TestSupport.copySample(temp.resolve("p"));
		Path relationships = dir.resolve("model/relationships.xmi");
		String text = Files.readString(relationships);
		int at = text.indexOf("to=\"organizations.xmi#") + "to=\"organizations.xmi#".length();
		Files.writeString(relationships, text.substring(0, at) + "_gone" + text.substring(text.indexOf('"', at)));
		assertOneLine(assertThrows(ProjectFormatException.class, () -> storage.load(dir)), "relationships.xmi",
				"dangling reference Relationship", ".to -> organizations.xmi#_gone");
	}

	@Test
	void aMissingContainedElementIsADanglingReference(@TempDir Path temp) throws Exception {
		Path dir = TestSupport.copySample(temp.resolve("p"));
		Files.writeString(dir.resolve("model/findings.xmi"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<xmi:XMI xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"/>\n");
		// Both the root's containment and the evidence's links to findings now dangle; either is reported.
		assertOneLine(assertThrows(ProjectFormatException.class, () -> storage.load(dir)), ".xmi: dangling reference ",
				"findings -> findings.xmi#");
	}

	@Test
	void hrefsOutsideTheProjectAreNeverFollowed(@TempDir Path temp) throws Exception {
		Path dir = TestSupport.copySample(temp.resolve("p"));
		Path outside = TestSupport.copySample(temp.resolve("other"));
		Path relationships = dir.resolve("model/relationships.xmi");
		String target = outside.resolve("model/organizations.xmi").toUri().toString();
		Files.writeString(relationships, Files.readString(relationships).replace("to=\"organizations.xmi#",
				"to=\"" + target + "#"));
		assertOneLine(assertThrows(ProjectFormatException.class, () -> storage.load(dir)), "dangling reference");
	}

	@Test
	void notAProject(@TempDir Path temp) throws Exception {
		assertOneLine(assertThrows(ProjectFormatException.class, () -> storage.load(temp.resolve("missing"))),
				"missing", "no such project directory");
		Files.writeString(temp.resolve("notes.txt"), "hello");
		assertOneLine(assertThrows(ProjectFormatException.class, () -> storage.load(temp)), temp.toString(),
				"not a Rensa project");
		Files.createDirectories(temp.resolve("model"));
		assertOneLine(assertThrows(ProjectFormatException.class, () -> storage.load(temp)), "rensa.properties",
				"missing");
	}

	@Test
	void createRefusesANonEmptyDirectory(@TempDir Path temp) throws Exception {
		Files.writeString(temp.resolve("notes.txt"), "hello");
		assertOneLine(assertThrows(ProjectFormatException.class, () -> storage.create(temp, "x")), "not empty");
	}
}
