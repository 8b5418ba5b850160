// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.validation.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;

/** Runs several {@link EValidator}s of one package in turn, all of them even after a failure. */
public final class CompositeValidator implements EValidator {

	private final List<EValidator> validators;

	/** @param validators the validators, in order */
	public CompositeValidator(EValidator... validators) {
		this.validators = List.of(validators);
	}

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(eObject.eClass(), eObject, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = true;
		for (EValidator validator : validators) {
			ok &= validator.validate(eClass, eObject, diagnostics, context);
			if (!ok && diagnostics == null) {
				return false;
			}
		}
		return ok;
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = true;
		for (EValidator validator : validators) {
			ok &= validator.validate(eDataType, value, diagnostics, context);
			if (!ok && diagnostics == null) {
				return false;
			}
		}
		return ok;
	}
}
