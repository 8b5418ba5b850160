// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.eclipse.emf.common.command.Command;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectSettings;
import org.rensa.core.cli.LanguageOption;
import org.rensa.core.io.AtomicFiles;
import org.rensa.model.Tlp;

/**
 * The report settings of a project, one of its {@link ProjectSettings} files
 * ({@code model/settings/report.properties}, read at open, changed by a command, saved with the
 * project): branding (consultancy and client names and logos) and the project's report defaults
 * (language, audience TLP, CJK font). Logos are copied into {@code DIR/settings/} and named relative
 * to that folder, so the project folder stays portable. {@code rensa report} and the Generate Report
 * dialog start from these values; command-line options and dialog choices override them.
 *
 * <pre>
 * consultancy.name = Kuroshio Assurance Partners
 * consultancy.logo = consultancy-logo.png
 * client.name = みなと駆動システム株式会社
 * client.logo = client-logo.jpg
 * language = ja
 * audience = AMBER
 * font = /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
 * </pre>
 *
 * @param consultancyName the consultancy's name, printed on covers and footers (empty: a neutral default)
 * @param consultancyLogo its logo, a file name relative to the settings folder, or {@code null}
 * @param clientName      the client's name on covers (empty: the project's buyer)
 * @param clientLogo      the client's logo, relative to the settings folder, or {@code null}
 * @param language        the default report language ({@code ja} or {@code en}), or {@code null}
 * @param audience        the default audience TLP, or {@code null}
 * @param font            the CJK font collection, absolute or relative to the settings folder, or {@code null}
 */
public record ReportSettings(String consultancyName, String consultancyLogo, String clientName, String clientLogo, Locale language,
		Tlp audience, String font) {

	/** The name of the project's settings file ({@link ProjectSettings}). */
	public static final String FILE = "report.properties";
	/** The project's folder of logo files ({@code DIR/settings/}). */
	public static final String FOLDER = ProjectSettings.FOLDER;
	/** Key of the consultancy's name. */
	public static final String CONSULTANCY_NAME = "consultancy.name";
	/** Key of the consultancy's logo. */
	public static final String CONSULTANCY_LOGO = "consultancy.logo";
	/** Key of the client's name. */
	public static final String CLIENT_NAME = "client.name";
	/** Key of the client's logo. */
	public static final String CLIENT_LOGO = "client.logo";
	/** Key of the default language. */
	public static final String LANGUAGE = "language";
	/** Key of the default audience. */
	public static final String AUDIENCE = "audience";
	/** Key of the CJK font collection. */
	public static final String FONT = "font";
	/** The longest name accepted. */
	public static final int MAX_NAME = 120;
	/** The largest logo accepted, in bytes. */
	public static final long MAX_LOGO_BYTES = 5L * 1024 * 1024;

	private static final List<String> KEYS = List.of(CONSULTANCY_NAME, CONSULTANCY_LOGO, CLIENT_NAME, CLIENT_LOGO, LANGUAGE, AUDIENCE, FONT);

	/** No settings: no branding, no defaults. */
	public static final ReportSettings NONE = new ReportSettings("", null, "", null, null, null, null);

	/** Normalises empty values. */
	public ReportSettings {
		consultancyName = consultancyName == null ? "" : consultancyName.strip();
		clientName = clientName == null ? "" : clientName.strip();
		consultancyLogo = blankToNull(consultancyLogo);
		clientLogo = blankToNull(clientLogo);
		font = blankToNull(font);
	}

	/** A settings file that cannot be used: the message names the file and the key. */
	public static final class SettingsException extends IOException {
		private static final long serialVersionUID = 1L;

		/**
		 * @param file    the settings file
		 * @param key     the key, or {@code null} for the whole file
		 * @param problem what is wrong
		 */
		public SettingsException(Path file, String key, String problem) {
			super(file + ": " + (key == null ? "" : key + ": ") + problem);
		}
	}

	/**
	 * @param projectDirectory a project directory
	 * @return its settings file as saved with the model, {@code DIR/model/settings/report.properties}
	 */
	public static Path file(Path projectDirectory) {
		return projectDirectory.resolve("model").resolve(ProjectSettings.FOLDER).resolve(FILE);
	}

	/**
	 * The settings of an open project, as read at open or last changed by a command.
	 *
	 * @param document the open project
	 * @return the settings, {@link #NONE} when the project has none
	 * @throws SettingsException when the file holds a bad value or is not UTF-8 (one line naming the
	 *                           file and the key)
	 */
	public static ReportSettings of(AuditProjectDocument document) throws SettingsException {
		ProjectSettings files = document.getSettings();
		Optional<byte[]> content = files.project(FILE);
		if (content.isEmpty()) {
			return NONE;
		}
		Path file = files.projectFile(FILE);
		Properties properties = new Properties();
		try {
			String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content.get())).toString();
			properties.load(new StringReader(text));
		} catch (CharacterCodingException e) {
			throw new SettingsException(file, null, "not UTF-8 text");
		} catch (IOException e) {
			throw new SettingsException(file, null, "cannot be read (" + e.getClass().getSimpleName() + ")");
		} catch (IllegalArgumentException e) {
			throw new SettingsException(file, null, "malformed (" + e.getMessage() + ")");
		}
		return parse(properties, file);
	}

	/**
	 * @param properties the entries of a settings file
	 * @param file       the file they come from (for messages)
	 * @return the settings
	 * @throws SettingsException for an unknown key or a bad value
	 */
	public static ReportSettings parse(Properties properties, Path file) throws SettingsException {
		for (String key : properties.stringPropertyNames()) {
			if (!KEYS.contains(key)) {
				throw new SettingsException(file, key, "unknown key (known: " + String.join(", ", KEYS) + ")");
			}
		}
		String consultancy = name(properties, CONSULTANCY_NAME, file);
		String client = name(properties, CLIENT_NAME, file);
		String consultancyLogo = logo(properties, CONSULTANCY_LOGO, file);
		String clientLogo = logo(properties, CLIENT_LOGO, file);
		Locale language = null;
		String lang = value(properties, LANGUAGE);
		if (lang != null) {
			language = parseLanguage(lang);
			if (language == null) {
				throw new SettingsException(file, LANGUAGE, "unknown language '" + lang + "' (ja or en)");
			}
		}
		Tlp audience = null;
		String tlp = value(properties, AUDIENCE);
		if (tlp != null) {
			audience = parseTlp(tlp);
			if (audience == null) {
				throw new SettingsException(file, AUDIENCE, "unknown TLP '" + tlp + "' (CLEAR, GREEN, AMBER, AMBER+STRICT or RED)");
			}
		}
		String font = value(properties, FONT);
		if (font != null) {
			String lower = font.toLowerCase(Locale.ROOT);
			if (!lower.endsWith(".ttc") && !lower.endsWith(".ttf") && !lower.endsWith(".otf")) {
				throw new SettingsException(file, FONT, "not a font file (.ttc, .ttf or .otf): " + font);
			}
		}
		return new ReportSettings(consultancy, consultancyLogo, client, clientLogo, language, audience, font);
	}

	/**
	 * @param text {@code ja} or {@code en}
	 * @return the locale, or {@code null} for any other text
	 */
	public static Locale parseLanguage(String text) {
		return LanguageOption.parse(text.strip().toLowerCase(Locale.ROOT));
	}

	/**
	 * @param text a TLP label ({@code AMBER+STRICT}, {@code TLP:GREEN}, {@code amber_strict} …)
	 * @return the TLP, or {@code null} when the text names none
	 */
	public static Tlp parseTlp(String text) {
		String key = text.strip().toUpperCase(Locale.ROOT).replace("TLP:", "").replace('+', '_');
		for (Tlp tlp : Tlp.VALUES) {
			if (tlp.name().equals(key)) {
				return tlp;
			}
		}
		return null;
	}

	/**
	 * @param tlp a TLP
	 * @return its label as written in settings and on documents, e.g. {@code AMBER+STRICT}
	 */
	public static String label(Tlp tlp) {
		return tlp.name().replace('_', '+');
	}

	/**
	 * A command making these settings the project's ({@code model/settings/report.properties}, saved
	 * with the project); undo restores the previous ones. Logo files stay in {@code DIR/settings/}, so
	 * that undo finds them again.
	 *
	 * @param document the open project
	 * @return the command, to execute on the project's command stack
	 */
	public Command change(AuditProjectDocument document) {
		StringBuilder text = new StringBuilder("# Rensa report settings of this project: branding and report defaults.\n"
				+ "# Logos are files in DIR/settings/; command-line options and the Generate Report dialog override these values.\n");
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put(CONSULTANCY_NAME, consultancyName);
		entries.put(CONSULTANCY_LOGO, consultancyLogo);
		entries.put(CLIENT_NAME, clientName);
		entries.put(CLIENT_LOGO, clientLogo);
		entries.put(LANGUAGE, language == null ? null : language.getLanguage());
		entries.put(AUDIENCE, audience == null ? null : label(audience));
		entries.put(FONT, font);
		for (Map.Entry<String, String> entry : entries.entrySet()) {
			if (entry.getValue() != null && !entry.getValue().isEmpty()) {
				text.append(line(entry.getKey(), entry.getValue()));
			}
		}
		return document.getSettings().change(FILE, text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Copies a logo into the project's settings folder as {@code consultancy-logo.png|jpg} or
	 * {@code client-logo.png|jpg}, after checking that it is a readable PNG or JPEG image.
	 *
	 * @param projectDirectory the project directory
	 * @param source           the chosen image
	 * @param client           {@code true} for the client's logo, {@code false} for the consultancy's
	 * @return the file name to store in the settings
	 * @throws IOException when the image is missing, too large, not a PNG/JPEG image, or cannot be copied
	 */
	public static String importLogo(Path projectDirectory, Path source, boolean client) throws IOException {
		String problem = imageProblem(source);
		if (problem != null) {
			throw new IOException(source + ": " + problem);
		}
		String name = (client ? "client" : "consultancy") + "-logo." + (isPng(source) ? "png" : "jpg");
		Path folder = projectDirectory.resolve(FOLDER);
		Files.createDirectories(folder);
		Path target = folder.resolve(name);
		if (Files.exists(target) && Files.isSameFile(source, target)) {
			return name;
		}
		AtomicFiles.write(target, Files.readAllBytes(source));
		return name;
	}

	/**
	 * Checks an image the way reports use it.
	 *
	 * @param image an image file
	 * @return {@code null} when it is a readable PNG or JPEG image, else the problem in a few words
	 */
	public static String imageProblem(Path image) {
		if (image == null || !Files.isRegularFile(image)) {
			return "file not found";
		}
		try {
			if (Files.size(image) > MAX_LOGO_BYTES) {
				return "larger than " + MAX_LOGO_BYTES / (1024 * 1024) + " MB";
			}
		} catch (IOException e) {
			return "cannot be read";
		}
		try (InputStream in = Files.newInputStream(image); ImageInputStream stream = ImageIO.createImageInputStream(in)) {
			Iterator<ImageReader> readers = stream == null ? null : ImageIO.getImageReaders(stream);
			if (readers == null || !readers.hasNext()) {
				return "not a PNG or JPEG image";
			}
			ImageReader reader = readers.next();
			try {
				String format = reader.getFormatName().toLowerCase(Locale.ROOT);
				if (!format.equals("png") && !format.equals("jpeg") && !format.equals("jpg")) {
					return "not a PNG or JPEG image";
				}
				reader.setInput(stream);
				if (reader.getWidth(0) < 1 || reader.getHeight(0) < 1) {
					return "an empty image";
				}
				reader.read(0);
			} finally {
				reader.dispose();
			}
			return null;
		} catch (IOException | RuntimeException e) {
			return "cannot be decoded as an image";
		}
	}

	/**
	 * @param projectDirectory the project directory
	 * @return the consultancy's logo file, or {@code null} when none is set
	 */
	public Path consultancyLogoFile(Path projectDirectory) {
		return consultancyLogo == null ? null : projectDirectory.resolve(FOLDER).resolve(consultancyLogo);
	}

	/**
	 * @param projectDirectory the project directory
	 * @return the client's logo file, or {@code null} when none is set
	 */
	public Path clientLogoFile(Path projectDirectory) {
		return clientLogo == null ? null : projectDirectory.resolve(FOLDER).resolve(clientLogo);
	}

	/**
	 * @param projectDirectory the project directory
	 * @return the font file (relative paths resolved against the settings folder), or {@code null}
	 */
	public Path fontFile(Path projectDirectory) {
		return font == null ? null : projectDirectory.resolve(FOLDER).resolve(font);
	}

	/**
	 * The branding for reports: names as set, logos only when they can be used.
	 *
	 * @param projectDirectory the project directory
	 * @param warnings         receives one line per logo left out (missing or undecodable file)
	 * @return the branding
	 */
	public ReportOptions.Branding branding(Path projectDirectory, List<String> warnings) {
		return branding(projectDirectory, Overrides.NONE, warnings);
	}

	/**
	 * The branding for reports with some values given for this run (e.g. by command-line options):
	 * each given value replaces the setting, and a configured logo that is replaced is not checked.
	 *
	 * @param projectDirectory the project directory
	 * @param overrides        the values given for this run
	 * @param warnings         receives one line per configured logo left out (missing or undecodable)
	 * @return the branding
	 */
	public ReportOptions.Branding branding(Path projectDirectory, Overrides overrides, List<String> warnings) {
		return new ReportOptions.Branding(overrides.consultancy() != null ? overrides.consultancy() : consultancyName,
				overrides.consultancyLogo() != null ? overrides.consultancyLogo()
						: usable(projectDirectory, CONSULTANCY_LOGO, consultancyLogoFile(projectDirectory), warnings),
				overrides.clientLogo() != null ? overrides.clientLogo()
						: usable(projectDirectory, CLIENT_LOGO, clientLogoFile(projectDirectory), warnings),
				overrides.client() != null ? overrides.client() : clientName);
	}

	/**
	 * Branding values given for one run; {@code null} leaves the project's setting in force.
	 *
	 * @param consultancy     the consultancy's name, or {@code null}
	 * @param consultancyLogo its logo, or {@code null}
	 * @param clientLogo      the client's logo, or {@code null}
	 * @param client          the client's name, or {@code null}
	 */
	public record Overrides(String consultancy, Path consultancyLogo, Path clientLogo, String client) {
		/** Nothing given: the settings apply. */
		public static final Overrides NONE = new Overrides(null, null, null, null);
	}

	/**
	 * @param projectDirectory the project directory
	 * @param warnings         receives a line when the configured font is missing
	 * @return the configured font when it exists, else {@code null} (the default font)
	 */
	public Path usableFont(Path projectDirectory, List<String> warnings) {
		Path file = fontFile(projectDirectory);
		if (file != null && !Files.isReadable(file)) {
			warnings.add(file(projectDirectory) + ": " + FONT + ": " + file + " not found; the default font is used");
			return null;
		}
		// a font named relative to settings/ is a file of the project: the one rule for those applies
		// (an absolute setting names an installed font of this machine)
		boolean ofProject = file != null && !Path.of(font).isAbsolute();
		String outside = ofProject ? org.rensa.core.io.ProjectFiles.problem(projectDirectory, file) : null;
		if (outside != null) {
			warnings.add(file(projectDirectory) + ": " + FONT + ": " + projectDirectory.relativize(file) + " refused: "
					+ outside + "; the default font is used");
			return null;
		}
		return file;
	}

	private static Path usable(Path projectDirectory, String key, Path logo, List<String> warnings) {
		if (logo == null) {
			return null;
		}
		// the one rule for files the project names: a regular file inside the project after resolving links
		String outside = Files.exists(logo) ? org.rensa.core.io.ProjectFiles.problem(projectDirectory, logo) : null;
		if (outside != null) {
			warnings.add(file(projectDirectory) + ": " + key + ": " + projectDirectory.relativize(logo) + " refused: " + outside
					+ "; the report is generated without this logo");
			return null;
		}
		String problem = imageProblem(logo);
		if (problem != null) {
			warnings.add(file(projectDirectory) + ": " + key + ": " + projectDirectory.relativize(logo) + " " + problem
					+ "; the report is generated without this logo");
			return null;
		}
		return logo;
	}

	private static String value(Properties properties, String key) {
		String value = properties.getProperty(key);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String name(Properties properties, String key, Path file) throws SettingsException {
		String value = value(properties, key);
		if (value == null) {
			return "";
		}
		if (value.length() > MAX_NAME) {
			throw new SettingsException(file, key, "longer than " + MAX_NAME + " characters");
		}
		if (value.chars().anyMatch(Character::isISOControl)) {
			throw new SettingsException(file, key, "contains a line break or control character");
		}
		return value;
	}

	private static String logo(Properties properties, String key, Path file) throws SettingsException {
		String value = value(properties, key);
		if (value == null) {
			return null;
		}
		Path path;
		try {
			path = Path.of(value);
		} catch (RuntimeException e) {
			throw new SettingsException(file, key, "not a file name: " + value);
		}
		if (path.isAbsolute() || value.contains("\\") || path.normalize().startsWith("..") || !path.normalize().equals(path)) {
			throw new SettingsException(file, key, "must name a file in the settings folder (relative, without '..'): " + value);
		}
		String lower = value.toLowerCase(Locale.ROOT);
		if (!lower.endsWith(".png") && !lower.endsWith(".jpg") && !lower.endsWith(".jpeg")) {
			throw new SettingsException(file, key, "not a PNG or JPEG file name: " + value);
		}
		return value;
	}

	private static String line(String key, String value) {
		Properties single = new Properties();
		single.setProperty(key, value);
		StringWriter out = new StringWriter();
		try {
			single.store(out, null);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		for (String line : out.toString().split("\\R")) {
			if (!line.startsWith("#") && !line.isEmpty()) {
				return line.replaceFirst("=", " = ") + "\n";
			}
		}
		throw new IllegalStateException(key);
	}

	private static boolean isPng(Path image) throws IOException {
		try (InputStream in = Files.newInputStream(image)) {
			byte[] head = in.readNBytes(4);
			return head.length == 4 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G';
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
