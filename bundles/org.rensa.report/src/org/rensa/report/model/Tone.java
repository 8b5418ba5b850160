// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.model;

/** The colour meaning of a cell, label or chart bar; renderers map it to their palette. */
public enum Tone {
	/** No emphasis. */
	NONE,
	/** Critical severity. */
	CRITICAL,
	/** High severity. */
	HIGH,
	/** Medium severity. */
	MEDIUM,
	/** Low severity. */
	LOW,
	/** Informational. */
	INFO,
	/** A positive result (conform, done). */
	GOOD,
	/** A partial result. */
	WARN,
	/** A negative result (nonconform, overdue). */
	BAD,
	/** The "declared" series of a chart. */
	DECLARED,
	/** The "verified" series of a chart. */
	VERIFIED
}
