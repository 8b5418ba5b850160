// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rensa.questionnaire.QuestionnaireFormatException;

/**
 * Opens untrusted xlsx files with bounded memory: the file size, the number of zip entries, each
 * entry's uncompressed size and inflation ratio (POI's {@link ZipSecureFile} limits), and the rows per
 * sheet are capped; external links, macros, ActiveX controls and embedded OLE objects are refused before
 * any sheet is parsed, judged by content (content types, relationships, OLE2 bytes), not by part
 * names. Formulas are never evaluated. This is the one guard every workbook Rensa reads goes through.
 */
public final class WorkbookGuard {

	/** Largest workbook file accepted. */
	public static final long MAX_FILE_SIZE = 32L * 1024 * 1024;
	/** Largest uncompressed part (a sheet's XML, the shared strings) accepted. */
	public static final long MAX_ENTRY_SIZE = 48L * 1024 * 1024;
	/** Largest sum of uncompressed parts accepted. */
	public static final long MAX_TOTAL_SIZE = 128L * 1024 * 1024;
	/** Most zip entries accepted. */
	public static final int MAX_ENTRIES = 2000;
	/** Most rows per sheet accepted. */
	public static final int MAX_ROWS = 20_000;
	/** Smallest compressed/uncompressed ratio accepted (POI's zip-bomb threshold). */
	public static final double MIN_INFLATE_RATIO = 0.005;

	static {
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
		ZipSecureFile.setMaxTextSize(MAX_ENTRY_SIZE);
	}

	private WorkbookGuard() {
	}

	/**
	 * @param file an xlsx file from anywhere
	 * @return the workbook, read-only (close it)
	 * @throws QuestionnaireFormatException when the file is not a workbook or is refused
	 * @throws IOException when it cannot be read
	 */
	public static XSSFWorkbook open(Path file) throws IOException {
		String name = file.getFileName().toString();
		if (!Files.isRegularFile(file)) {
			throw new QuestionnaireFormatException(name + ": no such file");
		}
		long size = Files.size(file);
		if (size > MAX_FILE_SIZE) {
			throw new QuestionnaireFormatException(name + ": refused: " + size / (1024 * 1024) + " MB is more than the "
					+ MAX_FILE_SIZE / (1024 * 1024) + " MB a questionnaire may have");
		}
		if (size == 0) {
			throw new QuestionnaireFormatException(name + ": empty file, not an Excel .xlsx workbook");
		}
		FileMagic magic;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			magic = FileMagic.valueOf(in);
		} catch (RuntimeException e) {
			throw new QuestionnaireFormatException(name + ": not an Excel .xlsx workbook", e);
		}
		if (magic == FileMagic.OLE2) {
			throw new QuestionnaireFormatException(name + ": an old .xls or a password-protected workbook; save it as .xlsx without a password");
		}
		if (magic != FileMagic.OOXML) {
			throw new QuestionnaireFormatException(name + ": not an Excel .xlsx workbook");
		}
		scan(file, name);
		OPCPackage opc = null;
		try {
			opc = OPCPackage.open(file.toFile(), PackageAccess.READ);
			XSSFWorkbook workbook = new XSSFWorkbook(opc);
			if (!workbook.getExternalLinksTable().isEmpty()) {
				workbook.close();
				throw new QuestionnaireFormatException(name + ": refused: the workbook links to other files");
			}
			for (Sheet sheet : workbook) {
				if (sheet.getLastRowNum() >= MAX_ROWS) {
					workbook.close();
					throw new QuestionnaireFormatException(name + ": refused: sheet '" + sheet.getSheetName() + "' has "
							+ (sheet.getLastRowNum() + 1) + " rows, more than " + MAX_ROWS);
				}
			}
			return workbook;
		} catch (QuestionnaireFormatException e) {
			throw e;
		} catch (InvalidFormatException | IOException | RuntimeException e) {
			if (opc != null) {
				opc.revert();
			}
			String message = String.valueOf(e.getMessage());
			if (message.contains("Zip bomb") || message.contains("exceeds the max")) {
				throw new QuestionnaireFormatException(name + ": refused: the workbook expands to more than the allowed size (zip bomb?)", e);
			}
			throw new QuestionnaireFormatException(name + ": not a readable .xlsx workbook: " + firstLine(message), e);
		}
	}

	private static void scan(Path file, String name) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			int entries = 0;
			long total = 0;
			for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
				ZipEntry entry = e.nextElement();
				if (++entries > MAX_ENTRIES) {
					throw new QuestionnaireFormatException(name + ": refused: more than " + MAX_ENTRIES + " parts");
				}
				String entryName = entry.getName().toLowerCase(Locale.ROOT);
				if (entryName.startsWith("xl/externallinks/")) {
					throw new QuestionnaireFormatException(name + ": refused: the workbook links to other files");
				}
				long entrySize = entry.getSize();
				if (entrySize > MAX_ENTRY_SIZE) {
					throw new QuestionnaireFormatException(name + ": refused: part " + entry.getName() + " expands to "
							+ entrySize / (1024 * 1024) + " MB (zip bomb or huge sheet)");
				}
				total += Math.max(0, entrySize);
				if (total > MAX_TOTAL_SIZE) {
					throw new QuestionnaireFormatException(name + ": refused: the workbook expands to more than "
							+ MAX_TOTAL_SIZE / (1024 * 1024) + " MB (zip bomb?)");
				}
				judgeContent(zip, entry, name);
			}
		} catch (java.util.zip.ZipException e) {
			throw new QuestionnaireFormatException(name + ": not a readable .xlsx workbook: " + firstLine(e.getMessage()), e);
		}
	}

	/** The first bytes of an OLE2 compound file (VBA projects, ActiveX binaries, embedded OLE objects). */
	private static final byte[] OLE2_SIGNATURE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };
	/** Most bytes of a content-types or relationships part read to judge it. */
	private static final int MAX_DECLARATION_BYTES = 4 * 1024 * 1024;

	/**
	 * Judges a part by what it is, not by its name: its bytes (an OLE2 compound file is a VBA project, an
	 * ActiveX binary or an embedded OLE object, whatever it is called), the content types the package
	 * declares ({@code [Content_Types].xml}) and the relationships pointing at parts ({@code *.rels}).
	 */
	private static void judgeContent(ZipFile zip, ZipEntry entry, String name) throws IOException {
		String entryName = entry.getName();
		String lower = entryName.toLowerCase(Locale.ROOT);
		if (entry.isDirectory()) {
			return;
		}
		if (lower.contains("vbaproject") || lower.contains("vbadata")) {
			throw new QuestionnaireFormatException(name + ": refused: the workbook contains macros (part " + entryName + ")");
		}
		if (lower.startsWith("xl/activex/")) {
			throw new QuestionnaireFormatException(name + ": refused: the workbook contains ActiveX controls (part " + entryName + ")");
		}
		boolean declarations = lower.equals("[content_types].xml") || lower.endsWith(".rels");
		try (InputStream in = zip.getInputStream(entry)) {
			byte[] head = in.readNBytes(declarations ? MAX_DECLARATION_BYTES : OLE2_SIGNATURE.length);
			if (head.length >= OLE2_SIGNATURE.length && java.util.Arrays.equals(head, 0, OLE2_SIGNATURE.length, OLE2_SIGNATURE, 0,
					OLE2_SIGNATURE.length)) {
				throw new QuestionnaireFormatException(name + ": refused: part " + entryName
						+ " is an OLE2 compound file (a macro project, ActiveX control or embedded object)");
			}
			if (declarations) {
				String text = new String(head, java.nio.charset.StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
				String what = forbiddenDeclaration(text);
				if (what != null) {
					throw new QuestionnaireFormatException(name + ": refused: the workbook contains " + what + " (declared in "
							+ entryName + ")");
				}
			}
		}
	}

	/**
	 * @param text a content-types or relationships part, lower case
	 * @return what it declares that is refused, or {@code null}
	 */
	static String forbiddenDeclaration(String text) {
		if (text.contains("vbaproject") || text.contains("macroenabled") || text.contains("ms-excel.macrosheet")
				|| text.contains("ms-excel.intlmacrosheet") || text.contains("/relationships/xlmacrosheet")
				|| text.contains("/relationships/xlintlmacrosheet") || text.contains("vnd.ms-office.vba")) {
			return "macros";
		}
		if (text.contains("activex")) {
			return "ActiveX controls";
		}
		if (text.contains("oleobject") || text.contains("vnd.ms-office.ole")) {
			return "embedded OLE objects";
		}
		return null;
	}

	private static String firstLine(String message) {
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}
}
