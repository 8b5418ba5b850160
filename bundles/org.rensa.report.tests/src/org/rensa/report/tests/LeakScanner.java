// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The leak oracle's reader: looks for given strings in everything a file carries — its name, a PDF's
 * text, Info and every stream (XMP, images with their metadata, fonts, figures), every part of a DOCX
 * or XLSX (XML with its markup removed, document properties, comments, charts, pictures as bytes).
 * Latin strings match whole words, ignoring case, as the anonymiser does; Japanese ones anywhere.
 */
final class LeakScanner {

	private final Map<String, Pattern> patterns = new LinkedHashMap<>();

	LeakScanner(Collection<String> strings) {
		for (String string : strings) {
			if (string == null || string.isBlank()) {
				continue;
			}
			String s = string.trim();
			String before = latin(s.charAt(0)) ? "(?<![A-Za-z0-9\\u00C0-\\u024F])" : "";
			String after = latin(s.charAt(s.length() - 1)) ? "(?![A-Za-z0-9\\u00C0-\\u024F])" : "";
			patterns.put(s, Pattern.compile(before + Pattern.quote(s) + after, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
		}
	}

	private static boolean latin(char ch) {
		return ch < 0x2E80 && Character.isLetterOrDigit(ch);
	}

	/** @return how many strings are looked for */
	int size() {
		return patterns.size();
	}

	/**
	 * @param file a written document
	 * @return the hits, each "file / part: string", empty when nothing leaks
	 */
	List<String> scan(Path file) throws IOException {
		List<String> hits = new ArrayList<>();
		String name = file.getFileName().toString();
		check(hits, name, "file name", name);
		byte[] bytes = Files.readAllBytes(file);
		if (name.endsWith(".pdf")) {
			pdf(hits, name, bytes);
		} else if (name.endsWith(".docx") || name.endsWith(".xlsx")) {
			zip(hits, name, bytes);
		} else {
			binary(hits, name, "bytes", bytes);
		}
		return hits;
	}

	/** Scans a text (e.g. an SVG figure) or the bytes of a picture. */
	List<String> scan(String where, byte[] bytes) {
		List<String> hits = new ArrayList<>();
		binary(hits, where, "bytes", bytes);
		return hits;
	}

	private void pdf(List<String> hits, String file, byte[] bytes) throws IOException {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			check(hits, file, "text", new PDFTextStripper().getText(document).replace("\n", " "));
			check(hits, file, "text lines", new PDFTextStripper().getText(document).replace("\n", ""));
			PDDocumentInformation info = document.getDocumentInformation();
			check(hits, file, "Info", info.getTitle() + "\n" + info.getAuthor() + "\n" + info.getSubject() + "\n" + info.getKeywords() + "\n"
					+ info.getCreator() + "\n" + info.getProducer());
			for (Map.Entry<COSObjectKey, Long> entry : document.getDocument().getXrefTable().entrySet()) {
				COSObject object = document.getDocument().getObjectFromPool(entry.getKey());
				COSBase base = object == null ? null : object.getObject();
				if (base instanceof COSStream stream && !font(stream)) {
					try (InputStream raw = stream.createRawInputStream()) {
						binary(hits, file, "stream " + entry.getKey() + " (raw)", raw.readAllBytes());
					}
					try (InputStream decoded = stream.createInputStream()) {
						binary(hits, file, "stream " + entry.getKey(), decoded.readAllBytes());
					} catch (IOException | RuntimeException e) {
						// a filter PDFBox cannot undo: the raw bytes were scanned
					}
				}
			}
		}
	}

	/** Embedded font programs carry glyphs, not text: skipped for speed. */
	private static boolean font(COSStream stream) {
		return stream.containsKey(org.apache.pdfbox.cos.COSName.LENGTH1) || stream.containsKey(org.apache.pdfbox.cos.COSName.LENGTH2)
				|| org.apache.pdfbox.cos.COSName.getPDFName("OpenType").equals(stream.getCOSName(org.apache.pdfbox.cos.COSName.SUBTYPE))
				|| org.apache.pdfbox.cos.COSName.getPDFName("CIDFontType0C").equals(stream.getCOSName(org.apache.pdfbox.cos.COSName.SUBTYPE))
				|| org.apache.pdfbox.cos.COSName.getPDFName("Type1C").equals(stream.getCOSName(org.apache.pdfbox.cos.COSName.SUBTYPE));
	}

	private void zip(List<String> hits, String file, byte[] bytes) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				byte[] part = zip.readAllBytes();
				check(hits, file, "part name", entry.getName());
				if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels") || entry.getName().endsWith(".svg")) {
					String xml = new String(part, StandardCharsets.UTF_8);
					check(hits, file + " / " + entry.getName(), "markup", entities(xml));
					check(hits, file + " / " + entry.getName(), "text", entities(xml.replaceAll("<[^>]*>", "")));
				} else {
					binary(hits, file + " / " + entry.getName(), "bytes", part);
				}
			}
		}
	}

	private void binary(List<String> hits, String file, String where, byte[] bytes) {
		check(hits, file, where + " as UTF-8", new String(bytes, StandardCharsets.UTF_8));
		check(hits, file, where + " as Latin-1", new String(bytes, StandardCharsets.ISO_8859_1));
		check(hits, file, where + " as UTF-16", new String(bytes, StandardCharsets.UTF_16BE));
	}

	private static String entities(String xml) {
		Matcher matcher = Pattern.compile("&#(x?)([0-9A-Fa-f]+);").matcher(xml);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			int code = Integer.parseInt(matcher.group(2), matcher.group(1).isEmpty() ? 10 : 16);
			matcher.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(code))));
		}
		matcher.appendTail(out);
		return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
	}

	private void check(List<String> hits, String file, String where, String text) {
		if (text == null || text.isEmpty()) {
			return;
		}
		String lower = text.toLowerCase(java.util.Locale.ROOT);
		for (Map.Entry<String, Pattern> entry : patterns.entrySet()) {
			if (lower.contains(entry.getKey().toLowerCase(java.util.Locale.ROOT)) && entry.getValue().matcher(text).find()) {
				hits.add(file + " / " + where + ": \"" + entry.getKey() + "\"");
			}
		}
	}
}
