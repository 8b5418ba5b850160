/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.rensa.model.Assessment;
import org.rensa.model.Organization;
import org.rensa.model.RensaPackage;
import org.rensa.model.Visit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Visit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.model.impl.VisitImpl#getOrganization <em>Organization</em>}</li>
 *   <li>{@link org.rensa.model.impl.VisitImpl#getAssessment <em>Assessment</em>}</li>
 *   <li>{@link org.rensa.model.impl.VisitImpl#getSite <em>Site</em>}</li>
 *   <li>{@link org.rensa.model.impl.VisitImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.rensa.model.impl.VisitImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.rensa.model.impl.VisitImpl#getAuditors <em>Auditors</em>}</li>
 *   <li>{@link org.rensa.model.impl.VisitImpl#getInterviewees <em>Interviewees</em>}</li>
 *   <li>{@link org.rensa.model.impl.VisitImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link org.rensa.model.impl.VisitImpl#getScopeJa <em>Scope Ja</em>}</li>
 *   <li>{@link org.rensa.model.impl.VisitImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.rensa.model.impl.VisitImpl#getNotesJa <em>Notes Ja</em>}</li>
 *   <li>{@link org.rensa.model.impl.VisitImpl#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.rensa.model.impl.VisitImpl#getObjectivesJa <em>Objectives Ja</em>}</li>
 *   <li>{@link org.rensa.model.impl.VisitImpl#getLimitations <em>Limitations</em>}</li>
 *   <li>{@link org.rensa.model.impl.VisitImpl#getLimitationsJa <em>Limitations Ja</em>}</li>
 *   <li>{@link org.rensa.model.impl.VisitImpl#getOpinion <em>Opinion</em>}</li>
 *   <li>{@link org.rensa.model.impl.VisitImpl#getOpinionJa <em>Opinion Ja</em>}</li>
 *   <li>{@link org.rensa.model.impl.VisitImpl#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.rensa.model.impl.VisitImpl#getReviewedOn <em>Reviewed On</em>}</li>
 *   <li>{@link org.rensa.model.impl.VisitImpl#getApprover <em>Approver</em>}</li>
 *   <li>{@link org.rensa.model.impl.VisitImpl#getApprovedOn <em>Approved On</em>}</li>
 *   <li>{@link org.rensa.model.impl.VisitImpl#getFollowUpOn <em>Follow Up On</em>}</li>
 *   <li>{@link org.rensa.model.impl.VisitImpl#getDistribution <em>Distribution</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VisitImpl extends IdentifiableImpl implements Visit {
	/**
	 * The cached value of the '{@link #getOrganization() <em>Organization</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganization()
	 * @generated
	 * @ordered
	 */
	protected Organization organization;

	/**
	 * The cached value of the '{@link #getAssessment() <em>Assessment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessment()
	 * @generated
	 * @ordered
	 */
	protected Assessment assessment;

	/**
	 * The default value of the '{@link #getSite() <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected static final String SITE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSite() <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected String site = SITE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endDate = END_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAuditors() <em>Auditors</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuditors()
	 * @generated
	 * @ordered
	 */
	protected EList<String> auditors;

	/**
	 * The cached value of the '{@link #getInterviewees() <em>Interviewees</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterviewees()
	 * @generated
	 * @ordered
	 */
	protected EList<String> interviewees;

	/**
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final String SCOPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected String scope = SCOPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getScopeJa() <em>Scope Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeJa()
	 * @generated
	 * @ordered
	 */
	protected static final String SCOPE_JA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScopeJa() <em>Scope Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeJa()
	 * @generated
	 * @ordered
	 */
	protected String scopeJa = SCOPE_JA_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotesJa() <em>Notes Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotesJa()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_JA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotesJa() <em>Notes Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotesJa()
	 * @generated
	 * @ordered
	 */
	protected String notesJa = NOTES_JA_EDEFAULT;

	/**
	 * The default value of the '{@link #getObjectives() <em>Objectives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectives()
	 * @generated
	 * @ordered
	 */
	protected static final String OBJECTIVES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObjectives() <em>Objectives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectives()
	 * @generated
	 * @ordered
	 */
	protected String objectives = OBJECTIVES_EDEFAULT;

	/**
	 * The default value of the '{@link #getObjectivesJa() <em>Objectives Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectivesJa()
	 * @generated
	 * @ordered
	 */
	protected static final String OBJECTIVES_JA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObjectivesJa() <em>Objectives Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectivesJa()
	 * @generated
	 * @ordered
	 */
	protected String objectivesJa = OBJECTIVES_JA_EDEFAULT;

	/**
	 * The default value of the '{@link #getLimitations() <em>Limitations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLimitations()
	 * @generated
	 * @ordered
	 */
	protected static final String LIMITATIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLimitations() <em>Limitations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLimitations()
	 * @generated
	 * @ordered
	 */
	protected String limitations = LIMITATIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLimitationsJa() <em>Limitations Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLimitationsJa()
	 * @generated
	 * @ordered
	 */
	protected static final String LIMITATIONS_JA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLimitationsJa() <em>Limitations Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLimitationsJa()
	 * @generated
	 * @ordered
	 */
	protected String limitationsJa = LIMITATIONS_JA_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpinion() <em>Opinion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpinion()
	 * @generated
	 * @ordered
	 */
	protected static final String OPINION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOpinion() <em>Opinion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpinion()
	 * @generated
	 * @ordered
	 */
	protected String opinion = OPINION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpinionJa() <em>Opinion Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpinionJa()
	 * @generated
	 * @ordered
	 */
	protected static final String OPINION_JA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOpinionJa() <em>Opinion Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpinionJa()
	 * @generated
	 * @ordered
	 */
	protected String opinionJa = OPINION_JA_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewer() <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEWER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewer() <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected String reviewer = REVIEWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewedOn() <em>Reviewed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REVIEWED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewedOn() <em>Reviewed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate reviewedOn = REVIEWED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getApprover() <em>Approver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprover()
	 * @generated
	 * @ordered
	 */
	protected static final String APPROVER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApprover() <em>Approver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprover()
	 * @generated
	 * @ordered
	 */
	protected String approver = APPROVER_EDEFAULT;

	/**
	 * The default value of the '{@link #getApprovedOn() <em>Approved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate APPROVED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApprovedOn() <em>Approved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate approvedOn = APPROVED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getFollowUpOn() <em>Follow Up On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowUpOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate FOLLOW_UP_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFollowUpOn() <em>Follow Up On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowUpOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate followUpOn = FOLLOW_UP_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDistribution() <em>Distribution</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDistribution()
	 * @generated
	 * @ordered
	 */
	protected EList<String> distribution;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VisitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RensaPackage.Literals.VISIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getOrganization() {
		if (organization != null && organization.eIsProxy()) {
			InternalEObject oldOrganization = (InternalEObject)organization;
			organization = (Organization)eResolveProxy(oldOrganization);
			if (organization != oldOrganization) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RensaPackage.VISIT__ORGANIZATION, oldOrganization, organization));
			}
		}
		return organization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organization basicGetOrganization() {
		return organization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganization(Organization newOrganization) {
		Organization oldOrganization = organization;
		organization = newOrganization;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.VISIT__ORGANIZATION, oldOrganization, organization));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assessment getAssessment() {
		if (assessment != null && assessment.eIsProxy()) {
			InternalEObject oldAssessment = (InternalEObject)assessment;
			assessment = (Assessment)eResolveProxy(oldAssessment);
			if (assessment != oldAssessment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RensaPackage.VISIT__ASSESSMENT, oldAssessment, assessment));
			}
		}
		return assessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Assessment basicGetAssessment() {
		return assessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssessment(Assessment newAssessment) {
		Assessment oldAssessment = assessment;
		assessment = newAssessment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.VISIT__ASSESSMENT, oldAssessment, assessment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSite() {
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSite(String newSite) {
		String oldSite = site;
		site = newSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.VISIT__SITE, oldSite, site));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate) {
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.VISIT__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndDate() {
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(LocalDate newEndDate) {
		LocalDate oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.VISIT__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAuditors() {
		if (auditors == null) {
			auditors = new EDataTypeUniqueEList<String>(String.class, this, RensaPackage.VISIT__AUDITORS);
		}
		return auditors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getInterviewees() {
		if (interviewees == null) {
			interviewees = new EDataTypeUniqueEList<String>(String.class, this, RensaPackage.VISIT__INTERVIEWEES);
		}
		return interviewees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(String newScope) {
		String oldScope = scope;
		scope = newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.VISIT__SCOPE, oldScope, scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScopeJa() {
		return scopeJa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScopeJa(String newScopeJa) {
		String oldScopeJa = scopeJa;
		scopeJa = newScopeJa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.VISIT__SCOPE_JA, oldScopeJa, scopeJa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.VISIT__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotesJa() {
		return notesJa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotesJa(String newNotesJa) {
		String oldNotesJa = notesJa;
		notesJa = newNotesJa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.VISIT__NOTES_JA, oldNotesJa, notesJa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getObjectives() {
		return objectives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjectives(String newObjectives) {
		String oldObjectives = objectives;
		objectives = newObjectives;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.VISIT__OBJECTIVES, oldObjectives, objectives));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getObjectivesJa() {
		return objectivesJa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjectivesJa(String newObjectivesJa) {
		String oldObjectivesJa = objectivesJa;
		objectivesJa = newObjectivesJa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.VISIT__OBJECTIVES_JA, oldObjectivesJa, objectivesJa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLimitations() {
		return limitations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLimitations(String newLimitations) {
		String oldLimitations = limitations;
		limitations = newLimitations;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.VISIT__LIMITATIONS, oldLimitations, limitations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLimitationsJa() {
		return limitationsJa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLimitationsJa(String newLimitationsJa) {
		String oldLimitationsJa = limitationsJa;
		limitationsJa = newLimitationsJa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.VISIT__LIMITATIONS_JA, oldLimitationsJa, limitationsJa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOpinion() {
		return opinion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpinion(String newOpinion) {
		String oldOpinion = opinion;
		opinion = newOpinion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.VISIT__OPINION, oldOpinion, opinion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOpinionJa() {
		return opinionJa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpinionJa(String newOpinionJa) {
		String oldOpinionJa = opinionJa;
		opinionJa = newOpinionJa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.VISIT__OPINION_JA, oldOpinionJa, opinionJa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewer() {
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewer(String newReviewer) {
		String oldReviewer = reviewer;
		reviewer = newReviewer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.VISIT__REVIEWER, oldReviewer, reviewer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getReviewedOn() {
		return reviewedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewedOn(LocalDate newReviewedOn) {
		LocalDate oldReviewedOn = reviewedOn;
		reviewedOn = newReviewedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.VISIT__REVIEWED_ON, oldReviewedOn, reviewedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getApprover() {
		return approver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprover(String newApprover) {
		String oldApprover = approver;
		approver = newApprover;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.VISIT__APPROVER, oldApprover, approver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getApprovedOn() {
		return approvedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovedOn(LocalDate newApprovedOn) {
		LocalDate oldApprovedOn = approvedOn;
		approvedOn = newApprovedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.VISIT__APPROVED_ON, oldApprovedOn, approvedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getFollowUpOn() {
		return followUpOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFollowUpOn(LocalDate newFollowUpOn) {
		LocalDate oldFollowUpOn = followUpOn;
		followUpOn = newFollowUpOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.VISIT__FOLLOW_UP_ON, oldFollowUpOn, followUpOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDistribution() {
		if (distribution == null) {
			distribution = new EDataTypeUniqueEList<String>(String.class, this, RensaPackage.VISIT__DISTRIBUTION);
		}
		return distribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RensaPackage.VISIT__ORGANIZATION:
				if (resolve) return getOrganization();
				return basicGetOrganization();
			case RensaPackage.VISIT__ASSESSMENT:
				if (resolve) return getAssessment();
				return basicGetAssessment();
			case RensaPackage.VISIT__SITE:
				return getSite();
			case RensaPackage.VISIT__START_DATE:
				return getStartDate();
			case RensaPackage.VISIT__END_DATE:
				return getEndDate();
			case RensaPackage.VISIT__AUDITORS:
				return getAuditors();
			case RensaPackage.VISIT__INTERVIEWEES:
				return getInterviewees();
			case RensaPackage.VISIT__SCOPE:
				return getScope();
			case RensaPackage.VISIT__SCOPE_JA:
				return getScopeJa();
			case RensaPackage.VISIT__NOTES:
				return getNotes();
			case RensaPackage.VISIT__NOTES_JA:
				return getNotesJa();
			case RensaPackage.VISIT__OBJECTIVES:
				return getObjectives();
			case RensaPackage.VISIT__OBJECTIVES_JA:
				return getObjectivesJa();
			case RensaPackage.VISIT__LIMITATIONS:
				return getLimitations();
			case RensaPackage.VISIT__LIMITATIONS_JA:
				return getLimitationsJa();
			case RensaPackage.VISIT__OPINION:
				return getOpinion();
			case RensaPackage.VISIT__OPINION_JA:
				return getOpinionJa();
			case RensaPackage.VISIT__REVIEWER:
				return getReviewer();
			case RensaPackage.VISIT__REVIEWED_ON:
				return getReviewedOn();
			case RensaPackage.VISIT__APPROVER:
				return getApprover();
			case RensaPackage.VISIT__APPROVED_ON:
				return getApprovedOn();
			case RensaPackage.VISIT__FOLLOW_UP_ON:
				return getFollowUpOn();
			case RensaPackage.VISIT__DISTRIBUTION:
				return getDistribution();
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
			case RensaPackage.VISIT__ORGANIZATION:
				setOrganization((Organization)newValue);
				return;
			case RensaPackage.VISIT__ASSESSMENT:
				setAssessment((Assessment)newValue);
				return;
			case RensaPackage.VISIT__SITE:
				setSite((String)newValue);
				return;
			case RensaPackage.VISIT__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case RensaPackage.VISIT__END_DATE:
				setEndDate((LocalDate)newValue);
				return;
			case RensaPackage.VISIT__AUDITORS:
				getAuditors().clear();
				getAuditors().addAll((Collection<? extends String>)newValue);
				return;
			case RensaPackage.VISIT__INTERVIEWEES:
				getInterviewees().clear();
				getInterviewees().addAll((Collection<? extends String>)newValue);
				return;
			case RensaPackage.VISIT__SCOPE:
				setScope((String)newValue);
				return;
			case RensaPackage.VISIT__SCOPE_JA:
				setScopeJa((String)newValue);
				return;
			case RensaPackage.VISIT__NOTES:
				setNotes((String)newValue);
				return;
			case RensaPackage.VISIT__NOTES_JA:
				setNotesJa((String)newValue);
				return;
			case RensaPackage.VISIT__OBJECTIVES:
				setObjectives((String)newValue);
				return;
			case RensaPackage.VISIT__OBJECTIVES_JA:
				setObjectivesJa((String)newValue);
				return;
			case RensaPackage.VISIT__LIMITATIONS:
				setLimitations((String)newValue);
				return;
			case RensaPackage.VISIT__LIMITATIONS_JA:
				setLimitationsJa((String)newValue);
				return;
			case RensaPackage.VISIT__OPINION:
				setOpinion((String)newValue);
				return;
			case RensaPackage.VISIT__OPINION_JA:
				setOpinionJa((String)newValue);
				return;
			case RensaPackage.VISIT__REVIEWER:
				setReviewer((String)newValue);
				return;
			case RensaPackage.VISIT__REVIEWED_ON:
				setReviewedOn((LocalDate)newValue);
				return;
			case RensaPackage.VISIT__APPROVER:
				setApprover((String)newValue);
				return;
			case RensaPackage.VISIT__APPROVED_ON:
				setApprovedOn((LocalDate)newValue);
				return;
			case RensaPackage.VISIT__FOLLOW_UP_ON:
				setFollowUpOn((LocalDate)newValue);
				return;
			case RensaPackage.VISIT__DISTRIBUTION:
				getDistribution().clear();
				getDistribution().addAll((Collection<? extends String>)newValue);
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
			case RensaPackage.VISIT__ORGANIZATION:
				setOrganization((Organization)null);
				return;
			case RensaPackage.VISIT__ASSESSMENT:
				setAssessment((Assessment)null);
				return;
			case RensaPackage.VISIT__SITE:
				setSite(SITE_EDEFAULT);
				return;
			case RensaPackage.VISIT__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case RensaPackage.VISIT__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case RensaPackage.VISIT__AUDITORS:
				getAuditors().clear();
				return;
			case RensaPackage.VISIT__INTERVIEWEES:
				getInterviewees().clear();
				return;
			case RensaPackage.VISIT__SCOPE:
				setScope(SCOPE_EDEFAULT);
				return;
			case RensaPackage.VISIT__SCOPE_JA:
				setScopeJa(SCOPE_JA_EDEFAULT);
				return;
			case RensaPackage.VISIT__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case RensaPackage.VISIT__NOTES_JA:
				setNotesJa(NOTES_JA_EDEFAULT);
				return;
			case RensaPackage.VISIT__OBJECTIVES:
				setObjectives(OBJECTIVES_EDEFAULT);
				return;
			case RensaPackage.VISIT__OBJECTIVES_JA:
				setObjectivesJa(OBJECTIVES_JA_EDEFAULT);
				return;
			case RensaPackage.VISIT__LIMITATIONS:
				setLimitations(LIMITATIONS_EDEFAULT);
				return;
			case RensaPackage.VISIT__LIMITATIONS_JA:
				setLimitationsJa(LIMITATIONS_JA_EDEFAULT);
				return;
			case RensaPackage.VISIT__OPINION:
				setOpinion(OPINION_EDEFAULT);
				return;
			case RensaPackage.VISIT__OPINION_JA:
				setOpinionJa(OPINION_JA_EDEFAULT);
				return;
			case RensaPackage.VISIT__REVIEWER:
				setReviewer(REVIEWER_EDEFAULT);
				return;
			case RensaPackage.VISIT__REVIEWED_ON:
				setReviewedOn(REVIEWED_ON_EDEFAULT);
				return;
			case RensaPackage.VISIT__APPROVER:
				setApprover(APPROVER_EDEFAULT);
				return;
			case RensaPackage.VISIT__APPROVED_ON:
				setApprovedOn(APPROVED_ON_EDEFAULT);
				return;
			case RensaPackage.VISIT__FOLLOW_UP_ON:
				setFollowUpOn(FOLLOW_UP_ON_EDEFAULT);
				return;
			case RensaPackage.VISIT__DISTRIBUTION:
				getDistribution().clear();
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
			case RensaPackage.VISIT__ORGANIZATION:
				return organization != null;
			case RensaPackage.VISIT__ASSESSMENT:
				return assessment != null;
			case RensaPackage.VISIT__SITE:
				return SITE_EDEFAULT == null ? site != null : !SITE_EDEFAULT.equals(site);
			case RensaPackage.VISIT__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case RensaPackage.VISIT__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case RensaPackage.VISIT__AUDITORS:
				return auditors != null && !auditors.isEmpty();
			case RensaPackage.VISIT__INTERVIEWEES:
				return interviewees != null && !interviewees.isEmpty();
			case RensaPackage.VISIT__SCOPE:
				return SCOPE_EDEFAULT == null ? scope != null : !SCOPE_EDEFAULT.equals(scope);
			case RensaPackage.VISIT__SCOPE_JA:
				return SCOPE_JA_EDEFAULT == null ? scopeJa != null : !SCOPE_JA_EDEFAULT.equals(scopeJa);
			case RensaPackage.VISIT__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case RensaPackage.VISIT__NOTES_JA:
				return NOTES_JA_EDEFAULT == null ? notesJa != null : !NOTES_JA_EDEFAULT.equals(notesJa);
			case RensaPackage.VISIT__OBJECTIVES:
				return OBJECTIVES_EDEFAULT == null ? objectives != null : !OBJECTIVES_EDEFAULT.equals(objectives);
			case RensaPackage.VISIT__OBJECTIVES_JA:
				return OBJECTIVES_JA_EDEFAULT == null ? objectivesJa != null : !OBJECTIVES_JA_EDEFAULT.equals(objectivesJa);
			case RensaPackage.VISIT__LIMITATIONS:
				return LIMITATIONS_EDEFAULT == null ? limitations != null : !LIMITATIONS_EDEFAULT.equals(limitations);
			case RensaPackage.VISIT__LIMITATIONS_JA:
				return LIMITATIONS_JA_EDEFAULT == null ? limitationsJa != null : !LIMITATIONS_JA_EDEFAULT.equals(limitationsJa);
			case RensaPackage.VISIT__OPINION:
				return OPINION_EDEFAULT == null ? opinion != null : !OPINION_EDEFAULT.equals(opinion);
			case RensaPackage.VISIT__OPINION_JA:
				return OPINION_JA_EDEFAULT == null ? opinionJa != null : !OPINION_JA_EDEFAULT.equals(opinionJa);
			case RensaPackage.VISIT__REVIEWER:
				return REVIEWER_EDEFAULT == null ? reviewer != null : !REVIEWER_EDEFAULT.equals(reviewer);
			case RensaPackage.VISIT__REVIEWED_ON:
				return REVIEWED_ON_EDEFAULT == null ? reviewedOn != null : !REVIEWED_ON_EDEFAULT.equals(reviewedOn);
			case RensaPackage.VISIT__APPROVER:
				return APPROVER_EDEFAULT == null ? approver != null : !APPROVER_EDEFAULT.equals(approver);
			case RensaPackage.VISIT__APPROVED_ON:
				return APPROVED_ON_EDEFAULT == null ? approvedOn != null : !APPROVED_ON_EDEFAULT.equals(approvedOn);
			case RensaPackage.VISIT__FOLLOW_UP_ON:
				return FOLLOW_UP_ON_EDEFAULT == null ? followUpOn != null : !FOLLOW_UP_ON_EDEFAULT.equals(followUpOn);
			case RensaPackage.VISIT__DISTRIBUTION:
				return distribution != null && !distribution.isEmpty();
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
		result.append(" (site: ");
		result.append(site);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(", auditors: ");
		result.append(auditors);
		result.append(", interviewees: ");
		result.append(interviewees);
		result.append(", scope: ");
		result.append(scope);
		result.append(", scopeJa: ");
		result.append(scopeJa);
		result.append(", notes: ");
		result.append(notes);
		result.append(", notesJa: ");
		result.append(notesJa);
		result.append(", objectives: ");
		result.append(objectives);
		result.append(", objectivesJa: ");
		result.append(objectivesJa);
		result.append(", limitations: ");
		result.append(limitations);
		result.append(", limitationsJa: ");
		result.append(limitationsJa);
		result.append(", opinion: ");
		result.append(opinion);
		result.append(", opinionJa: ");
		result.append(opinionJa);
		result.append(", reviewer: ");
		result.append(reviewer);
		result.append(", reviewedOn: ");
		result.append(reviewedOn);
		result.append(", approver: ");
		result.append(approver);
		result.append(", approvedOn: ");
		result.append(approvedOn);
		result.append(", followUpOn: ");
		result.append(followUpOn);
		result.append(", distribution: ");
		result.append(distribution);
		result.append(')');
		return result.toString();
	}

} //VisitImpl
