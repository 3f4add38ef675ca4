package org.cityops.sla.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
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

	/**
	 * Schedules the clock's timers. Inside a transaction they are written just before it commits, and
	 * only if the clock is still running then: a stage started and completed in one transaction (a
	 * case accepted and dispatched on arrival) costs no timer rows at all.
	 */
	void schedule(StageClock clock) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			pendingInThisTransaction().put(clock.id(), clock);
		}
		else {
			write(List.of(clock));
		}
	}

	/** Removes the clock's pending timers; one already running finds the clock ended and does nothing. */
	void cancel(StageClock clock) {
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& pendingInThisTransaction().remove(clock.id()) != null) {
			return;
		}
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

	/*
	 * One batched insert for all the clocks' timers: a clock's id is new when it starts and it is
	 * scheduled once, so no timer can exist already (db-scheduler's if-not-exists would read first).
	 */
	private void write(Collection<StageClock> clocks) {
		List<SchedulableInstance<?>> alarms = new ArrayList<>(2 * clocks.size());
		for (StageClock clock : clocks) {
			alarms.add(SchedulableInstance.of(task.instance(new Alarm(clock.id(), Kind.WARNING).instanceId()),
					clock.warningAt()));
			alarms.add(SchedulableInstance.of(task.instance(new Alarm(clock.id(), Kind.BREACH).instanceId()),
					clock.dueAt()));
		}
		if (!alarms.isEmpty()) {
			client.scheduleBatch(alarms);
		}
	}

	/** The timers of this transaction not written yet (each transaction, nested ones too, has its own). */
	private Map<UUID, StageClock> pendingInThisTransaction() {
		for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
			if (registered instanceof PendingTimers pending && pending.owner() == this) {
				return pending.clocks();
			}
		}
		PendingTimers pending = new PendingTimers(this, new LinkedHashMap<>());
		TransactionSynchronizationManager.registerSynchronization(pending);
		return pending.clocks();
	}

	private record PendingTimers(StageTimers owner, Map<UUID, StageClock> clocks) implements TransactionSynchronization {

		@Override
		public void beforeCommit(boolean readOnly) {
			owner.write(clocks.values());
			clocks.clear();
		}
	}
}
