// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.validation.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.osgi.service.component.annotations.Component;
import org.rensa.core.analysis.ChainValidator;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.validation.ProjectValidator;
import org.rensa.core.validation.RensaRulesValidator;
import org.rensa.model.AuditProject;
import org.rensa.model.RensaPackage;
import org.rensa.model.text.Language;

/** The {@link ProjectValidator} service; also registers the Rensa {@link EValidator}. */
@Component(service = ProjectValidator.class, immediate = true)
public final class DefaultProjectValidator implements ProjectValidator {

	private final Clock clock;
	private final boolean chainAnalysis;

	/** The OSGi service, using the system clock, with the chain analysis. */
	public DefaultProjectValidator() {
		this(Clock.systemDefaultZone(), true);
	}

	/** @param clock the clock giving today's date */
	public DefaultProjectValidator(Clock clock) {
		this(clock, false);
	}

	/**
	 * @param clock         the clock giving today's date
	 * @param chainAnalysis whether to add the {@link ChainValidator} diagnostics
	 */
	public DefaultProjectValidator(Clock clock, boolean chainAnalysis) {
		this.clock = clock;
		this.chainAnalysis = chainAnalysis;
		RensaRulesValidator.ensureRegistered();
	}

	@Override
	public Diagnostic validate(AuditProjectDocument document) {
		return validate(document.getProject(), document.getDirectory(), document);
	}

	@Override
	public Diagnostic validate(AuditProject project, Path projectDirectory) {
		return validate(project, projectDirectory, null);
	}

	private Diagnostic validate(AuditProject project, Path projectDirectory, AuditProjectDocument document) {
		EValidator.Registry registry = new org.eclipse.emf.ecore.impl.EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
		registry.put(RensaPackage.eINSTANCE, chainAnalysis
				? new CompositeValidator(RensaRulesValidator.INSTANCE, ChainValidator.INSTANCE)
				: RensaRulesValidator.INSTANCE);
		Diagnostician diagnostician = new Diagnostician(registry) {
			@Override
			public String getObjectLabel(EObject eObject) {
				return Language.ENGLISH.qualified(eObject);
			}
		};
		Map<Object, Object> context = diagnostician.createDefaultContext();
		context.put(RensaRulesValidator.CLOCK, clock);
		if (projectDirectory != null) {
			context.put(RensaRulesValidator.PROJECT_DIRECTORY, projectDirectory.toAbsolutePath().normalize());
		}
		if (document != null) {
			context.put(ChainValidator.DOCUMENT, document);
		}
		BasicDiagnostic diagnostics = diagnostician.createDefaultDiagnostic(project);
		diagnostician.validate(project, diagnostics, context);
		return diagnostics;
	}
}
