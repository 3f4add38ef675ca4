package org.cityops.dispatch;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A "one thing" standard running on a case.
 *
 * @param variant the standard's variant for the case's category (e.g. {@code CONSTRUCTION} noise),
 * {@code null} for its default handling
 * @param leadUnit the unit that leads (主办) and confirms the closing
 * @param rules the rules of the standard (or variant) that apply, as written in the standard
 * @param tasks the sub-tasks, by step group then unit
 */
public record OneThingRun(CaseId caseId, String standardCode, String standardName, String variant,
		String leadUnit, String leadUnitName, Instant startedAt, String startedBy, List<String> rules,
		List<Task> tasks) {

	public OneThingRun {
		rules = List.copyOf(rules);
		tasks = List.copyOf(tasks);
	}

	/** Whether every sub-task has closed, done or not needed. */
	@JsonProperty
	public boolean allClosed() {
		return tasks.stream().allMatch(Task::closed);
	}

	/** The step group now running, or 0 when every sub-task has closed. */
	@JsonProperty
	public int currentGroup() {
		return tasks.stream().filter(task -> task.state() == TaskState.OPEN).mapToInt(Task::group).min().orElse(0);
	}

	public enum TaskState {
		/** Its step group has not started yet. */
		WAITING,
		OPEN,
		DONE,
		/** Its condition did not hold (e.g. no night-time noise), with the unit's reason. */
		NOT_NEEDED
	}

	/** How a unit closes its sub-task. */
	public enum Outcome {
		DONE, NOT_NEEDED
	}

	/**
	 * One unit's part.
	 *
	 * @param group the step group: groups run one after another, the tasks of a group in parallel
	 * @param action what the unit does
	 * @param done the completion criterion
	 * @param condition when the step is needed at all, {@code null} when always
	 * @param timeLimit the step's limit in the standard's notation ({@code 4h}, {@code 1d}, {@code PT30M})
	 * @param overdue whether it is open past its deadline, or closed after it
	 */
	public record Task(long id, int group, String unitCode, String unitName, String action, String done,
			String condition, String timeLimit, TaskState state, Instant openedAt, Instant dueAt, Instant closedAt,
			String closedBy, String report, boolean overdue) {

		@JsonIgnore
		public boolean closed() {
			return state == TaskState.DONE || state == TaskState.NOT_NEEDED;
		}
	}
}
