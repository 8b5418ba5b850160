// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Hand-written logic behind the derived features and operations of the Rensa model.
 *
 * <p>The generated getters ({@code Organization.getTier()}, {@code Response.getGap()},
 * {@code Response.isMismatch()}) and the operation {@code RemediationAction.isOverdue(LocalDate)}
 * only delegate to the classes of this package (via GenModel body annotations in
 * {@code model/rensa.ecore}), so the generated code never needs {@code @generated NOT}.
 *
 * <p>The scores of an assessment are defined here once, for every consumer: {@link
 * org.rensa.model.derived.ScoringScheme} (how answers and verdicts count, per checklist scheme, and the
 * order of verdicts) and {@link org.rensa.model.derived.Scorecard} (declared and verified scores per
 * section and overall).
 */
package org.rensa.model.derived;
