// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.oscal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs (RFC 4122 version 5, SHA-1) for what Rensa exports, so exporting the same project
 * twice gives the same UUIDs and the files diff cleanly. OSCAL accepts only version 4 and 5 UUIDs.
 */
public final class OscalUuids {

	/** Rensa's namespace for OSCAL UUIDs (itself a version 5 UUID of the URL namespace). */
	private static final UUID NAMESPACE = UUID.fromString("3a5b7f53-7e0a-5c8e-9a52-3f9c1d2e6b40");

	private OscalUuids() {
	}

	/**
	 * @param kind what the UUID stands for (observation, risk, party …)
	 * @param id   Rensa's id of the element (or any stable name)
	 * @return the version 5 UUID of {@code kind:id} in Rensa's namespace
	 */
	public static String of(String kind, String id) {
		try {
			MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
			ByteBuffer namespace = ByteBuffer.allocate(16);
			namespace.putLong(NAMESPACE.getMostSignificantBits()).putLong(NAMESPACE.getLeastSignificantBits());
			sha1.update(namespace.array());
			sha1.update((kind + ":" + id).getBytes(StandardCharsets.UTF_8));
			byte[] hash = sha1.digest();
			hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
			hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
			ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
			return new UUID(bytes.getLong(), bytes.getLong()).toString();
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-1 is a required JDK algorithm", e);
		}
	}
}
