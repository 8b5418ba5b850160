// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads the capture time ({@code DateTimeOriginal}, else {@code DateTime}) from a JPEG's EXIF block,
 * reading at most the first 128 KB. The EXIF time has no zone; it is taken in the system zone.
 */
public final class ExifDates {

	private static final int LIMIT = 128 * 1024;
	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

	private ExifDates() {
	}

	/**
	 * @param file a file
	 * @return the capture time, or {@code null} when it is not a JPEG with a readable EXIF date
	 */
	public static Instant captureTime(Path file) {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(LIMIT);
		} catch (IOException e) {
			return null;
		}
		return captureTime(head);
	}

	/**
	 * @param jpeg the start of a JPEG file
	 * @return the capture time, or {@code null}
	 */
	public static Instant captureTime(byte[] jpeg) {
		try {
			if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
				return null;
			}
			int p = 2;
			while (p + 4 <= jpeg.length && (jpeg[p] & 0xFF) == 0xFF) {
				int marker = jpeg[p + 1] & 0xFF;
				int length = ((jpeg[p + 2] & 0xFF) << 8) | (jpeg[p + 3] & 0xFF);
				if (marker == 0xE1 && p + 10 <= jpeg.length && new String(jpeg, p + 4, 4, StandardCharsets.US_ASCII).equals("Exif")) {
					return tiff(jpeg, p + 10, Math.min(jpeg.length, p + 2 + length));
				}
				if (marker == 0xDA || length < 2) {
					return null;
				}
				p += 2 + length;
			}
			return null;
		} catch (RuntimeException e) {
			return null;
		}
	}

	private static Instant tiff(byte[] b, int start, int end) {
		boolean little = b[start] == 'I';
		int ifd0 = start + u32(b, start + 4, little);
		String dateTime = null;
		int exifIfd = -1;
		int count = u16(b, ifd0, little);
		for (int i = 0; i < count; i++) {
			int entry = ifd0 + 2 + 12 * i;
			int tag = u16(b, entry, little);
			if (tag == 0x0132) {
				dateTime = ascii(b, start + u32(b, entry + 8, little), end);
			} else if (tag == 0x8769) {
				exifIfd = start + u32(b, entry + 8, little);
			}
		}
		if (exifIfd > 0 && exifIfd + 2 <= end) {
			int n = u16(b, exifIfd, little);
			for (int i = 0; i < n; i++) {
				int entry = exifIfd + 2 + 12 * i;
				if (u16(b, entry, little) == 0x9003) {
					String original = ascii(b, start + u32(b, entry + 8, little), end);
					if (original != null) {
						dateTime = original;
					}
				}
			}
		}
		if (dateTime == null) {
			return null;
		}
		try {
			return LocalDateTime.parse(dateTime.strip(), FORMAT).atZone(ZoneId.systemDefault()).toInstant();
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	private static String ascii(byte[] b, int offset, int end) {
		if (offset < 0 || offset + 19 > end) {
			return null;
		}
		return new String(b, offset, 19, StandardCharsets.US_ASCII);
	}

	private static int u16(byte[] b, int p, boolean little) {
		return little ? (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 : (b[p] & 0xFF) << 8 | (b[p + 1] & 0xFF);
	}

	private static int u32(byte[] b, int p, boolean little) {
		return little ? (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | (b[p + 3] & 0xFF) << 24
				: (b[p] & 0xFF) << 24 | (b[p + 1] & 0xFF) << 16 | (b[p + 2] & 0xFF) << 8 | (b[p + 3] & 0xFF);
	}
}
