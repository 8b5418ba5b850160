// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.CompanionFiles;

/**
 * The keyed MAC (HMAC-SHA-256) that seals the id sheet of a workbook the project exports, so that a
 * returned workbook whose ids were edited (another assessment, swapped requirement ids, a moved
 * respondent cell) is recognised, even by someone who read the code. The 256-bit key is generated
 * once per project and kept in {@code model/}{@value #KEY_FILE}, a {@linkplain CompanionFiles
 * companion file} saved atomically with the model: it travels with the project (to the other
 * auditors' clones when the project is shared through Git) and never with a workbook. Whoever holds
 * the project can seal workbooks; suppliers, who only receive workbooks, cannot.
 * <p>
 * A MAC covers a list of fields, each length-prefixed so that no two lists share an encoding; callers
 * put a purpose string first (e.g. {@code "questionnaire/row"}) so that a MAC of one part never
 * validates another.
 */
public final class WorkbookSeal {

	/** The key's companion path below {@code model/}. */
	public static final String KEY_FILE = "secrets/workbook-seal.key";

	private static final String ALGORITHM = "HmacSHA256";
	private static final int KEY_BYTES = 32;

	private final SecretKeySpec key;

	private WorkbookSeal(byte[] key) {
		this.key = new SecretKeySpec(key, ALGORITHM);
	}

	/**
	 * @param document an open project
	 * @return the seal of the project's saved key, or empty when the project has none yet
	 * @throws IOException when the key file is not a key (64 hexadecimal digits)
	 */
	public static Optional<WorkbookSeal> of(AuditProjectDocument document) throws IOException {
		Optional<byte[]> stored = document.getCompanionFiles().stored(KEY_FILE);
		if (stored.isEmpty()) {
			return Optional.empty();
		}
		String text = new String(stored.get(), StandardCharsets.US_ASCII).strip();
		if (!text.matches("[0-9a-f]{" + 2 * KEY_BYTES + "}")) {
			throw new IOException("model/" + KEY_FILE + ": not a workbook key (" + 2 * KEY_BYTES + " hexadecimal digits)");
		}
		return Optional.of(new WorkbookSeal(HexFormat.of().parseHex(text)));
	}

	/**
	 * Generates a new random key and registers it to be written with the next save (replacing a key
	 * created earlier and not saved yet). Save the project before handing out anything sealed with it:
	 * a key lost with an unsaved project makes every workbook sealed with it unreadable.
	 *
	 * @param document an open project without a saved key
	 * @return the seal of the new key
	 * @throws IllegalStateException when the project already has a saved key
	 */
	public static WorkbookSeal create(AuditProjectDocument document) {
		CompanionFiles companions = document.getCompanionFiles();
		if (companions.stored(KEY_FILE).isPresent()) {
			throw new IllegalStateException("the project already has a workbook key");
		}
		byte[] key = new byte[KEY_BYTES];
		new SecureRandom().nextBytes(key);
		byte[] content = (HexFormat.of().formatHex(key) + "\n").getBytes(StandardCharsets.US_ASCII);
		companions.contribute(KEY_FILE, content::clone);
		return new WorkbookSeal(key);
	}

	/**
	 * @param fields the sealed fields, a purpose first ({@code null} stands for the empty string)
	 * @return the MAC, 64 lower-case hexadecimal digits
	 */
	public String seal(String... fields) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			for (String field : fields) {
				byte[] bytes = (field == null ? "" : field).getBytes(StandardCharsets.UTF_8);
				mac.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
				mac.update(bytes);
			}
			return HexFormat.of().formatHex(mac.doFinal());
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * @param mac    a MAC read from a workbook (any case, surrounding blanks ignored)
	 * @param fields the fields it must seal
	 * @return whether it does (compared in constant time)
	 */
	public boolean matches(String mac, String... fields) {
		return same(mac, seal(fields));
	}

	/**
	 * @param mac      a MAC read from a workbook (any case, surrounding blanks ignored)
	 * @param expected a MAC computed by {@link #seal}
	 * @return whether they are the same (compared in constant time)
	 */
	public static boolean same(String mac, String expected) {
		byte[] actual = (mac == null ? "" : mac.strip().toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), actual);
	}
}
