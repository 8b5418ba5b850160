/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Requirement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A single control or requirement (要求事項) of a checklist.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.model.Requirement#getCode <em>Code</em>}</li>
 *   <li>{@link org.rensa.model.Requirement#getTitle <em>Title</em>}</li>
 *   <li>{@link org.rensa.model.Requirement#getTitleJa <em>Title Ja</em>}</li>
 *   <li>{@link org.rensa.model.Requirement#getDescription <em>Description</em>}</li>
 *   <li>{@link org.rensa.model.Requirement#getDescriptionJa <em>Description Ja</em>}</li>
 *   <li>{@link org.rensa.model.Requirement#getLevel <em>Level</em>}</li>
 *   <li>{@link org.rensa.model.Requirement#getLevelLabel <em>Level Label</em>}</li>
 *   <li>{@link org.rensa.model.Requirement#getGuidance <em>Guidance</em>}</li>
 *   <li>{@link org.rensa.model.Requirement#getGuidanceJa <em>Guidance Ja</em>}</li>
 *   <li>{@link org.rensa.model.Requirement#getEvidenceHints <em>Evidence Hints</em>}</li>
 *   <li>{@link org.rensa.model.Requirement#getEvidenceHintsJa <em>Evidence Hints Ja</em>}</li>
 *   <li>{@link org.rensa.model.Requirement#getReferences <em>References</em>}</li>
 * </ul>
 *
 * @see org.rensa.model.RensaPackage#getRequirement()
 * @model
 * @generated
 */
public interface Requirement extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The catalogue's own identifier, e.g. "1.2" or "AC-2".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.rensa.model.RensaPackage#getRequirement_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.rensa.model.Requirement#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title in English.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.rensa.model.RensaPackage#getRequirement_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.rensa.model.Requirement#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Title Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title in Japanese.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title Ja</em>' attribute.
	 * @see #setTitleJa(String)
	 * @see org.rensa.model.RensaPackage#getRequirement_TitleJa()
	 * @model
	 * @generated
	 */
	String getTitleJa();

	/**
	 * Sets the value of the '{@link org.rensa.model.Requirement#getTitleJa <em>Title Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title Ja</em>' attribute.
	 * @see #getTitleJa()
	 * @generated
	 */
	void setTitleJa(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Requirement text in English.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.rensa.model.RensaPackage#getRequirement_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.rensa.model.Requirement#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Description Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Requirement text in Japanese.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description Ja</em>' attribute.
	 * @see #setDescriptionJa(String)
	 * @see org.rensa.model.RensaPackage#getRequirement_DescriptionJa()
	 * @model
	 * @generated
	 */
	String getDescriptionJa();

	/**
	 * Sets the value of the '{@link org.rensa.model.Requirement#getDescriptionJa <em>Description Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description Ja</em>' attribute.
	 * @see #getDescriptionJa()
	 * @generated
	 */
	void setDescriptionJa(String value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Numeric level for graded catalogues (higher is stricter).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see #setLevel(int)
	 * @see org.rensa.model.RensaPackage#getRequirement_Level()
	 * @model
	 * @generated
	 */
	int getLevel();

	/**
	 * Sets the value of the '{@link org.rensa.model.Requirement#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(int value);

	/**
	 * Returns the value of the '<em><b>Level Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Level as printed in the catalogue, e.g. "★3".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level Label</em>' attribute.
	 * @see #setLevelLabel(String)
	 * @see org.rensa.model.RensaPackage#getRequirement_LevelLabel()
	 * @model
	 * @generated
	 */
	String getLevelLabel();

	/**
	 * Sets the value of the '{@link org.rensa.model.Requirement#getLevelLabel <em>Level Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level Label</em>' attribute.
	 * @see #getLevelLabel()
	 * @generated
	 */
	void setLevelLabel(String value);

	/**
	 * Returns the value of the '<em><b>Guidance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Guidance for respondents and auditors in English.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Guidance</em>' attribute.
	 * @see #setGuidance(String)
	 * @see org.rensa.model.RensaPackage#getRequirement_Guidance()
	 * @model
	 * @generated
	 */
	String getGuidance();

	/**
	 * Sets the value of the '{@link org.rensa.model.Requirement#getGuidance <em>Guidance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guidance</em>' attribute.
	 * @see #getGuidance()
	 * @generated
	 */
	void setGuidance(String value);

	/**
	 * Returns the value of the '<em><b>Guidance Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Guidance for respondents and auditors in Japanese.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Guidance Ja</em>' attribute.
	 * @see #setGuidanceJa(String)
	 * @see org.rensa.model.RensaPackage#getRequirement_GuidanceJa()
	 * @model
	 * @generated
	 */
	String getGuidanceJa();

	/**
	 * Sets the value of the '{@link org.rensa.model.Requirement#getGuidanceJa <em>Guidance Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guidance Ja</em>' attribute.
	 * @see #getGuidanceJa()
	 * @generated
	 */
	void setGuidanceJa(String value);

	/**
	 * Returns the value of the '<em><b>Evidence Hints</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What evidence typically demonstrates conformity, in English.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence Hints</em>' attribute.
	 * @see #setEvidenceHints(String)
	 * @see org.rensa.model.RensaPackage#getRequirement_EvidenceHints()
	 * @model
	 * @generated
	 */
	String getEvidenceHints();

	/**
	 * Sets the value of the '{@link org.rensa.model.Requirement#getEvidenceHints <em>Evidence Hints</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence Hints</em>' attribute.
	 * @see #getEvidenceHints()
	 * @generated
	 */
	void setEvidenceHints(String value);

	/**
	 * Returns the value of the '<em><b>Evidence Hints Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What evidence typically demonstrates conformity, in Japanese.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence Hints Ja</em>' attribute.
	 * @see #setEvidenceHintsJa(String)
	 * @see org.rensa.model.RensaPackage#getRequirement_EvidenceHintsJa()
	 * @model
	 * @generated
	 */
	String getEvidenceHintsJa();

	/**
	 * Sets the value of the '{@link org.rensa.model.Requirement#getEvidenceHintsJa <em>Evidence Hints Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence Hints Ja</em>' attribute.
	 * @see #getEvidenceHintsJa()
	 * @generated
	 */
	void setEvidenceHintsJa(String value);

	/**
	 * Returns the value of the '<em><b>References</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mappings to other frameworks, e.g. "NIST CSF PR.AA-01".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>References</em>' attribute list.
	 * @see org.rensa.model.RensaPackage#getRequirement_References()
	 * @model
	 * @generated
	 */
	EList<String> getReferences();

} // Requirement
