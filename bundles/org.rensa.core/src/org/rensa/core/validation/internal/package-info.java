// SPDX-License-Identifier: AGPL-3.0-or-later
/** Implementation of the project validator service; not API. */
package org.rensa.core.validation.internal;
