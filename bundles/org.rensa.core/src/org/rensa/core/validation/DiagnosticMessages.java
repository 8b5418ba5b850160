// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.rensa.model.text.Language;
import org.rensa.model.text.LocalizedMessage;
import org.rensa.model.text.TextTable;

/**
 * The localisable messages of validation diagnostics and of the chain analysis: the table
 * {@code messages.properties} / {@code messages_ja.properties} of this package, and diagnostics that
 * carry their message as key and arguments so that they can be shown in any {@link Language}.
 * <p>
 * A diagnostic made by {@link #diagnostic} has its English text as {@link Diagnostic#getMessage()} and
 * the {@link LocalizedMessage} as its last data element; {@link #render(Diagnostic, Language)} shows any
 * diagnostic, EMF's structural ones included, in a language.
 */
public final class DiagnosticMessages {

	/** The table of the core's messages. */
	public static final TextTable TABLE = new TextTable("org.rensa.core.validation.messages", //$NON-NLS-1$
			DiagnosticMessages.class.getClassLoader());

	private DiagnosticMessages() {
	}

	/**
	 * @param key  a key of {@link #TABLE}
	 * @param args its arguments: elements, enumeration literals, lists, nested messages or plain values
	 * @return the message, to be rendered in the language it is shown in
	 */
	public static LocalizedMessage message(String key, Object... args) {
		return TABLE.message(key, args);
	}

	/**
	 * @param severity a {@link Diagnostic} severity
	 * @param source   the diagnostic source
	 * @param code     the diagnostic code
	 * @param message  the message
	 * @param data     the elements (and features) the diagnostic is about, first the element to show;
	 *                 {@code null}s are left out
	 * @return a diagnostic with the English text and the message as its last data element
	 */
	public static BasicDiagnostic diagnostic(int severity, String source, int code, LocalizedMessage message,
			Object... data) {
		List<Object> all = new ArrayList<>(Arrays.stream(data).filter(Objects::nonNull).toList());
		all.add(message);
		return new BasicDiagnostic(severity, source, code, message.render(Language.ENGLISH), all.toArray());
	}

	/**
	 * @param diagnostic a diagnostic
	 * @return its localisable message, or {@code null} when it has none (EMF's own diagnostics)
	 */
	public static LocalizedMessage messageOf(Diagnostic diagnostic) {
		List<?> data = diagnostic.getData();
		for (int i = data.size() - 1; i >= 0; i--) {
			if (data.get(i) instanceof LocalizedMessage message) {
				return message;
			}
		}
		return null;
	}

	/**
	 * Shows a diagnostic in a language: Rensa's diagnostics from their message, EMF's structural checks
	 * from this table in Japanese (in English, EMF's own more detailed message), anything else as it is.
	 *
	 * @param diagnostic a diagnostic
	 * @param language   the language
	 * @return its message on one line
	 */
	public static String render(Diagnostic diagnostic, Language language) {
		LocalizedMessage message = messageOf(diagnostic);
		String text;
		if (message != null) {
			text = message.render(language);
		} else if (language.isJapanese() && EObjectValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())) {
			text = structural(diagnostic).render(language);
		} else {
			text = String.valueOf(diagnostic.getMessage());
		}
		return text.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The code of the rule a diagnostic comes from, as the README's table of validation rules lists
	 * it: {@code 104} for Rensa's rules and chain analysis, {@code EMF-1} for EMF's structural checks.
	 *
	 * @param diagnostic a diagnostic
	 * @return its rule code
	 */
	public static String ruleCode(Diagnostic diagnostic) {
		String source = diagnostic.getSource() == null ? "" : diagnostic.getSource(); //$NON-NLS-1$
		if (source.startsWith("org.rensa")) { //$NON-NLS-1$
			return Integer.toString(diagnostic.getCode());
		}
		return "EMF-" + diagnostic.getCode(); //$NON-NLS-1$
	}

	/**
	 * @param diagnostic a diagnostic
	 * @return the element it is about (its first data element when that is an element), or {@code null}
	 */
	public static EObject subject(Diagnostic diagnostic) {
		List<?> data = diagnostic.getData();
		return !data.isEmpty() && data.get(0) instanceof EObject element ? element : null;
	}

	private static LocalizedMessage structural(Diagnostic diagnostic) {
		EObject subject = subject(diagnostic);
		String feature = diagnostic.getData().stream().filter(ENamedElement.class::isInstance)
				.map(value -> ((ENamedElement) value).getName()).findFirst().orElse("-"); //$NON-NLS-1$
		return switch (diagnostic.getCode()) {
		case EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS -> message("structural.1", subject, feature); //$NON-NLS-1$
		case EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES -> message("structural.4", subject, feature); //$NON-NLS-1$
		default -> message("structural.other", subject, Integer.toString(diagnostic.getCode())); //$NON-NLS-1$
		};
	}
}
