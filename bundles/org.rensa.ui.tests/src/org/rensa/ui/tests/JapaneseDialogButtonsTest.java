// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.jface.resource.JFaceResources;
import org.junit.jupiter.api.Test;

/**
 * The Japanese UI's dialogs and wizards show Japanese buttons: the product ships the Japanese texts
 * of JFace's own messages (fragment {@code org.rensa.nl.jface}), which Eclipse's language packs
 * would otherwise provide.
 */
class JapaneseDialogButtonsTest {

	private static ResourceBundle jfaceMessages(Locale locale) {
		return ResourceBundle.getBundle("org.eclipse.jface.messages", locale, JFaceResources.class.getClassLoader()); //$NON-NLS-1$
	}

	@Test
	void wizardAndDialogButtonsAreTranslated() {
		ResourceBundle japanese = jfaceMessages(Locale.JAPANESE);
		assertEquals("\u30ad\u30e3\u30f3\u30bb\u30eb", japanese.getString("cancel")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("< \u623b\u308b(&B)", japanese.getString("backButton")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("\u6b21\u3078(&N) >", japanese.getString("nextButton")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("\u5b8c\u4e86(&F)", japanese.getString("finish")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void englishStaysTheDefaultAndUntranslatedKeysFallBack() {
		assertEquals("Cancel", jfaceMessages(Locale.ENGLISH).getString("cancel")); //$NON-NLS-1$ //$NON-NLS-2$
		// a key the fragment does not translate comes from JFace's English bundle
		assertEquals(jfaceMessages(Locale.ENGLISH).getString("PreferenceDialog.title"), jfaceMessages(Locale.JAPANESE).getString("PreferenceDialog.title")); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
