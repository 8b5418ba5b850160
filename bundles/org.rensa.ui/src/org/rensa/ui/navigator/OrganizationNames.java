// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.navigator;

import java.util.Locale;

import org.rensa.model.Organization;
import org.rensa.ui.Messages;

/** The name an organisation is shown with: the Japanese name in a Japanese UI when there is one. */
public final class OrganizationNames {

    private OrganizationNames() {
    }

    /**
     * @param organization an organisation
     * @return its name for the current UI language, never {@code null}
     */
    public static String displayName(Organization organization) {
        String english = organization.getName();
        String japanese = organization.getNameJa();
        boolean preferJapanese = "ja".equals(Locale.getDefault().getLanguage()); //$NON-NLS-1$
        if (preferJapanese && japanese != null && !japanese.isBlank()) {
            return japanese;
        }
        if (english != null && !english.isBlank()) {
            return english;
        }
        if (japanese != null && !japanese.isBlank()) {
            return japanese;
        }
        return Messages.Organization_unnamed;
    }
}
