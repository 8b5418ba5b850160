// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Headless rules for creating field-audit items (findings) complete enough for every report and
 * export, and the undoable commands that add them.
 */
package org.rensa.core.audit;
