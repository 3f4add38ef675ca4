package org.cityops.sla;

import java.time.Instant;

/**
 * The clock of one stage of one case: when it started, when it warns and when it is due.
 *
 * @param caseId the case (the id given by the case module)
 * @param stage the stage
 * @param mode the mode in force in the case's area when the clock started
 * @param limit the limit applied
 * @param startedAt when the stage started
 * @param countedFrom when the limit starts counting (the dispatch for wartime sign, contact and on-site limits)
 * @param warningAt when the warning fires
 * @param dueAt when the stage is due
 * @param status running, on time, overdue or cancelled
 * @param completedAt when the stage completed or was cancelled, {@code null} while running
 * @param breached whether the deadline passed while the stage was running (a breach was announced)
 */
public record StageDeadline(String caseId, Stage stage, SlaMode mode, TimeLimit limit, Instant startedAt,
		Instant countedFrom, Instant warningAt, Instant dueAt, StageStatus status, Instant completedAt,
		boolean breached) {

	/** Whether the stage is (or was, when it completed) late at {@code now}. */
	public boolean overdueAt(Instant now) {
		return switch (status) {
			case OVERDUE -> true;
			case RUNNING -> now.isAfter(dueAt);
			default -> false;
		};
	}
}
