package org.cityops.dispatch;

import java.time.Instant;
import java.util.List;

/**
 * The centre's desk for escalated cases: consultations, and dispatch to a lead unit with
 * co-organisers whose parts must all be reported before the lead closes the case.
 */
public interface EscalationDesk {

	/** The participants a consultation held now would have: the duty team on the roster. */
	List<Consultation.Participant> participantsOnDuty(Instant at);

	/**
	 * Records a consultation and dispatches the case to the lead unit, opening a task for each
	 * co-organiser.
	 *
	 * @param participants who took part; when empty, the duty team on the roster
	 * @param coDueAt when the co-organisers' parts are due, {@code null} for the default
	 */
	CaseDetails consult(CaseId id, String decision, String leadUnit, List<String> coUnits,
			List<Consultation.Participant> participants, Instant coDueAt, Actor actor);

	/** A co-organiser reports its part. */
	CaseDetails reportCoTask(CaseId id, String unitCode, String report, Actor actor);

	List<Consultation> consultations(CaseId id);
}
