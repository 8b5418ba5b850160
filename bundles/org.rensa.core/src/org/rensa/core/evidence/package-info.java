// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Evidence capture without a user interface: {@link org.rensa.core.evidence.EvidenceCapture} turns
 * chosen files into one hashed evidence item in the project's content-addressed store,
 * {@link org.rensa.core.evidence.EvidenceLog} keeps the append-only, hash-chained log of a visit and
 * {@link org.rensa.core.evidence.ExifDates} reads a photo's capture time.
 */
package org.rensa.core.evidence;
