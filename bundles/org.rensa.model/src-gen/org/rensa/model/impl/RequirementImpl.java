/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.rensa.model.RensaPackage;
import org.rensa.model.Requirement;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Requirement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.model.impl.RequirementImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.rensa.model.impl.RequirementImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.rensa.model.impl.RequirementImpl#getTitleJa <em>Title Ja</em>}</li>
 *   <li>{@link org.rensa.model.impl.RequirementImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.rensa.model.impl.RequirementImpl#getDescriptionJa <em>Description Ja</em>}</li>
 *   <li>{@link org.rensa.model.impl.RequirementImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.rensa.model.impl.RequirementImpl#getLevelLabel <em>Level Label</em>}</li>
 *   <li>{@link org.rensa.model.impl.RequirementImpl#getGuidance <em>Guidance</em>}</li>
 *   <li>{@link org.rensa.model.impl.RequirementImpl#getGuidanceJa <em>Guidance Ja</em>}</li>
 *   <li>{@link org.rensa.model.impl.RequirementImpl#getEvidenceHints <em>Evidence Hints</em>}</li>
 *   <li>{@link org.rensa.model.impl.RequirementImpl#getEvidenceHintsJa <em>Evidence Hints Ja</em>}</li>
 *   <li>{@link org.rensa.model.impl.RequirementImpl#getReferences <em>References</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RequirementImpl extends IdentifiableImpl implements Requirement {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescriptionJa() <em>Description Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionJa()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_JA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescriptionJa() <em>Description Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionJa()
	 * @generated
	 * @ordered
	 */
	protected String descriptionJa = DESCRIPTION_JA_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final int LEVEL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected int level = LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevelLabel() <em>Level Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevelLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LEVEL_LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLevelLabel() <em>Level Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevelLabel()
	 * @generated
	 * @ordered
	 */
	protected String levelLabel = LEVEL_LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getGuidance() <em>Guidance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuidance()
	 * @generated
	 * @ordered
	 */
	protected static final String GUIDANCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGuidance() <em>Guidance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuidance()
	 * @generated
	 * @ordered
	 */
	protected String guidance = GUIDANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGuidanceJa() <em>Guidance Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuidanceJa()
	 * @generated
	 * @ordered
	 */
	protected static final String GUIDANCE_JA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGuidanceJa() <em>Guidance Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuidanceJa()
	 * @generated
	 * @ordered
	 */
	protected String guidanceJa = GUIDANCE_JA_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidenceHints() <em>Evidence Hints</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceHints()
	 * @generated
	 * @ordered
	 */
	protected static final String EVIDENCE_HINTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidenceHints() <em>Evidence Hints</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceHints()
	 * @generated
	 * @ordered
	 */
	protected String evidenceHints = EVIDENCE_HINTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidenceHintsJa() <em>Evidence Hints Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceHintsJa()
	 * @generated
	 * @ordered
	 */
	protected static final String EVIDENCE_HINTS_JA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidenceHintsJa() <em>Evidence Hints Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceHintsJa()
	 * @generated
	 * @ordered
	 */
	protected String evidenceHintsJa = EVIDENCE_HINTS_JA_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReferences() <em>References</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferences()
	 * @generated
	 * @ordered
	 */
	protected EList<String> references;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RequirementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RensaPackage.Literals.REQUIREMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.REQUIREMENT__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.REQUIREMENT__TITLE, oldTitle, title));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.REQUIREMENT__TITLE_JA, oldTitleJa, titleJa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.REQUIREMENT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescriptionJa() {
		return descriptionJa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescriptionJa(String newDescriptionJa) {
		String oldDescriptionJa = descriptionJa;
		descriptionJa = newDescriptionJa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.REQUIREMENT__DESCRIPTION_JA, oldDescriptionJa, descriptionJa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(int newLevel) {
		int oldLevel = level;
		level = newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.REQUIREMENT__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLevelLabel() {
		return levelLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevelLabel(String newLevelLabel) {
		String oldLevelLabel = levelLabel;
		levelLabel = newLevelLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.REQUIREMENT__LEVEL_LABEL, oldLevelLabel, levelLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGuidance() {
		return guidance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuidance(String newGuidance) {
		String oldGuidance = guidance;
		guidance = newGuidance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.REQUIREMENT__GUIDANCE, oldGuidance, guidance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGuidanceJa() {
		return guidanceJa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuidanceJa(String newGuidanceJa) {
		String oldGuidanceJa = guidanceJa;
		guidanceJa = newGuidanceJa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.REQUIREMENT__GUIDANCE_JA, oldGuidanceJa, guidanceJa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvidenceHints() {
		return evidenceHints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidenceHints(String newEvidenceHints) {
		String oldEvidenceHints = evidenceHints;
		evidenceHints = newEvidenceHints;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.REQUIREMENT__EVIDENCE_HINTS, oldEvidenceHints, evidenceHints));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvidenceHintsJa() {
		return evidenceHintsJa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidenceHintsJa(String newEvidenceHintsJa) {
		String oldEvidenceHintsJa = evidenceHintsJa;
		evidenceHintsJa = newEvidenceHintsJa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.REQUIREMENT__EVIDENCE_HINTS_JA, oldEvidenceHintsJa, evidenceHintsJa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getReferences() {
		if (references == null) {
			references = new EDataTypeUniqueEList<String>(String.class, this, RensaPackage.REQUIREMENT__REFERENCES);
		}
		return references;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RensaPackage.REQUIREMENT__CODE:
				return getCode();
			case RensaPackage.REQUIREMENT__TITLE:
				return getTitle();
			case RensaPackage.REQUIREMENT__TITLE_JA:
				return getTitleJa();
			case RensaPackage.REQUIREMENT__DESCRIPTION:
				return getDescription();
			case RensaPackage.REQUIREMENT__DESCRIPTION_JA:
				return getDescriptionJa();
			case RensaPackage.REQUIREMENT__LEVEL:
				return getLevel();
			case RensaPackage.REQUIREMENT__LEVEL_LABEL:
				return getLevelLabel();
			case RensaPackage.REQUIREMENT__GUIDANCE:
				return getGuidance();
			case RensaPackage.REQUIREMENT__GUIDANCE_JA:
				return getGuidanceJa();
			case RensaPackage.REQUIREMENT__EVIDENCE_HINTS:
				return getEvidenceHints();
			case RensaPackage.REQUIREMENT__EVIDENCE_HINTS_JA:
				return getEvidenceHintsJa();
			case RensaPackage.REQUIREMENT__REFERENCES:
				return getReferences();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RensaPackage.REQUIREMENT__CODE:
				setCode((String)newValue);
				return;
			case RensaPackage.REQUIREMENT__TITLE:
				setTitle((String)newValue);
				return;
			case RensaPackage.REQUIREMENT__TITLE_JA:
				setTitleJa((String)newValue);
				return;
			case RensaPackage.REQUIREMENT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case RensaPackage.REQUIREMENT__DESCRIPTION_JA:
				setDescriptionJa((String)newValue);
				return;
			case RensaPackage.REQUIREMENT__LEVEL:
				setLevel((Integer)newValue);
				return;
			case RensaPackage.REQUIREMENT__LEVEL_LABEL:
				setLevelLabel((String)newValue);
				return;
			case RensaPackage.REQUIREMENT__GUIDANCE:
				setGuidance((String)newValue);
				return;
			case RensaPackage.REQUIREMENT__GUIDANCE_JA:
				setGuidanceJa((String)newValue);
				return;
			case RensaPackage.REQUIREMENT__EVIDENCE_HINTS:
				setEvidenceHints((String)newValue);
				return;
			case RensaPackage.REQUIREMENT__EVIDENCE_HINTS_JA:
				setEvidenceHintsJa((String)newValue);
				return;
			case RensaPackage.REQUIREMENT__REFERENCES:
				getReferences().clear();
				getReferences().addAll((Collection<? extends String>)newValue);
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
			case RensaPackage.REQUIREMENT__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case RensaPackage.REQUIREMENT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case RensaPackage.REQUIREMENT__TITLE_JA:
				setTitleJa(TITLE_JA_EDEFAULT);
				return;
			case RensaPackage.REQUIREMENT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case RensaPackage.REQUIREMENT__DESCRIPTION_JA:
				setDescriptionJa(DESCRIPTION_JA_EDEFAULT);
				return;
			case RensaPackage.REQUIREMENT__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case RensaPackage.REQUIREMENT__LEVEL_LABEL:
				setLevelLabel(LEVEL_LABEL_EDEFAULT);
				return;
			case RensaPackage.REQUIREMENT__GUIDANCE:
				setGuidance(GUIDANCE_EDEFAULT);
				return;
			case RensaPackage.REQUIREMENT__GUIDANCE_JA:
				setGuidanceJa(GUIDANCE_JA_EDEFAULT);
				return;
			case RensaPackage.REQUIREMENT__EVIDENCE_HINTS:
				setEvidenceHints(EVIDENCE_HINTS_EDEFAULT);
				return;
			case RensaPackage.REQUIREMENT__EVIDENCE_HINTS_JA:
				setEvidenceHintsJa(EVIDENCE_HINTS_JA_EDEFAULT);
				return;
			case RensaPackage.REQUIREMENT__REFERENCES:
				getReferences().clear();
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
			case RensaPackage.REQUIREMENT__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case RensaPackage.REQUIREMENT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case RensaPackage.REQUIREMENT__TITLE_JA:
				return TITLE_JA_EDEFAULT == null ? titleJa != null : !TITLE_JA_EDEFAULT.equals(titleJa);
			case RensaPackage.REQUIREMENT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case RensaPackage.REQUIREMENT__DESCRIPTION_JA:
				return DESCRIPTION_JA_EDEFAULT == null ? descriptionJa != null : !DESCRIPTION_JA_EDEFAULT.equals(descriptionJa);
			case RensaPackage.REQUIREMENT__LEVEL:
				return level != LEVEL_EDEFAULT;
			case RensaPackage.REQUIREMENT__LEVEL_LABEL:
				return LEVEL_LABEL_EDEFAULT == null ? levelLabel != null : !LEVEL_LABEL_EDEFAULT.equals(levelLabel);
			case RensaPackage.REQUIREMENT__GUIDANCE:
				return GUIDANCE_EDEFAULT == null ? guidance != null : !GUIDANCE_EDEFAULT.equals(guidance);
			case RensaPackage.REQUIREMENT__GUIDANCE_JA:
				return GUIDANCE_JA_EDEFAULT == null ? guidanceJa != null : !GUIDANCE_JA_EDEFAULT.equals(guidanceJa);
			case RensaPackage.REQUIREMENT__EVIDENCE_HINTS:
				return EVIDENCE_HINTS_EDEFAULT == null ? evidenceHints != null : !EVIDENCE_HINTS_EDEFAULT.equals(evidenceHints);
			case RensaPackage.REQUIREMENT__EVIDENCE_HINTS_JA:
				return EVIDENCE_HINTS_JA_EDEFAULT == null ? evidenceHintsJa != null : !EVIDENCE_HINTS_JA_EDEFAULT.equals(evidenceHintsJa);
			case RensaPackage.REQUIREMENT__REFERENCES:
				return references != null && !references.isEmpty();
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
		result.append(" (code: ");
		result.append(code);
		result.append(", title: ");
		result.append(title);
		result.append(", titleJa: ");
		result.append(titleJa);
		result.append(", description: ");
		result.append(description);
		result.append(", descriptionJa: ");
		result.append(descriptionJa);
		result.append(", level: ");
		result.append(level);
		result.append(", levelLabel: ");
		result.append(levelLabel);
		result.append(", guidance: ");
		result.append(guidance);
		result.append(", guidanceJa: ");
		result.append(guidanceJa);
		result.append(", evidenceHints: ");
		result.append(evidenceHints);
		result.append(", evidenceHintsJa: ");
		result.append(evidenceHintsJa);
		result.append(", references: ");
		result.append(references);
		result.append(')');
		return result.toString();
	}

} //RequirementImpl
