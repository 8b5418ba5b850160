// SPDX-License-Identifier: AGPL-3.0-or-later
/** The team sync's commands of the {@code rensa} command line (DS components). */
package org.rensa.sync.internal;
