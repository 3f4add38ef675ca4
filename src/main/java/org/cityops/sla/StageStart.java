package org.cityops.sla;

import java.time.Instant;

/**
 * What the case module tells when a stage starts.
 *
 * @param caseId the case
 * @param stage the stage that starts
 * @param categoryCode the case category (minor class code), or {@code null} when not known yet
 * @param areaCode where the case is: a micro-grid, grid or division code; decides the mode
 * @param urgent whether the case is urgent (紧急件): the urgent limits apply
 * @param startedAt when the stage started
 * @param dispatchedAt when the case was dispatched, or {@code null}; wartime sign, contact and
 * on-site limits count from it (when {@code null}: from the recorded completion of the dispatch
 * stage, or else from {@code startedAt})
 */
public record StageStart(String caseId, Stage stage, String categoryCode, String areaCode, boolean urgent,
		Instant startedAt, Instant dispatchedAt) {

	public StageStart {
		if (caseId == null || caseId.isBlank() || stage == null || areaCode == null || startedAt == null) {
			throw new IllegalArgumentException("A stage start needs a case, a stage, an area and a start time");
		}
	}

	public StageStart(String caseId, Stage stage, String categoryCode, String areaCode, boolean urgent,
			Instant startedAt) {
		this(caseId, stage, categoryCode, areaCode, urgent, startedAt, null);
	}
}
