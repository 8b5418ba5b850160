// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.layout.font.FontInfo;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.font.FontSet;

/**
 * The embedded fonts of a PDF report: Noto Sans CJK (regular and bold) from a TrueType/OpenType
 * collection, which covers Japanese and Latin text. The collection is found at
 * {@code rensa.report.font} (system property), the path given in the options, or Debian's
 * {@code fonts-noto-cjk} location.
 */
public final class Fonts {

	/** Where Debian's {@code fonts-noto-cjk} package installs the regular weight. */
	public static final Path DEFAULT_REGULAR = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");

	/** Index of "Noto Sans CJK JP" in the collection. */
	private static final int JAPANESE_INDEX = 0;

	private final Path regular;
	private final Path bold;

	private Fonts(Path regular, Path bold) {
		this.regular = regular;
		this.bold = bold;
	}

	/**
	 * @param configured a font collection chosen by the user, or {@code null}
	 * @return the fonts to use
	 * @throws IOException when no usable font collection exists, naming the path tried
	 */
	public static Fonts locate(Path configured) throws IOException {
		Path path = configured;
		if (path == null && System.getProperty("rensa.report.font") != null) {
			path = Path.of(System.getProperty("rensa.report.font"));
		}
		if (path == null) {
			path = DEFAULT_REGULAR;
		}
		if (!Files.isReadable(path)) {
			throw new IOException("font not found: " + path + " (install fonts-noto-cjk or pass --font FILE.ttc)");
		}
		Path boldPath = path.resolveSibling(path.getFileName().toString().replace("Regular", "Bold"));
		return new Fonts(path, Files.isReadable(boldPath) ? boldPath : path);
	}

	/** @return the collection used for regular text */
	public Path regularFile() {
		return regular;
	}

	PdfFont regular() throws IOException {
		return create(regular);
	}

	PdfFont bold() throws IOException {
		return create(bold);
	}

	/**
	 * A font provider for text drawn by iText's SVG converter that hands out the document's own
	 * (embedded) fonts, so that figures add no second copy of them; one per PDF document.
	 *
	 * @param regularFont the document's regular font
	 * @param boldFont    the document's bold font
	 * @return the provider, with "Noto Sans CJK JP" (or the configured collection) as default family
	 * @throws IOException when a font file cannot be read
	 */
	FontProvider provider(PdfFont regularFont, PdfFont boldFont) throws IOException {
		FontSet set = new FontSet();
		FontProgram regularProgram = program(regular);
		set.addFont(regularProgram, PdfEncodings.IDENTITY_H);
		if (!bold.equals(regular)) {
			set.addFont(program(bold), PdfEncodings.IDENTITY_H);
		}
		return new FontProvider(set, regularProgram.getFontNames().getFontName()) {
			@Override
			public PdfFont getPdfFont(FontInfo fontInfo, FontSet additionalFonts) {
				return fontInfo.getDescriptor().isBold() || fontInfo.getDescriptor().getFontWeight() >= 600 ? boldFont
						: regularFont;
			}
		};
	}

	private static FontProgram program(Path file) throws IOException {
		String name = file.toString();
		if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
			return FontProgramFactory.createFont(name, JAPANESE_INDEX, true);
		}
		return FontProgramFactory.createFont(name, true);
	}

	private static PdfFont create(Path file) throws IOException {
		String name = file.toString();
		if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
			return PdfFontFactory.createTtcFont(name, JAPANESE_INDEX, PdfEncodings.IDENTITY_H,
					PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED, true);
		}
		return PdfFontFactory.createFont(name, PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
	}
}
