// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit;

import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;

/** Display texts of enumeration values and bilingual model texts in the UI language. */
public final class Labels {

	private static final boolean JAPANESE = Locale.getDefault().getLanguage().equals("ja")
			|| String.valueOf(System.getProperty("osgi.nl")).startsWith("ja");

	private Labels() {
	}

	/** @return the Japanese text in a Japanese UI when there is one, else the English */
	public static String pick(String en, String ja) {
		if (JAPANESE && ja != null && !ja.isBlank()) {
			return ja;
		}
		return en != null ? en : ja;
	}

	/** @return a readable label of an enumeration value ({@code NOT_DONE} → {@code not done}) */
	public static String of(Enumerator value) {
		if (value == null) {
			return "";
		}
		String key = value.getName();
		String ja = switch (key) {
		case "UNANSWERED" -> "未回答";
		case "DONE" -> "実施";
		case "PARTLY" -> "一部実施";
		case "NOT_DONE" -> "未実施";
		case "DONT_KNOW" -> "不明";
		case "NOT_APPLICABLE" -> "該当なし";
		case "NOT_VERIFIED", "UNVERIFIED" -> "未検証";
		case "CONFORM" -> "適合";
		case "PARTIALLY_CONFORM" -> "一部適合";
		case "NONCONFORM" -> "不適合";
		case "NONE" -> "";
		case "EXAMINE" -> "文書確認";
		case "INTERVIEW" -> "聞き取り";
		case "TEST" -> "テスト";
		case "CONSISTENT" -> "一致";
		case "OVERSTATED" -> "過大申告";
		case "UNDERSTATED" -> "過小申告";
		case "NOT_COMPARABLE" -> "比較不可";
		default -> null;
		};
		if (JAPANESE && ja != null) {
			return ja;
		}
		if ("NONE".equals(key)) {
			return "";
		}
		String text = key.toLowerCase(Locale.ROOT).replace('_', ' ');
		return text.equals("dont know") ? "don't know" : text;
	}
}
