/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.rensa.model.Clause;
import org.rensa.model.ClauseCategory;
import org.rensa.model.ClauseTemplate;
import org.rensa.model.RensaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Clause</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.model.impl.ClauseImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.rensa.model.impl.ClauseImpl#getReference <em>Reference</em>}</li>
 *   <li>{@link org.rensa.model.impl.ClauseImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.rensa.model.impl.ClauseImpl#getTextJa <em>Text Ja</em>}</li>
 *   <li>{@link org.rensa.model.impl.ClauseImpl#isFlowsDown <em>Flows Down</em>}</li>
 *   <li>{@link org.rensa.model.impl.ClauseImpl#getNotificationDeadlineHours <em>Notification Deadline Hours</em>}</li>
 *   <li>{@link org.rensa.model.impl.ClauseImpl#getTemplate <em>Template</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClauseImpl extends IdentifiableImpl implements Clause {
	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final ClauseCategory CATEGORY_EDEFAULT = ClauseCategory.CONFIDENTIALITY;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected ClauseCategory category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected String reference = REFERENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTextJa() <em>Text Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextJa()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_JA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTextJa() <em>Text Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextJa()
	 * @generated
	 * @ordered
	 */
	protected String textJa = TEXT_JA_EDEFAULT;

	/**
	 * The default value of the '{@link #isFlowsDown() <em>Flows Down</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFlowsDown()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FLOWS_DOWN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFlowsDown() <em>Flows Down</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFlowsDown()
	 * @generated
	 * @ordered
	 */
	protected boolean flowsDown = FLOWS_DOWN_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotificationDeadlineHours() <em>Notification Deadline Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotificationDeadlineHours()
	 * @generated
	 * @ordered
	 */
	protected static final int NOTIFICATION_DEADLINE_HOURS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNotificationDeadlineHours() <em>Notification Deadline Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotificationDeadlineHours()
	 * @generated
	 * @ordered
	 */
	protected int notificationDeadlineHours = NOTIFICATION_DEADLINE_HOURS_EDEFAULT;

	/**
	 * This is true if the Notification Deadline Hours attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean notificationDeadlineHoursESet;

	/**
	 * The cached value of the '{@link #getTemplate() <em>Template</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplate()
	 * @generated
	 * @ordered
	 */
	protected ClauseTemplate template;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClauseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RensaPackage.Literals.CLAUSE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClauseCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(ClauseCategory newCategory) {
		ClauseCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.CLAUSE__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReference() {
		return reference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReference(String newReference) {
		String oldReference = reference;
		reference = newReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.CLAUSE__REFERENCE, oldReference, reference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.CLAUSE__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTextJa() {
		return textJa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextJa(String newTextJa) {
		String oldTextJa = textJa;
		textJa = newTextJa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.CLAUSE__TEXT_JA, oldTextJa, textJa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFlowsDown() {
		return flowsDown;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlowsDown(boolean newFlowsDown) {
		boolean oldFlowsDown = flowsDown;
		flowsDown = newFlowsDown;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.CLAUSE__FLOWS_DOWN, oldFlowsDown, flowsDown));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNotificationDeadlineHours() {
		return notificationDeadlineHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotificationDeadlineHours(int newNotificationDeadlineHours) {
		int oldNotificationDeadlineHours = notificationDeadlineHours;
		notificationDeadlineHours = newNotificationDeadlineHours;
		boolean oldNotificationDeadlineHoursESet = notificationDeadlineHoursESet;
		notificationDeadlineHoursESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.CLAUSE__NOTIFICATION_DEADLINE_HOURS, oldNotificationDeadlineHours, notificationDeadlineHours, !oldNotificationDeadlineHoursESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetNotificationDeadlineHours() {
		int oldNotificationDeadlineHours = notificationDeadlineHours;
		boolean oldNotificationDeadlineHoursESet = notificationDeadlineHoursESet;
		notificationDeadlineHours = NOTIFICATION_DEADLINE_HOURS_EDEFAULT;
		notificationDeadlineHoursESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, RensaPackage.CLAUSE__NOTIFICATION_DEADLINE_HOURS, oldNotificationDeadlineHours, NOTIFICATION_DEADLINE_HOURS_EDEFAULT, oldNotificationDeadlineHoursESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetNotificationDeadlineHours() {
		return notificationDeadlineHoursESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClauseTemplate getTemplate() {
		if (template != null && template.eIsProxy()) {
			InternalEObject oldTemplate = (InternalEObject)template;
			template = (ClauseTemplate)eResolveProxy(oldTemplate);
			if (template != oldTemplate) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RensaPackage.CLAUSE__TEMPLATE, oldTemplate, template));
			}
		}
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ClauseTemplate basicGetTemplate() {
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplate(ClauseTemplate newTemplate) {
		ClauseTemplate oldTemplate = template;
		template = newTemplate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.CLAUSE__TEMPLATE, oldTemplate, template));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RensaPackage.CLAUSE__CATEGORY:
				return getCategory();
			case RensaPackage.CLAUSE__REFERENCE:
				return getReference();
			case RensaPackage.CLAUSE__TEXT:
				return getText();
			case RensaPackage.CLAUSE__TEXT_JA:
				return getTextJa();
			case RensaPackage.CLAUSE__FLOWS_DOWN:
				return isFlowsDown();
			case RensaPackage.CLAUSE__NOTIFICATION_DEADLINE_HOURS:
				return getNotificationDeadlineHours();
			case RensaPackage.CLAUSE__TEMPLATE:
				if (resolve) return getTemplate();
				return basicGetTemplate();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RensaPackage.CLAUSE__CATEGORY:
				setCategory((ClauseCategory)newValue);
				return;
			case RensaPackage.CLAUSE__REFERENCE:
				setReference((String)newValue);
				return;
			case RensaPackage.CLAUSE__TEXT:
				setText((String)newValue);
				return;
			case RensaPackage.CLAUSE__TEXT_JA:
				setTextJa((String)newValue);
				return;
			case RensaPackage.CLAUSE__FLOWS_DOWN:
				setFlowsDown((Boolean)newValue);
				return;
			case RensaPackage.CLAUSE__NOTIFICATION_DEADLINE_HOURS:
				setNotificationDeadlineHours((Integer)newValue);
				return;
			case RensaPackage.CLAUSE__TEMPLATE:
				setTemplate((ClauseTemplate)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RensaPackage.CLAUSE__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case RensaPackage.CLAUSE__REFERENCE:
				setReference(REFERENCE_EDEFAULT);
				return;
			case RensaPackage.CLAUSE__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case RensaPackage.CLAUSE__TEXT_JA:
				setTextJa(TEXT_JA_EDEFAULT);
				return;
			case RensaPackage.CLAUSE__FLOWS_DOWN:
				setFlowsDown(FLOWS_DOWN_EDEFAULT);
				return;
			case RensaPackage.CLAUSE__NOTIFICATION_DEADLINE_HOURS:
				unsetNotificationDeadlineHours();
				return;
			case RensaPackage.CLAUSE__TEMPLATE:
				setTemplate((ClauseTemplate)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RensaPackage.CLAUSE__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case RensaPackage.CLAUSE__REFERENCE:
				return REFERENCE_EDEFAULT == null ? reference != null : !REFERENCE_EDEFAULT.equals(reference);
			case RensaPackage.CLAUSE__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case RensaPackage.CLAUSE__TEXT_JA:
				return TEXT_JA_EDEFAULT == null ? textJa != null : !TEXT_JA_EDEFAULT.equals(textJa);
			case RensaPackage.CLAUSE__FLOWS_DOWN:
				return flowsDown != FLOWS_DOWN_EDEFAULT;
			case RensaPackage.CLAUSE__NOTIFICATION_DEADLINE_HOURS:
				return isSetNotificationDeadlineHours();
			case RensaPackage.CLAUSE__TEMPLATE:
				return template != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (category: ");
		result.append(category);
		result.append(", reference: ");
		result.append(reference);
		result.append(", text: ");
		result.append(text);
		result.append(", textJa: ");
		result.append(textJa);
		result.append(", flowsDown: ");
		result.append(flowsDown);
		result.append(", notificationDeadlineHours: ");
		if (notificationDeadlineHoursESet) result.append(notificationDeadlineHours); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //ClauseImpl
