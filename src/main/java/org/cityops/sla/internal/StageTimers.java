package org.cityops.sla.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

/**
 * The two durable timers of a stage clock (warning and breach), kept by db-scheduler. Scheduling and
 * cancelling go through the caller's transaction, so a rolled-back case leaves no timer behind.
 */
@Component
class StageTimers {

	static final String TASK_NAME = "sla-stage-deadline";

	enum Kind {
		WARNING, BREACH
	}

	/** One timer: which clock, which alarm. Its task-instance id is {@code <clock id>/<kind>}. */
	record Alarm(UUID clockId, Kind kind) {

		static Alarm parse(String instanceId) {
			int slash = instanceId.indexOf('/');
			return new Alarm(UUID.fromString(instanceId.substring(0, slash)),
					Kind.valueOf(instanceId.substring(slash + 1)));
		}

		String instanceId() {
			return clockId + "/" + kind;
		}
	}

	private final SchedulerClient client;
	private final OneTimeTask<Void> task;

	StageTimers(SchedulerClient timerClient, OneTimeTask<Void> stageDeadlineTask) {
		this.client = timerClient;
		this.task = stageDeadlineTask;
	}

	void schedule(StageClock clock) {
		client.scheduleIfNotExists(task.instance(new Alarm(clock.id(), Kind.WARNING).instanceId()), clock.warningAt());
		client.scheduleIfNotExists(task.instance(new Alarm(clock.id(), Kind.BREACH).instanceId()), clock.dueAt());
	}

	/** Removes the clock's pending timers; one already running finds the clock ended and does nothing. */
	void cancel(StageClock clock) {
		for (Kind kind : Kind.values()) {
			TaskInstanceId id = TaskInstanceId.of(TASK_NAME, new Alarm(clock.id(), kind).instanceId());
			client.getScheduledExecution(id).filter(execution -> !execution.isPicked()).ifPresent(execution -> {
				try {
					client.cancel(id);
				}
				catch (TaskInstanceException alreadyTaken) {
					// picked or fired meanwhile: the alarm sees the ended clock and stays silent
				}
			});
		}
	}
}
