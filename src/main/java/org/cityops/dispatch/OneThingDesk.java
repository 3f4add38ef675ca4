package org.cityops.dispatch;

import java.util.List;
import java.util.Optional;

/**
 * Runs "one thing" (一件事) handling standards on cases: the centre starts the standard a case
 * triggers, the platform opens a sub-task for every unit of the first step group at once (in
 * parallel, each on its own deadline), the next group opens when the previous one has closed, and
 * the case closes only when every sub-task has closed and the lead unit confirms by closing it.
 */
public interface OneThingDesk {

	/**
	 * Starts a standard on an escalated (or dispatched) case and hands the case to the standard's
	 * lead unit.
	 *
	 * @param standardCode the standard, e.g. {@code OT01}; {@code null} for the one the case's
	 * category and tags trigger
	 * @throws org.cityops.shared.web.InvalidInputException when no standard applies to the case
	 * @throws org.cityops.shared.web.ConflictException when a standard already runs on the case or
	 * its state does not allow it
	 */
	OneThingRun start(CaseId id, String standardCode, Actor actor);

	/**
	 * Closes a sub-task: the unit reports it done, or not needed (its condition did not hold).
	 *
	 * @throws org.cityops.shared.web.NotFoundException when the case has no such sub-task
	 * @throws org.cityops.shared.web.ConflictException when the sub-task is not open
	 */
	OneThingRun closeTask(CaseId id, long taskId, OneThingRun.Outcome outcome, String report, Actor actor);

	/** The standard running on a case, with its sub-tasks. */
	Optional<OneThingRun> run(CaseId id);

	/** Runs with a sub-task still waiting or open, the longest running first; at most {@code limit}. */
	List<OneThingRun> inProgress(int limit);

	/** Runs in which the unit has an open sub-task, the longest running first. */
	List<OneThingRun> openFor(String unitCode);
}
