package org.cityops.dispatch;

import java.util.List;

/**
 * The responsibility loop (责任闭环): accountability records and their answers.
 */
public interface ResponsibilityLoop {

	/** Records of a unit, newest first; {@code openOnly} leaves out accepted ones. */
	List<AccountabilityRecord> ofUnit(String unitCode, boolean openOnly);

	List<AccountabilityRecord> ofCase(CaseId caseId);

	/**
	 * The unit answers (explains and says what it changed).
	 *
	 * @throws org.springframework.security.access.AccessDeniedException unless the actor works in the unit
	 */
	AccountabilityRecord answer(long recordId, String answer, Actor actor);

	/**
	 * A supervisor accepts the answer (the record closes) or sends it back (open again).
	 *
	 * @throws org.springframework.security.access.AccessDeniedException unless the actor supervises
	 */
	AccountabilityRecord review(long recordId, boolean accepted, String note, Actor actor);
}
