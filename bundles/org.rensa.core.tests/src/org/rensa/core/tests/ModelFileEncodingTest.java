// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.ProjectFormatException;
import org.rensa.core.storage.ProjectStorage;

/** Model files are read as UTF-8 by the JDK's decoder; other encodings are left to the XML parser. */
class ModelFileEncodingTest {

	private final ProjectStorage storage = ProjectStorage.standard();

	@Test
	void malformedUtf8IsRejectedNamingTheFile(@TempDir Path temp) throws Exception {
		Path dir = TestSupport.copySample(temp.resolve("p"));
		Path file = dir.resolve("model/organizations.xmi");
		byte[] bytes = Files.readAllBytes(file);
		int quote = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("name=\"") + 6;
		bytes[quote] = (byte) 0xC3;
		bytes[quote + 1] = (byte) 0x28;
		Files.write(file, bytes);
		ProjectFormatException e = assertThrows(ProjectFormatException.class, () -> storage.loadReadOnly(dir));
		assertTrue(e.getMessage().contains("organizations.xmi: not valid UTF-8"), e.getMessage());
		assertFalse(e.getMessage().contains("\n"), e.getMessage());
	}

	@Test
	void aByteOrderMarkIsSkipped(@TempDir Path temp) throws Exception {
		Path dir = TestSupport.copySample(temp.resolve("p"));
		List<String> expected = organizationNames(dir);
		Path file = dir.resolve("model/organizations.xmi");
		ByteArrayOutputStream withBom = new ByteArrayOutputStream();
		withBom.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		withBom.write(Files.readAllBytes(file));
		Files.write(file, withBom.toByteArray());
		assertEquals(expected, organizationNames(dir));
	}

	@Test
	void anotherDeclaredEncodingIsDecodedByTheParser(@TempDir Path temp) throws Exception {
		Path dir = TestSupport.copySample(temp.resolve("p"));
		List<String> expected = organizationNames(dir);
		assertTrue(expected.get(0).contains("発注元"), expected.toString());
		Path file = dir.resolve("model/organizations.xmi");
		String text = Files.readString(file, StandardCharsets.UTF_8).replaceFirst("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
		Files.writeString(file, text, StandardCharsets.UTF_16);
		assertEquals(expected, organizationNames(dir));
	}

	private List<String> organizationNames(Path dir) throws Exception {
		return storage.loadReadOnly(dir).getProject().getOrganizations().stream().map(o -> o.getName() + " / " + o.getNameJa())
				.collect(Collectors.toList());
	}
}
