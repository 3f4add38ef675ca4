package org.cityops.sla;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Stage clocks for cases, and the area modes that decide their limits.
 *
 * <p>The case module calls the stage methods inside its own transaction: a rolled-back case leaves
 * no clock and no timer behind. Warnings and breaches are announced as
 * {@link StageDeadlineApproaching} and {@link StageDeadlineBreached}.
 */
public interface SlaManagement {

	/**
	 * Starts the clock of a stage and schedules its warning and breach timers. Starting a stage
	 * that is already running starts it again (the old clock is cancelled).
	 *
	 * @return the deadline, computed with the mode in force in the case's area now
	 */
	StageDeadline startStage(StageStart start);

	/**
	 * Completes a running stage and freezes its verdict (on time or overdue); cancels its timers.
	 * Completing it again returns the frozen verdict.
	 *
	 * @throws org.cityops.shared.web.NotFoundException when the stage was never started for the case
	 */
	StageDeadline completeStage(String caseId, Stage stage, Instant at);

	/**
	 * Completes the running clock of {@code completed} at {@code next.startedAt()}, freezing its
	 * verdict as {@link #completeStage} does, and starts {@code next} as {@link #startStage} does: the
	 * step of a case from one stage to the next. Nothing happens to {@code completed} when it is not
	 * running.
	 *
	 * @return the deadline of {@code next}
	 * @throws IllegalArgumentException when {@code next} is the stage it completes
	 */
	StageDeadline advance(Stage completed, StageStart next);

	/** Stops every running clock of a case (voided or suspended) without a verdict, and its timers. */
	List<StageDeadline> cancel(String caseId, Instant at);

	/** Every stage clock of a case, oldest first. */
	List<StageDeadline> deadlines(String caseId);

	/** The cases with a stage still running past its due time at {@code at} (超时未办). */
	Set<String> overdueCases(Instant at);

	/** The mode in force at a place (micro-grid, grid or division code): the most specific switched area wins. */
	SlaMode effectiveMode(String areaCode);

	/**
	 * Switches an area (the city 330300, a county, township or community code) to a mode. Applies to
	 * deadlines computed afterwards, not to running clocks.
	 *
	 * @throws org.cityops.shared.web.InvalidInputException when the area is not a known division
	 */
	AreaModeSwitch switchMode(String area, SlaMode mode, String switchedBy, String reason);

	/** The mode each switched area is in now, by area code. */
	List<AreaModeSwitch> currentModes();

	/** Every switch ever made, newest first. */
	List<AreaModeSwitch> modeHistory();
}
