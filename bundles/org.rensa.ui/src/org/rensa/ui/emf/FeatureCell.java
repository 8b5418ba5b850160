// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.osgi.util.NLS;
import org.rensa.ui.Messages;

/**
 * One editable value: a structural feature of an owner object, described by its EMF.Edit
 * {@link IItemPropertyDescriptor}. Knows how to show the value as text, which values may be
 * chosen, how to parse text typed by the user, and how to change the value through an undoable
 * {@link SetCommand} on an editing domain.
 */
public final class FeatureCell {

	/** Thrown by {@link #parse(String)} with a message that can be shown to the user as is. */
	public static final class InvalidValueException extends Exception {
		private static final long serialVersionUID = 1L;

		InvalidValueException(String message) {
			super(message);
		}
	}

	/** How a value is edited. */
	public enum EditorKind {
		/** Not editable (derived, read-only or many-valued). */
		READ_ONLY,
		/** Free text, converted by {@link FeatureCell#parse(String)}. */
		TEXT,
		/** One of {@link FeatureCell#choices()}. */
		CHOICE
	}

	private final EObject owner;
	private final IItemPropertyDescriptor descriptor;
	private final EStructuralFeature feature;

	/**
	 * @param owner      the object whose feature is shown
	 * @param descriptor the EMF.Edit property descriptor of that feature on that object
	 */
	public FeatureCell(EObject owner, IItemPropertyDescriptor descriptor) {
		this.owner = Objects.requireNonNull(owner);
		this.descriptor = Objects.requireNonNull(descriptor);
		Object described = descriptor.getFeature(owner);
		this.feature = described instanceof EStructuralFeature structural ? structural : null;
	}

	/** @return the object whose feature this cell shows */
	public EObject owner() {
		return owner;
	}

	/** @return the structural feature, or {@code null} if the descriptor is not feature based */
	public EStructuralFeature feature() {
		return feature;
	}

	/** @return the property descriptor */
	public IItemPropertyDescriptor descriptor() {
		return descriptor;
	}

	/** @return the localised display name of the property */
	public String displayName() {
		return descriptor.getDisplayName(owner);
	}

	/** @return the localised description of the property, may be {@code null} */
	public String description() {
		return descriptor.getDescription(owner);
	}

	/** @return the current value of the feature; {@code null} for an unset unsettable feature */
	public Object value() {
		if (feature == null || feature.isUnsettable() && !owner.eIsSet(feature)) {
			return null;
		}
		return owner.eGet(feature);
	}

	/** @return the current value as shown to the user */
	public String displayText() {
		return textOf(value());
	}

	/**
	 * @return the current value as text the user can edit and {@link #parse(String)} accepts
	 *         (e.g. ISO dates), empty when there is no value
	 */
	public String displayTextForEditing() {
		Object current = value();
		if (current == null) {
			return ""; //$NON-NLS-1$
		}
		if (feature instanceof EAttribute attribute) {
			return EcoreUtil.convertToString(attribute.getEAttributeType(), current);
		}
		return textOf(current);
	}

	/**
	 * @param candidate a value of this cell's type, may be {@code null}
	 * @return the text the property descriptor's label provider gives that value
	 */
	public String textOf(Object candidate) {
		if (candidate == null) {
			return ""; //$NON-NLS-1$
		}
		if (candidate instanceof Boolean bool) {
			return bool ? Messages.Value_yes : Messages.Value_no;
		}
		if (candidate instanceof java.time.Instant instant) {
			return org.rensa.model.text.Language.ui().dateTime(instant);
		}
		if (candidate instanceof Collection<?> values) {
			List<String> texts = new ArrayList<>();
			for (Object each : values) {
				texts.add(textOf(each));
			}
			return String.join(org.rensa.model.text.Language.ui().listSeparator(), texts);
		}
		if (candidate instanceof EObject element) {
			return org.rensa.model.text.Language.ui().label(element);
		}
		IItemLabelProvider labels = descriptor.getLabelProvider(owner);
		String text = labels == null ? null : labels.getText(candidate);
		return text == null ? String.valueOf(candidate) : text;
	}

	/** @return how the value is edited */
	public EditorKind editorKind() {
		if (feature == null || feature.isMany() || !feature.isChangeable() || feature.isDerived()
				|| !descriptor.canSetProperty(owner)) {
			return EditorKind.READ_ONLY;
		}
		if (feature instanceof EReference || feature.getEType() instanceof EEnum || isBoolean()) {
			return EditorKind.CHOICE;
		}
		return feature.getEType() instanceof EDataType ? EditorKind.TEXT : EditorKind.READ_ONLY;
	}

	/**
	 * @return the values a {@link EditorKind#CHOICE} cell offers; contains {@code null} first when
	 *         the value may be cleared
	 */
	public List<Object> choices() {
		List<Object> result = new ArrayList<>();
		if (feature == null) {
			return result;
		}
		if (isBoolean()) {
			result.add(Boolean.TRUE);
			result.add(Boolean.FALSE);
			return result;
		}
		if (isNullable()) {
			result.add(null);
		}
		Collection<?> offered = descriptor.getChoiceOfValues(owner);
		if (offered == null && feature.getEType() instanceof EEnum eEnum) {
			eEnum.getELiterals().forEach(literal -> result.add(literal.getInstance()));
		} else if (offered != null) {
			for (Object each : offered) {
				Object choice = each instanceof EEnumLiteral literal ? literal.getInstance() : each;
				if (choice != null && !result.contains(choice)) {
					result.add(choice);
				}
			}
		}
		return result;
	}

	/**
	 * Converts text typed by the user into a value of the feature's data type. Empty text means
	 * "no value" where the feature allows it.
	 *
	 * @param text the typed text
	 * @return the value
	 * @throws InvalidValueException with a user-readable message if the text is not a valid value
	 */
	public Object parse(String text) throws InvalidValueException {
		if (!(feature instanceof EAttribute attribute)) {
			throw new InvalidValueException(NLS.bind(Messages.Value_notEditable, displayName()));
		}
		String trimmed = text == null ? "" : text.strip(); //$NON-NLS-1$
		EDataType type = attribute.getEAttributeType();
		Class<?> instanceClass = type.getInstanceClass();
		if (instanceClass == String.class) {
			return text == null || text.isEmpty() ? null : text;
		}
		if (trimmed.isEmpty()) {
			if (instanceClass != null && instanceClass.isPrimitive()) {
				throw new InvalidValueException(NLS.bind(Messages.Value_required, displayName()));
			}
			return null;
		}
		try {
			return EcoreUtil.createFromString(type, trimmed);
		} catch (RuntimeException e) {
			String expected = instanceClass == java.time.LocalDate.class ? Messages.Value_expectedDate
					: instanceClass == java.time.Instant.class ? Messages.Value_expectedInstant
							: isNumber(instanceClass) ? Messages.Value_expectedNumber
									: type.getName();
			throw new InvalidValueException(NLS.bind(Messages.Value_invalid, trimmed, expected));
		}
	}

	/**
	 * @param text text typed by the user
	 * @return {@code null} if the text is a valid value, otherwise the message to show
	 */
	public String validate(String text) {
		try {
			parse(text);
			return null;
		} catch (InvalidValueException e) {
			return e.getMessage();
		}
	}

	/**
	 * Sets the feature to a new value through a {@link SetCommand} executed on the domain's
	 * command stack, so the change can be undone. {@code null} unsets an unsettable feature.
	 *
	 * @param domain   the editing domain of the owner's project
	 * @param newValue the new value
	 * @return {@code true} if a command was executed, {@code false} if the value was unchanged or
	 *         the change is not possible
	 */
	public boolean apply(EditingDomain domain, Object newValue) {
		if (feature == null || editorKind() == EditorKind.READ_ONLY) {
			return false;
		}
		boolean unset = newValue == null && feature.isUnsettable();
		if (!unset && Objects.equals(newValue, value()) && (newValue != null || !feature.isUnsettable())) {
			return false;
		}
		if (unset && !owner.eIsSet(feature)) {
			return false;
		}
		Command command = SetCommand.create(domain, owner, feature, unset ? SetCommand.UNSET_VALUE : newValue);
		if (!command.canExecute()) {
			return false;
		}
		domain.getCommandStack().execute(command);
		return true;
	}

	private boolean isBoolean() {
		Class<?> type = feature == null ? null : feature.getEType().getInstanceClass();
		return type == boolean.class || type == Boolean.class;
	}

	private boolean isNullable() {
		Class<?> type = feature.getEType().getInstanceClass();
		return feature instanceof EReference || feature.isUnsettable() || type == null || !type.isPrimitive()
				&& !(feature.getEType() instanceof EEnum);
	}

	private static boolean isNumber(Class<?> type) {
		return type != null && (Number.class.isAssignableFrom(type) || type == int.class || type == long.class
				|| type == double.class || type == float.class || type == short.class || type == byte.class);
	}
}
