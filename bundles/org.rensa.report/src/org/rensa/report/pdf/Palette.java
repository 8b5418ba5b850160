// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.pdf;

import org.rensa.report.model.Tone;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;

/** The report colours for each {@link Tone}: a strong colour (bars, badges) and a light tint (cells). */
public final class Palette {

	private Palette() {
	}

	/**
	 * @param tone a tone
	 * @return the strong colour as {@code RRGGBB}
	 */
	public static String strongHex(Tone tone) {
		return switch (tone) {
		case CRITICAL -> "8B1A1A";
		case HIGH -> "D9480F";
		case MEDIUM -> "E0A100";
		case LOW -> "3B7DD8";
		case INFO -> "6B7785";
		case GOOD -> "2F8F46";
		case WARN -> "E0A100";
		case BAD -> "C92A2A";
		case DECLARED -> "9DB4CF";
		case VERIFIED -> "1F3A5F";
		case NONE -> "5B6778";
		};
	}

	/**
	 * @param tone a tone
	 * @return the light tint as {@code RRGGBB}
	 */
	public static String tintHex(Tone tone) {
		return switch (tone) {
		case CRITICAL -> "F3D6D6";
		case HIGH -> "FBE3D6";
		case MEDIUM -> "FDF1CC";
		case LOW -> "DCE8F8";
		case INFO -> "EDF0F3";
		case GOOD -> "DDF0E1";
		case WARN -> "FDF1CC";
		case BAD -> "F8DADA";
		case DECLARED -> "E6EDF5";
		case VERIFIED -> "DCE3EC";
		case NONE -> "FFFFFF";
		};
	}

	static Color strong(Tone tone) {
		return rgb(strongHex(tone));
	}

	static Color tint(Tone tone) {
		return rgb(tintHex(tone));
	}

	private static Color rgb(String hex) {
		int value = Integer.parseInt(hex, 16);
		return new DeviceRgb((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF);
	}
}
