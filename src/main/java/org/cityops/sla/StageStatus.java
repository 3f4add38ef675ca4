package org.cityops.sla;

/**
 * Where a stage clock stands. The on-time/overdue verdict is frozen when the stage completes.
 */
public enum StageStatus {

	/** Running: the stage has not completed yet (its deadline may already have passed). */
	RUNNING,
	/** 按时: completed at or before its deadline. */
	ON_TIME,
	/** 超时: completed after its deadline. */
	OVERDUE,
	/** Stopped without a verdict: the case was voided or suspended, or the stage was started again. */
	CANCELLED
}
