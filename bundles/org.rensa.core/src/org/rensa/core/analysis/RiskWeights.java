// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

import org.rensa.model.InformationClass;
import org.rensa.model.Severity;

/**
 * The weights of the chain risk score (see {@code library/chain-risk.properties} for the formula).
 *
 * @param weakness             weight of the organisation's verified weakness
 * @param findings             weight of its open findings
 * @param declaredOnly         weakness assumed when only a self-check was returned
 * @param neverAssessed        weakness assumed when the organisation was never assessed
 * @param severity             points per open finding by severity (their sum is capped at 1)
 * @param sensitivity          sensitivity of each information class (0..1)
 * @param propagationSensitive factor by which a subcontractor's chain risk propagates upward over a
 *                             relationship passing sensitive information
 * @param propagationOther     the same over other relationships
 */
public record RiskWeights(double weakness, double findings, double declaredOnly, double neverAssessed,
		Map<Severity, Double> severity, Map<InformationClass, Double> sensitivity, double propagationSensitive,
		double propagationOther) {

	/** Where the default weights live inside the bundle. */
	public static final String RESOURCE = "/library/chain-risk.properties";

	/** @return the weights shipped with Rensa */
	public static RiskWeights defaults() {
		Properties properties = new Properties();
		try (InputStream in = RiskWeights.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("risk weights " + RESOURCE + " are not in the bundle");
			}
			properties.load(in);
			return fromProperties(properties);
		} catch (IOException e) {
			throw new IllegalStateException("risk weights " + RESOURCE + " cannot be read: " + e.getMessage(), e);
		}
	}

	/**
	 * @param overrides entries in the properties format replacing single weights
	 * @return new weights
	 * @throws IOException when a key is unknown or a value is not a number in its range
	 */
	public RiskWeights with(Properties overrides) throws IOException {
		Properties merged = toProperties();
		for (String key : overrides.stringPropertyNames()) {
			if (!merged.containsKey(key)) {
				throw new IOException("unknown risk weight '" + key + "'");
			}
			merged.setProperty(key, overrides.getProperty(key));
		}
		return fromProperties(merged);
	}

	private static RiskWeights fromProperties(Properties p) throws IOException {
		Map<Severity, Double> severity = new EnumMap<>(Severity.class);
		for (Severity s : Severity.VALUES) {
			severity.put(s, number(p, "severity." + s.getName(), 0, 100));
		}
		Map<InformationClass, Double> sensitivity = new EnumMap<>(InformationClass.class);
		for (InformationClass c : InformationClass.VALUES) {
			sensitivity.put(c, number(p, "sensitivity." + c.getName(), 0, 1));
		}
		RiskWeights weights = new RiskWeights(number(p, "weight.weakness", 0, 100), number(p, "weight.findings", 0, 100),
				number(p, "weakness.declaredOnly", 0, 1), number(p, "weakness.neverAssessed", 0, 1), severity,
				sensitivity, number(p, "propagation.sensitive", 0, 1), number(p, "propagation.other", 0, 1));
		if (weights.weakness + weights.findings <= 0) {
			throw new IOException("weight.weakness + weight.findings must be above 0");
		}
		return weights;
	}

	private static double number(Properties p, String key, double min, double max) throws IOException {
		String value = p.getProperty(key);
		if (value == null) {
			throw new IOException("risk weight '" + key + "' is missing");
		}
		try {
			double d = Double.parseDouble(value.trim());
			if (d < min || d > max || Double.isNaN(d)) {
				throw new IOException("risk weight '" + key + "' = " + value.trim() + " is outside " + min + ".." + max);
			}
			return d;
		} catch (NumberFormatException e) {
			throw new IOException("risk weight '" + key + "' = '" + value.trim() + "' is not a number");
		}
	}

	/** @return the weights in the properties format */
	public Properties toProperties() {
		Properties p = new Properties();
		p.setProperty("weight.weakness", Double.toString(weakness));
		p.setProperty("weight.findings", Double.toString(findings));
		p.setProperty("weakness.declaredOnly", Double.toString(declaredOnly));
		p.setProperty("weakness.neverAssessed", Double.toString(neverAssessed));
		severity.forEach((s, v) -> p.setProperty("severity." + s.getName(), Double.toString(v)));
		sensitivity.forEach((c, v) -> p.setProperty("sensitivity." + c.getName(), Double.toString(v)));
		p.setProperty("propagation.sensitive", Double.toString(propagationSensitive));
		p.setProperty("propagation.other", Double.toString(propagationOther));
		return p;
	}
}
