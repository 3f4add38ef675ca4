package org.cityops.sla.internal;

import java.time.Instant;
import java.util.UUID;

import org.cityops.sla.SlaMode;
import org.cityops.sla.Stage;
import org.cityops.sla.StageDeadline;
import org.cityops.sla.StageStatus;
import org.cityops.sla.TimeLimit;

/**
 * The stored clock of one stage of one case (table {@code sla.stage_clock}).
 */
record StageClock(UUID id, String caseId, Stage stage, String categoryCode, String areaCode, boolean urgent,
		SlaMode mode, TimeLimit limit, Instant startedAt, Instant countedFrom, Instant warningAt, Instant dueAt,
		StageStatus status, Instant completedAt, Instant warnedAt, Instant breachedAt) {

	StageDeadline deadline() {
		return new StageDeadline(caseId, stage, mode, limit, startedAt, countedFrom, warningAt, dueAt, status,
				completedAt, breachedAt != null);
	}
}
