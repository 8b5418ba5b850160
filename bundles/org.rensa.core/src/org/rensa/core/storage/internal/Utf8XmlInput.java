// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xml.sax.InputSource;

/**
 * The parser input of a model file. Rensa writes UTF-8, which is decoded here by the JDK's decoder
 * (malformed input is an error, as in the parser): the parser's own byte-by-byte UTF-8 reader took
 * about a third of the load of a large project in a fresh JVM, the JDK's decoder a small fraction.
 * A file that is not plainly UTF-8 (another declared encoding, UTF-16) is left to the parser.
 */
final class Utf8XmlInput {

	/** Bytes read ahead to look at the XML declaration. */
	private static final int PROLOG = 256;
	private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([^\"']*)[\"']");

	private Utf8XmlInput() {
	}

	/**
	 * @param in a stream supporting {@link InputStream#mark(int)}, positioned at the file's start
	 * @return the input for the parser
	 * @throws IOException when the stream cannot be read
	 */
	static InputSource of(InputStream in) throws IOException {
		in.mark(PROLOG);
		byte[] head = in.readNBytes(PROLOG);
		in.reset();
		int bom = head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf ? 3 : 0;
		String prolog = new String(head, bom, head.length - bom, StandardCharsets.ISO_8859_1);
		Matcher encoding = ENCODING.matcher(prolog);
		String declared = encoding.find() ? encoding.group(1).toUpperCase(Locale.ROOT) : "UTF-8";
		if (!prolog.startsWith("<") || !(declared.equals("UTF-8") || declared.equals("UTF8"))) {
			return new InputSource(in);
		}
		in.skipNBytes(bom);
		return new InputSource(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()));
	}
}
