// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Hand-written refinements of the generated item providers (labels), kept outside {@code src-gen}
 * so that regenerating the edit code never loses them. Use
 * {@link org.rensa.model.provider.custom.RensaLabelledItemProviderAdapterFactory} instead of the
 * generated factory.
 */
package org.rensa.model.provider.custom;
