// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.jface.window.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Tlp;
import org.rensa.report.ReportSettings;
import org.rensa.ui.report.GenerateReportDialog;
import org.rensa.ui.report.ReportSettingsDialog;

/** Project › Report Settings…: editing, logo checks and previews, saving; the Generate Report dialog pre-filled from it. */
class ReportSettingsDialogTest {

	private Shell shell;

	@AfterEach
	void close() {
		if (shell != null) {
			shell.dispose();
		}
	}

	private static <T extends Control> List<T> find(Composite parent, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(find(composite, type));
			}
		}
		return found;
	}

	/** The editable text fields (the title area's message is a read-only text). */
	private static List<Text> fields(ReportSettingsDialog dialog) {
		return find(dialog.getShell(), Text.class).stream().filter(Text::getEditable).toList();
	}

	/** A 240×60 logo: a coloured block and a white stripe, as PNG or JPEG. */
	private static Path logo(Path file, int format, int rgb) {
		ImageData data = new ImageData(240, 60, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		for (int y = 0; y < 60; y++) {
			for (int x = 0; x < 240; x++) {
				data.setPixel(x, y, x < 60 ? rgb : (y > 24 && y < 36 ? 0x2c3e50 : 0xFFFFFF));
			}
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		loader.save(file.toString(), format);
		return file;
	}

	private ReportSettingsDialog open(Path project, ReportSettings settings) {
		shell = new Shell(Display.getDefault());
		ReportSettingsDialog dialog = new ReportSettingsDialog(shell, project, settings, "Minato Drive Systems Co., Ltd.");
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	@Test
	void savesNamesLogosAndDefaultsIntoTheProject(@TempDir Path dir) throws Exception {
		Path project = Files.createDirectories(dir.resolve("project"));
		ReportSettingsDialog dialog = open(project, ReportSettings.NONE);
		List<Text> texts = fields(dialog);
		assertEquals(3, texts.size(), "consultancy name, client name, font");
		texts.get(0).setText("Kuroshio Assurance Partners");
		texts.get(1).setText("みなと駆動システム株式会社");
		assertNull(dialog.chooseLogo(false, logo(dir.resolve("kuroshio.png"), SWT.IMAGE_PNG, 0x1f4e79)));
		assertNull(dialog.chooseLogo(true, logo(dir.resolve("minato.jpg"), SWT.IMAGE_JPEG, 0xb03a2e)));
		List<Label> previews = find(dialog.getShell(), Label.class).stream()
				.filter(l -> l.getImage() != null && (l.getStyle() & SWT.BORDER) != 0).toList();
		assertEquals(2, previews.size(), "both logos previewed");
		assertTrue(previews.get(0).getImage().getBounds().width <= 200 && previews.get(0).getImage().getBounds().height <= 56,
				"previews are scaled down");
		List<Combo> combos = find(dialog.getShell(), Combo.class);
		combos.get(0).select(1);
		combos.get(1).select(2);
		GenerateReportDialogTest.screenshot(dialog.getShell(), "report-settings-dialog.png");
		Button save = dialog.getShell().getDefaultButton();
		assertTrue(save.isEnabled());
		save.notifyListeners(SWT.Selection, null);

		assertEquals(Window.OK, dialog.getReturnCode());
		ReportSettings saved = dialog.result();
		assertEquals(new ReportSettings("Kuroshio Assurance Partners", "consultancy-logo.png", "みなと駆動システム株式会社", "client-logo.jpg",
				Locale.JAPANESE, Tlp.GREEN, null), saved);
		assertFalse(Files.exists(project.resolve("settings").resolve("report.properties")),
				"the settings become the project's by a command of the handler, not a file of the dialog");
		assertNull(ReportSettings.imageProblem(saved.consultancyLogoFile(project)), "the logo was copied into settings/");
		assertNull(ReportSettings.imageProblem(saved.clientLogoFile(project)));
	}

	@Test
	void aFileThatIsNoImageIsRefusedWithAMessage(@TempDir Path dir) throws Exception {
		Path project = Files.createDirectories(dir.resolve("project"));
		ReportSettingsDialog dialog = open(project, ReportSettings.NONE);
		Path fake = Files.writeString(dir.resolve("logo.png"), "GIF89a, not a PNG");
		String problem = dialog.chooseLogo(false, fake);
		assertEquals("logo.png cannot be used as a logo: not a PNG or JPEG image.", problem);
		assertEquals(problem, dialog.getErrorMessage());
		dialog.getShell().getDefaultButton().notifyListeners(SWT.Selection, null);
		assertNull(dialog.result().consultancyLogo(), "nothing is stored for the refused file");
	}

	@Test
	void aFontThatIsNoFontFileDisablesSave(@TempDir Path dir) throws Exception {
		ReportSettingsDialog dialog = open(Files.createDirectories(dir.resolve("project")), ReportSettings.NONE);
		Text font = fields(dialog).get(2);
		font.setText("/usr/share/fonts/noto.pcf");
		assertFalse(dialog.getShell().getDefaultButton().isEnabled());
		assertEquals("The font must be a .ttc, .ttf or .otf file.", dialog.getErrorMessage());
		font.setText("");
		assertTrue(dialog.getShell().getDefaultButton().isEnabled());
		dialog.close();
	}

	@Test
	void aStoredLogoThatCannotBeReadIsShownAsSuch(@TempDir Path dir) throws Exception {
		Path project = Files.createDirectories(dir.resolve("project"));
		Files.createDirectories(project.resolve("settings"));
		Files.writeString(project.resolve("settings").resolve("client-logo.png"), "broken");
		ReportSettingsDialog dialog = open(project,
				new ReportSettings("Kuroshio Assurance Partners", null, "", "client-logo.png", null, Tlp.AMBER, null));
		assertTrue(find(dialog.getShell(), Label.class).stream()
				.anyMatch(l -> l.getText().equals("client-logo.png: not a PNG or JPEG image; reports are generated without it.")),
				"the problem is shown under the preview");
		assertTrue(dialog.close());
		assertNull(dialog.result(), "nothing saved without Save");
		assertFalse(Files.exists(project.resolve("settings").resolve("report.properties")));
	}

	@Test
	void generateReportStartsFromTheProjectSettings(@TempDir Path out) throws Exception {
		var demo = ProjectStorage.standard().loadReadOnly(Path.of(System.getProperty("rensa.root"), "samples", "demo"));
		shell = new Shell(Display.getDefault());
		GenerateReportDialog dialog = new GenerateReportDialog(shell, demo.getProject(), out,
				new ReportSettings("Kuroshio Assurance Partners", "consultancy-logo.png", "", null, Locale.JAPANESE, Tlp.AMBER_STRICT, null));
		dialog.setBlockOnOpen(false);
		dialog.open();
		List<Combo> combos = find(dialog.getShell(), Combo.class);
		assertEquals(0, combos.get(2).getSelectionIndex(), "Japanese");
		assertEquals("TLP:AMBER+STRICT", combos.get(3).getText());
		assertNotNull(find(dialog.getShell(), Label.class).stream().filter(l -> l.getText().startsWith("Kuroshio Assurance Partners; client: Minato Drive Systems Co., Ltd.; logos: 1"))
				.findFirst().orElse(null), "the branding is summarised");
		GenerateReportDialogTest.screenshot(dialog.getShell(), "generate-report-dialog-branded.png");
		dialog.getShell().getDefaultButton().notifyListeners(SWT.Selection, null);
		assertEquals(Locale.JAPANESE, dialog.request().locale());
		assertEquals(Tlp.AMBER_STRICT, dialog.request().audience());
	}
}
