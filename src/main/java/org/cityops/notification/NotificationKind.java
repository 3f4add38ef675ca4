package org.cityops.notification;

/**
 * What a notification is about.
 */
public enum NotificationKind {
	/** A case without a grid or category waits in the centre's manual queue. */
	CASE_QUEUED,
	/** A case was dispatched or reassigned to the recipient (or their unit), or their unit co-organises it. */
	CASE_ASSIGNED,
	/** A unit sent a case back to the centre. */
	CASE_RETURNED,
	/** A stage of a case the recipient has reached the warning share of its limit. */
	DEADLINE_APPROACHING,
	/** A stage of a case missed its deadline. */
	DEADLINE_BREACHED,
	/** Triage found a risk to life or property in a new case (fire, gas, someone threatening to jump, a crowd). */
	RISK_DETECTED,
	/** A case went up to the centre for consultation. */
	CASE_ESCALATED,
	/** The recipient's unit must answer for a missed deadline, a return or a failed verification. */
	ACCOUNTABILITY_OPENED,
	/** A case the recipient reported (or reported again, as a duplicate) was closed. */
	CASE_CLOSED
}
