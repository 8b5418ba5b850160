/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.rensa.model.ActionStatus;
import org.rensa.model.Evidence;
import org.rensa.model.Finding;
import org.rensa.model.RemediationAction;
import org.rensa.model.RensaPackage;

import org.rensa.model.derived.RemediationDeadlines;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Remediation Action</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.model.impl.RemediationActionImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.rensa.model.impl.RemediationActionImpl#getFinding <em>Finding</em>}</li>
 *   <li>{@link org.rensa.model.impl.RemediationActionImpl#getAction <em>Action</em>}</li>
 *   <li>{@link org.rensa.model.impl.RemediationActionImpl#getActionJa <em>Action Ja</em>}</li>
 *   <li>{@link org.rensa.model.impl.RemediationActionImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.rensa.model.impl.RemediationActionImpl#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.rensa.model.impl.RemediationActionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rensa.model.impl.RemediationActionImpl#getCompletedOn <em>Completed On</em>}</li>
 *   <li>{@link org.rensa.model.impl.RemediationActionImpl#getClosureEvidence <em>Closure Evidence</em>}</li>
 *   <li>{@link org.rensa.model.impl.RemediationActionImpl#getSupplierComment <em>Supplier Comment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RemediationActionImpl extends IdentifiableImpl implements RemediationAction {
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
	 * The cached value of the '{@link #getFinding() <em>Finding</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinding()
	 * @generated
	 * @ordered
	 */
	protected Finding finding;

	/**
	 * The default value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected String action = ACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getActionJa() <em>Action Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActionJa()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTION_JA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActionJa() <em>Action Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActionJa()
	 * @generated
	 * @ordered
	 */
	protected String actionJa = ACTION_JA_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DUE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dueDate = DUE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ActionStatus STATUS_EDEFAULT = ActionStatus.PLANNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ActionStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompletedOn() <em>Completed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate COMPLETED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompletedOn() <em>Completed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate completedOn = COMPLETED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getClosureEvidence() <em>Closure Evidence</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosureEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<Evidence> closureEvidence;

	/**
	 * The default value of the '{@link #getSupplierComment() <em>Supplier Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupplierComment()
	 * @generated
	 * @ordered
	 */
	protected static final String SUPPLIER_COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupplierComment() <em>Supplier Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupplierComment()
	 * @generated
	 * @ordered
	 */
	protected String supplierComment = SUPPLIER_COMMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RemediationActionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RensaPackage.Literals.REMEDIATION_ACTION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.REMEDIATION_ACTION__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Finding getFinding() {
		if (finding != null && finding.eIsProxy()) {
			InternalEObject oldFinding = (InternalEObject)finding;
			finding = (Finding)eResolveProxy(oldFinding);
			if (finding != oldFinding) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RensaPackage.REMEDIATION_ACTION__FINDING, oldFinding, finding));
			}
		}
		return finding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Finding basicGetFinding() {
		return finding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFinding(Finding newFinding, NotificationChain msgs) {
		Finding oldFinding = finding;
		finding = newFinding;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RensaPackage.REMEDIATION_ACTION__FINDING, oldFinding, newFinding);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinding(Finding newFinding) {
		if (newFinding != finding) {
			NotificationChain msgs = null;
			if (finding != null)
				msgs = ((InternalEObject)finding).eInverseRemove(this, RensaPackage.FINDING__ACTIONS, Finding.class, msgs);
			if (newFinding != null)
				msgs = ((InternalEObject)newFinding).eInverseAdd(this, RensaPackage.FINDING__ACTIONS, Finding.class, msgs);
			msgs = basicSetFinding(newFinding, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.REMEDIATION_ACTION__FINDING, newFinding, newFinding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAction() {
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(String newAction) {
		String oldAction = action;
		action = newAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.REMEDIATION_ACTION__ACTION, oldAction, action));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActionJa() {
		return actionJa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActionJa(String newActionJa) {
		String oldActionJa = actionJa;
		actionJa = newActionJa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.REMEDIATION_ACTION__ACTION_JA, oldActionJa, actionJa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner) {
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.REMEDIATION_ACTION__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDueDate() {
		return dueDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueDate(LocalDate newDueDate) {
		LocalDate oldDueDate = dueDate;
		dueDate = newDueDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.REMEDIATION_ACTION__DUE_DATE, oldDueDate, dueDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ActionStatus newStatus) {
		ActionStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.REMEDIATION_ACTION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getCompletedOn() {
		return completedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompletedOn(LocalDate newCompletedOn) {
		LocalDate oldCompletedOn = completedOn;
		completedOn = newCompletedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.REMEDIATION_ACTION__COMPLETED_ON, oldCompletedOn, completedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Evidence> getClosureEvidence() {
		if (closureEvidence == null) {
			closureEvidence = new EObjectResolvingEList<Evidence>(Evidence.class, this, RensaPackage.REMEDIATION_ACTION__CLOSURE_EVIDENCE);
		}
		return closureEvidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSupplierComment() {
		return supplierComment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupplierComment(String newSupplierComment) {
		String oldSupplierComment = supplierComment;
		supplierComment = newSupplierComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.REMEDIATION_ACTION__SUPPLIER_COMMENT, oldSupplierComment, supplierComment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOverdue(final LocalDate today) {
		return RemediationDeadlines.isOverdue(this, today);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RensaPackage.REMEDIATION_ACTION__FINDING:
				if (finding != null)
					msgs = ((InternalEObject)finding).eInverseRemove(this, RensaPackage.FINDING__ACTIONS, Finding.class, msgs);
				return basicSetFinding((Finding)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RensaPackage.REMEDIATION_ACTION__FINDING:
				return basicSetFinding(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RensaPackage.REMEDIATION_ACTION__CODE:
				return getCode();
			case RensaPackage.REMEDIATION_ACTION__FINDING:
				if (resolve) return getFinding();
				return basicGetFinding();
			case RensaPackage.REMEDIATION_ACTION__ACTION:
				return getAction();
			case RensaPackage.REMEDIATION_ACTION__ACTION_JA:
				return getActionJa();
			case RensaPackage.REMEDIATION_ACTION__OWNER:
				return getOwner();
			case RensaPackage.REMEDIATION_ACTION__DUE_DATE:
				return getDueDate();
			case RensaPackage.REMEDIATION_ACTION__STATUS:
				return getStatus();
			case RensaPackage.REMEDIATION_ACTION__COMPLETED_ON:
				return getCompletedOn();
			case RensaPackage.REMEDIATION_ACTION__CLOSURE_EVIDENCE:
				return getClosureEvidence();
			case RensaPackage.REMEDIATION_ACTION__SUPPLIER_COMMENT:
				return getSupplierComment();
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
			case RensaPackage.REMEDIATION_ACTION__CODE:
				setCode((String)newValue);
				return;
			case RensaPackage.REMEDIATION_ACTION__FINDING:
				setFinding((Finding)newValue);
				return;
			case RensaPackage.REMEDIATION_ACTION__ACTION:
				setAction((String)newValue);
				return;
			case RensaPackage.REMEDIATION_ACTION__ACTION_JA:
				setActionJa((String)newValue);
				return;
			case RensaPackage.REMEDIATION_ACTION__OWNER:
				setOwner((String)newValue);
				return;
			case RensaPackage.REMEDIATION_ACTION__DUE_DATE:
				setDueDate((LocalDate)newValue);
				return;
			case RensaPackage.REMEDIATION_ACTION__STATUS:
				setStatus((ActionStatus)newValue);
				return;
			case RensaPackage.REMEDIATION_ACTION__COMPLETED_ON:
				setCompletedOn((LocalDate)newValue);
				return;
			case RensaPackage.REMEDIATION_ACTION__CLOSURE_EVIDENCE:
				getClosureEvidence().clear();
				getClosureEvidence().addAll((Collection<? extends Evidence>)newValue);
				return;
			case RensaPackage.REMEDIATION_ACTION__SUPPLIER_COMMENT:
				setSupplierComment((String)newValue);
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
			case RensaPackage.REMEDIATION_ACTION__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case RensaPackage.REMEDIATION_ACTION__FINDING:
				setFinding((Finding)null);
				return;
			case RensaPackage.REMEDIATION_ACTION__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case RensaPackage.REMEDIATION_ACTION__ACTION_JA:
				setActionJa(ACTION_JA_EDEFAULT);
				return;
			case RensaPackage.REMEDIATION_ACTION__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case RensaPackage.REMEDIATION_ACTION__DUE_DATE:
				setDueDate(DUE_DATE_EDEFAULT);
				return;
			case RensaPackage.REMEDIATION_ACTION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case RensaPackage.REMEDIATION_ACTION__COMPLETED_ON:
				setCompletedOn(COMPLETED_ON_EDEFAULT);
				return;
			case RensaPackage.REMEDIATION_ACTION__CLOSURE_EVIDENCE:
				getClosureEvidence().clear();
				return;
			case RensaPackage.REMEDIATION_ACTION__SUPPLIER_COMMENT:
				setSupplierComment(SUPPLIER_COMMENT_EDEFAULT);
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
			case RensaPackage.REMEDIATION_ACTION__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case RensaPackage.REMEDIATION_ACTION__FINDING:
				return finding != null;
			case RensaPackage.REMEDIATION_ACTION__ACTION:
				return ACTION_EDEFAULT == null ? action != null : !ACTION_EDEFAULT.equals(action);
			case RensaPackage.REMEDIATION_ACTION__ACTION_JA:
				return ACTION_JA_EDEFAULT == null ? actionJa != null : !ACTION_JA_EDEFAULT.equals(actionJa);
			case RensaPackage.REMEDIATION_ACTION__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case RensaPackage.REMEDIATION_ACTION__DUE_DATE:
				return DUE_DATE_EDEFAULT == null ? dueDate != null : !DUE_DATE_EDEFAULT.equals(dueDate);
			case RensaPackage.REMEDIATION_ACTION__STATUS:
				return status != STATUS_EDEFAULT;
			case RensaPackage.REMEDIATION_ACTION__COMPLETED_ON:
				return COMPLETED_ON_EDEFAULT == null ? completedOn != null : !COMPLETED_ON_EDEFAULT.equals(completedOn);
			case RensaPackage.REMEDIATION_ACTION__CLOSURE_EVIDENCE:
				return closureEvidence != null && !closureEvidence.isEmpty();
			case RensaPackage.REMEDIATION_ACTION__SUPPLIER_COMMENT:
				return SUPPLIER_COMMENT_EDEFAULT == null ? supplierComment != null : !SUPPLIER_COMMENT_EDEFAULT.equals(supplierComment);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case RensaPackage.REMEDIATION_ACTION___IS_OVERDUE__LOCALDATE:
				return isOverdue((LocalDate)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(", action: ");
		result.append(action);
		result.append(", actionJa: ");
		result.append(actionJa);
		result.append(", owner: ");
		result.append(owner);
		result.append(", dueDate: ");
		result.append(dueDate);
		result.append(", status: ");
		result.append(status);
		result.append(", completedOn: ");
		result.append(completedOn);
		result.append(", supplierComment: ");
		result.append(supplierComment);
		result.append(')');
		return result.toString();
	}

} //RemediationActionImpl
