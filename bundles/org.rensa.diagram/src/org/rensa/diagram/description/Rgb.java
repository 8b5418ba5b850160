// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.description;

/**
 * An opaque colour, independent of any toolkit.
 *
 * @param red   0–255
 * @param green 0–255
 * @param blue  0–255
 */
public record Rgb(int red, int green, int blue) {

	/** Validates the components. */
	public Rgb {
		if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
			throw new IllegalArgumentException("colour component out of range");
		}
	}

	/**
	 * @param hex {@code #rrggbb}
	 * @return the colour
	 */
	public static Rgb of(String hex) {
		int value = Integer.parseInt(hex.substring(1), 16);
		return new Rgb((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
	}

	/** @return {@code #rrggbb} in lower case */
	public String hex() {
		return String.format("#%02x%02x%02x", red, green, blue);
	}
}
