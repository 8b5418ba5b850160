// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Validation of audit projects: the {@link org.rensa.core.validation.RensaRulesValidator} EValidator
 * with stable diagnostic codes (source {@code org.rensa.core}) and the
 * {@link org.rensa.core.validation.ProjectValidator} service for whole projects.
 */
package org.rensa.core.validation;
