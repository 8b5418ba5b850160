/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.rensa.model.ClauseCategory;
import org.rensa.model.ClauseTemplate;
import org.rensa.model.RensaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Clause Template</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.model.impl.ClauseTemplateImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.rensa.model.impl.ClauseTemplateImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.rensa.model.impl.ClauseTemplateImpl#getTitleJa <em>Title Ja</em>}</li>
 *   <li>{@link org.rensa.model.impl.ClauseTemplateImpl#getWording <em>Wording</em>}</li>
 *   <li>{@link org.rensa.model.impl.ClauseTemplateImpl#getWordingJa <em>Wording Ja</em>}</li>
 *   <li>{@link org.rensa.model.impl.ClauseTemplateImpl#isFlowsDown <em>Flows Down</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClauseTemplateImpl extends IdentifiableImpl implements ClauseTemplate {
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
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitleJa() <em>Title Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleJa()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_JA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitleJa() <em>Title Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleJa()
	 * @generated
	 * @ordered
	 */
	protected String titleJa = TITLE_JA_EDEFAULT;

	/**
	 * The default value of the '{@link #getWording() <em>Wording</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWording()
	 * @generated
	 * @ordered
	 */
	protected static final String WORDING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWording() <em>Wording</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWording()
	 * @generated
	 * @ordered
	 */
	protected String wording = WORDING_EDEFAULT;

	/**
	 * The default value of the '{@link #getWordingJa() <em>Wording Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWordingJa()
	 * @generated
	 * @ordered
	 */
	protected static final String WORDING_JA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWordingJa() <em>Wording Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWordingJa()
	 * @generated
	 * @ordered
	 */
	protected String wordingJa = WORDING_JA_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClauseTemplateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RensaPackage.Literals.CLAUSE_TEMPLATE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.CLAUSE_TEMPLATE__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.CLAUSE_TEMPLATE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitleJa() {
		return titleJa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitleJa(String newTitleJa) {
		String oldTitleJa = titleJa;
		titleJa = newTitleJa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.CLAUSE_TEMPLATE__TITLE_JA, oldTitleJa, titleJa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWording() {
		return wording;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWording(String newWording) {
		String oldWording = wording;
		wording = newWording;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.CLAUSE_TEMPLATE__WORDING, oldWording, wording));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWordingJa() {
		return wordingJa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWordingJa(String newWordingJa) {
		String oldWordingJa = wordingJa;
		wordingJa = newWordingJa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.CLAUSE_TEMPLATE__WORDING_JA, oldWordingJa, wordingJa));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.CLAUSE_TEMPLATE__FLOWS_DOWN, oldFlowsDown, flowsDown));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RensaPackage.CLAUSE_TEMPLATE__CATEGORY:
				return getCategory();
			case RensaPackage.CLAUSE_TEMPLATE__TITLE:
				return getTitle();
			case RensaPackage.CLAUSE_TEMPLATE__TITLE_JA:
				return getTitleJa();
			case RensaPackage.CLAUSE_TEMPLATE__WORDING:
				return getWording();
			case RensaPackage.CLAUSE_TEMPLATE__WORDING_JA:
				return getWordingJa();
			case RensaPackage.CLAUSE_TEMPLATE__FLOWS_DOWN:
				return isFlowsDown();
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
			case RensaPackage.CLAUSE_TEMPLATE__CATEGORY:
				setCategory((ClauseCategory)newValue);
				return;
			case RensaPackage.CLAUSE_TEMPLATE__TITLE:
				setTitle((String)newValue);
				return;
			case RensaPackage.CLAUSE_TEMPLATE__TITLE_JA:
				setTitleJa((String)newValue);
				return;
			case RensaPackage.CLAUSE_TEMPLATE__WORDING:
				setWording((String)newValue);
				return;
			case RensaPackage.CLAUSE_TEMPLATE__WORDING_JA:
				setWordingJa((String)newValue);
				return;
			case RensaPackage.CLAUSE_TEMPLATE__FLOWS_DOWN:
				setFlowsDown((Boolean)newValue);
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
			case RensaPackage.CLAUSE_TEMPLATE__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case RensaPackage.CLAUSE_TEMPLATE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case RensaPackage.CLAUSE_TEMPLATE__TITLE_JA:
				setTitleJa(TITLE_JA_EDEFAULT);
				return;
			case RensaPackage.CLAUSE_TEMPLATE__WORDING:
				setWording(WORDING_EDEFAULT);
				return;
			case RensaPackage.CLAUSE_TEMPLATE__WORDING_JA:
				setWordingJa(WORDING_JA_EDEFAULT);
				return;
			case RensaPackage.CLAUSE_TEMPLATE__FLOWS_DOWN:
				setFlowsDown(FLOWS_DOWN_EDEFAULT);
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
			case RensaPackage.CLAUSE_TEMPLATE__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case RensaPackage.CLAUSE_TEMPLATE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case RensaPackage.CLAUSE_TEMPLATE__TITLE_JA:
				return TITLE_JA_EDEFAULT == null ? titleJa != null : !TITLE_JA_EDEFAULT.equals(titleJa);
			case RensaPackage.CLAUSE_TEMPLATE__WORDING:
				return WORDING_EDEFAULT == null ? wording != null : !WORDING_EDEFAULT.equals(wording);
			case RensaPackage.CLAUSE_TEMPLATE__WORDING_JA:
				return WORDING_JA_EDEFAULT == null ? wordingJa != null : !WORDING_JA_EDEFAULT.equals(wordingJa);
			case RensaPackage.CLAUSE_TEMPLATE__FLOWS_DOWN:
				return flowsDown != FLOWS_DOWN_EDEFAULT;
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
		result.append(", title: ");
		result.append(title);
		result.append(", titleJa: ");
		result.append(titleJa);
		result.append(", wording: ");
		result.append(wording);
		result.append(", wordingJa: ");
		result.append(wordingJa);
		result.append(", flowsDown: ");
		result.append(flowsDown);
		result.append(')');
		return result.toString();
	}

} //ClauseTemplateImpl
