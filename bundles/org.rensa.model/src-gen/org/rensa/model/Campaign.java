/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Campaign</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An audit campaign, e.g. the annual supplier review of a fiscal year.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.model.Campaign#getName <em>Name</em>}</li>
 *   <li>{@link org.rensa.model.Campaign#getNameJa <em>Name Ja</em>}</li>
 *   <li>{@link org.rensa.model.Campaign#getFiscalYear <em>Fiscal Year</em>}</li>
 *   <li>{@link org.rensa.model.Campaign#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.rensa.model.Campaign#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.rensa.model.Campaign#getScope <em>Scope</em>}</li>
 *   <li>{@link org.rensa.model.Campaign#getChecklist <em>Checklist</em>}</li>
 *   <li>{@link org.rensa.model.Campaign#getOrganizations <em>Organizations</em>}</li>
 * </ul>
 *
 * @see org.rensa.model.RensaPackage#getCampaign()
 * @model
 * @generated
 */
public interface Campaign extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name in English.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.rensa.model.RensaPackage#getCampaign_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.rensa.model.Campaign#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Name Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name in Japanese.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name Ja</em>' attribute.
	 * @see #setNameJa(String)
	 * @see org.rensa.model.RensaPackage#getCampaign_NameJa()
	 * @model
	 * @generated
	 */
	String getNameJa();

	/**
	 * Sets the value of the '{@link org.rensa.model.Campaign#getNameJa <em>Name Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Ja</em>' attribute.
	 * @see #getNameJa()
	 * @generated
	 */
	void setNameJa(String value);

	/**
	 * Returns the value of the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fiscal year the campaign belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fiscal Year</em>' attribute.
	 * @see #setFiscalYear(int)
	 * @see org.rensa.model.RensaPackage#getCampaign_FiscalYear()
	 * @model
	 * @generated
	 */
	int getFiscalYear();

	/**
	 * Sets the value of the '{@link org.rensa.model.Campaign#getFiscalYear <em>Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fiscal Year</em>' attribute.
	 * @see #getFiscalYear()
	 * @generated
	 */
	void setFiscalYear(int value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day of the campaign.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.rensa.model.RensaPackage#getCampaign_StartDate()
	 * @model dataType="org.rensa.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.rensa.model.Campaign#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last day of the campaign.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see org.rensa.model.RensaPackage#getCampaign_EndDate()
	 * @model dataType="org.rensa.model.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.rensa.model.Campaign#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Description of the campaign's scope.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see #setScope(String)
	 * @see org.rensa.model.RensaPackage#getCampaign_Scope()
	 * @model
	 * @generated
	 */
	String getScope();

	/**
	 * Sets the value of the '{@link org.rensa.model.Campaign#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(String value);

	/**
	 * Returns the value of the '<em><b>Checklist</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The checklist used in the campaign.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Checklist</em>' reference.
	 * @see #setChecklist(Checklist)
	 * @see org.rensa.model.RensaPackage#getCampaign_Checklist()
	 * @model
	 * @generated
	 */
	Checklist getChecklist();

	/**
	 * Sets the value of the '{@link org.rensa.model.Campaign#getChecklist <em>Checklist</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checklist</em>' reference.
	 * @see #getChecklist()
	 * @generated
	 */
	void setChecklist(Checklist value);

	/**
	 * Returns the value of the '<em><b>Organizations</b></em>' reference list.
	 * The list contents are of type {@link org.rensa.model.Organization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Organisations in scope of the campaign.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organizations</em>' reference list.
	 * @see org.rensa.model.RensaPackage#getCampaign_Organizations()
	 * @model
	 * @generated
	 */
	EList<Organization> getOrganizations();

} // Campaign
