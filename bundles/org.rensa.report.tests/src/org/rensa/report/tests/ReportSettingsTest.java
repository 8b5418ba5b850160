// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.AuditProject;
import org.rensa.model.RensaFactory;
import org.rensa.model.Tlp;
import org.rensa.report.ReportOptions;
import org.rensa.report.ReportSettings;

/** {@code DIR/settings/report.properties}: round trip, atomic writes, bad values, unusable logos. */
class ReportSettingsTest {

	@Test
	void roundTripKeepsEveryValueAndCopiesTheLogosIntoTheProject(@TempDir Path dir) throws IOException {
		Path project = dir.resolve("project");
		ProjectStorage storage = ProjectStorage.standard();
		AuditProjectDocument document = storage.create(project, "Settings");
		Path source = Files.createDirectories(dir.resolve("elsewhere"));
		String consultancyLogo = ReportSettings.importLogo(project,
				Logos.write(source.resolve("kap.png"), "png", "Kuroshio", new Color(0x1f4e79)), false);
		String clientLogo = ReportSettings.importLogo(project, Logos.write(source.resolve("minato.jpg"), "jpg", "Minato", new Color(0xc0392b)),
				true);
		assertEquals("consultancy-logo.png", consultancyLogo);
		assertEquals("client-logo.jpg", clientLogo);
		ReportSettings settings = new ReportSettings("Kuroshio Assurance Partners", consultancyLogo, "みなと駆動システム株式会社 = 調達本部",
				clientLogo, Locale.JAPANESE, Tlp.AMBER_STRICT, "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
		BasicCommandStack stack = new BasicCommandStack();
		stack.execute(settings.change(document));
		assertTrue(stack.isSaveNeeded(), "a settings change makes the project dirty");
		assertEquals(settings, ReportSettings.of(document));
		storage.save(document);

		assertEquals(settings, ReportSettings.of(storage.load(project)));
		try (var files = Files.list(project.resolve("settings"))) {
			assertEquals(List.of("client-logo.jpg", "consultancy-logo.png"),
					files.map(p -> p.getFileName().toString()).sorted().toList(), "the logos stay in DIR/settings/");
		}
		String text = Files.readString(ReportSettings.file(project), StandardCharsets.UTF_8);
		assertTrue(text.contains("consultancy.logo = consultancy-logo.png\n"), text);
		assertTrue(text.contains("client.name = みなと駆動システム株式会社 \\= 調達本部\n"), "readable UTF-8, escaped only where needed: " + text);
		assertTrue(text.contains("audience = AMBER+STRICT\n"), text);
		assertTrue(text.contains("language = ja\n"), text);

		ReportSettings plain = new ReportSettings("Kuroshio Assurance Partners", null, "", null, null, null, null);
		stack.execute(plain.change(document));
		assertEquals(plain, ReportSettings.of(document));
		stack.undo();
		assertEquals(settings, ReportSettings.of(document), "undo restores the settings");
	}

	@Test
	void aProjectWithoutSettingsHasNone(@TempDir Path project) throws IOException {
		assertEquals(ReportSettings.NONE, ReportSettings.of(document(project)));
	}

	@Test
	void settingsAtTheOldLocationAreReadAndMovedIntoTheModel(@TempDir Path dir) throws IOException {
		Path project = dir.resolve("project");
		ProjectStorage storage = ProjectStorage.standard();
		storage.create(project, "Old");
		Path old = Files.createDirectories(project.resolve("settings")).resolve(ReportSettings.FILE);
		Files.writeString(old, "consultancy.name = Kuroshio Assurance Partners\n", StandardCharsets.UTF_8);
		AuditProjectDocument document = storage.load(project);
		assertEquals("Kuroshio Assurance Partners", ReportSettings.of(document).consultancyName());
		storage.save(document);
		assertFalse(Files.exists(old));
		assertEquals("Kuroshio Assurance Partners", ReportSettings.of(storage.load(project)).consultancyName());
	}

	@Test
	void badValuesAreOneLineNamingTheFileAndTheKey(@TempDir Path project) throws IOException {
		Path file = project.resolve("settings").resolve("report.properties");
		assertBad(project, "audience = PURPLE", file + ": audience: unknown TLP 'PURPLE' (CLEAR, GREEN, AMBER, AMBER+STRICT or RED)");
		assertBad(project, "language = de", file + ": language: unknown language 'de' (ja or en)");
		assertBad(project, "consultancy.logo = /etc/logo.png",
				file + ": consultancy.logo: must name a file in the settings folder (relative, without '..'): /etc/logo.png");
		assertBad(project, "client.logo = ../../logo.png",
				file + ": client.logo: must name a file in the settings folder (relative, without '..'): ../../logo.png");
		assertBad(project, "client.logo = logo.gif", file + ": client.logo: not a PNG or JPEG file name: logo.gif");
		assertBad(project, "consultancy.name = Kuroshio\\nAssurance", file + ": consultancy.name: contains a line break or control character");
		assertBad(project, "client.name = " + "x".repeat(121), file + ": client.name: longer than 120 characters");
		assertBad(project, "font = /usr/share/fonts/noto.pcf", file + ": font: not a font file (.ttc, .ttf or .otf): /usr/share/fonts/noto.pcf");
		assertBad(project, "consultancy = Kuroshio", file
				+ ": consultancy: unknown key (known: consultancy.name, consultancy.logo, client.name, client.logo, language, audience, font)");
		assertBad(project, "client.name = \\u00zz", file + ": malformed (Malformed \\uxxxx encoding.)");
		Files.write(file, new byte[] { 'c', 'l', 'i', 'e', 'n', 't', '.', 'n', 'a', 'm', 'e', '=', (byte) 0x82, (byte) 0xa0 });
		AuditProjectDocument document = document(project);
		assertEquals(file + ": not UTF-8 text", assertThrows(ReportSettings.SettingsException.class, () -> ReportSettings.of(document))
				.getMessage());
	}

	private static void assertBad(Path project, String line, String expected) throws IOException {
		Path file = project.resolve("settings").resolve("report.properties");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "consultancy.name = Kuroshio Assurance Partners\n" + line + "\n", StandardCharsets.UTF_8);
		AuditProjectDocument document = document(project);
		ReportSettings.SettingsException e = assertThrows(ReportSettings.SettingsException.class, () -> ReportSettings.of(document));
		assertEquals(expected, e.getMessage());
		assertFalse(e.getMessage().contains("\n"), "one line");
	}

	@Test
	void missingOrUndecodableLogosAreLeftOutWithAClearWarning(@TempDir Path project) throws IOException {
		Path folder = Files.createDirectories(project.resolve("settings"));
		Files.writeString(folder.resolve("client-logo.png"), "this is not a picture");
		ReportSettings settings = new ReportSettings("Kuroshio Assurance Partners", "consultancy-logo.png", "", "client-logo.png", null, null,
				"fonts/none.ttc");
		List<String> warnings = new ArrayList<>();
		ReportOptions.Branding branding = settings.branding(project, warnings);
		assertEquals("Kuroshio Assurance Partners", branding.consultancy());
		assertNull(branding.consultancyLogo());
		assertNull(branding.clientLogo());
		Path file = ReportSettings.file(project);
		assertEquals(List.of(
				file + ": consultancy.logo: settings/consultancy-logo.png file not found; the report is generated without this logo",
				file + ": client.logo: settings/client-logo.png not a PNG or JPEG image; the report is generated without this logo"),
				warnings);
		assertNull(settings.usableFont(project, warnings));
		assertEquals(file + ": font: " + folder.resolve("fonts/none.ttc") + " not found; the default font is used", warnings.get(2));
	}

	@Test
	void logosAndFontsLinkedOutsideTheProjectAreRefused(@TempDir Path temp) throws IOException {
		Path project = Files.createDirectories(temp.resolve("project"));
		Path outside = Files.createDirectories(temp.resolve("outside"));
		Logos.write(outside.resolve("secret.png"), "png", "Secret", new Color(0x1f4e79));
		Files.writeString(outside.resolve("secret.ttc"), "not really a font");
		Path folder = Files.createDirectories(project.resolve("settings"));
		Files.createSymbolicLink(folder.resolve("consultancy-logo.png"), outside.resolve("secret.png"));
		Files.createSymbolicLink(folder.resolve("font.ttc"), outside.resolve("secret.ttc"));
		ReportSettings settings = new ReportSettings("K", "consultancy-logo.png", "", null, null, null, "font.ttc");
		List<String> warnings = new ArrayList<>();
		assertNull(settings.branding(project, warnings).consultancyLogo());
		assertNull(settings.usableFont(project, warnings));
		Path file = ReportSettings.file(project);
		assertEquals(List.of(
				file + ": consultancy.logo: settings/consultancy-logo.png refused: leads outside the project (a symbolic link to "
						+ outside.resolve("secret.png").toRealPath() + "); the report is generated without this logo",
				file + ": font: settings/font.ttc refused: leads outside the project (a symbolic link to "
						+ outside.resolve("secret.ttc").toRealPath() + "); the default font is used"),
				warnings);

		// a settings/ folder linked outside the project: the same
		Path linkedProject = Files.createDirectories(temp.resolve("linked"));
		Files.copy(outside.resolve("secret.png"), outside.resolve("consultancy-logo.png"));
		Files.createSymbolicLink(linkedProject.resolve("settings"), outside);
		warnings.clear();
		assertNull(settings.branding(linkedProject, warnings).consultancyLogo());
		assertTrue(warnings.get(0).contains("refused: leads outside the project"), warnings.toString());
		// a regular file inside the project is used
		Logos.write(folder.resolve("inside.png"), "png", "Inside", new Color(0x1f4e79));
		warnings.clear();
		assertNotNull(new ReportSettings("K", "inside.png", "", null, null, null, null).branding(project, warnings).consultancyLogo());
		assertEquals(List.of(), warnings);
	}

	@Test
	void importRefusesWhatIsNotAnImage(@TempDir Path dir) throws IOException {
		Path text = Files.writeString(dir.resolve("logo.png"), "<svg/>");
		IOException e = assertThrows(IOException.class, () -> ReportSettings.importLogo(dir.resolve("project"), text, false));
		assertEquals(text + ": not a PNG or JPEG image", e.getMessage());
		assertFalse(Files.exists(dir.resolve("project").resolve("settings").resolve("consultancy-logo.png")));
		assertNotNull(ReportSettings.imageProblem(dir.resolve("absent.png")));
	}

	/** An open project held in memory, with the settings files found in {@code directory}. */
	private static AuditProjectDocument document(Path directory) {
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		Resource resource = resourceSet.createResource(URI.createFileURI(directory.resolve("model/project.xmi").toString()));
		AuditProject project = RensaFactory.eINSTANCE.createAuditProject();
		resource.getContents().add(project);
		return new AuditProjectDocument(directory, resourceSet, project, List.of());
	}
}
