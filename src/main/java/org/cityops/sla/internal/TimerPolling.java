package org.cityops.sla.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.cityops.shared.scheduling.PollingScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;

/**
 * Runs db-scheduler's poller on this node once the application is up, and stops it before the
 * database goes away. Several nodes may poll the same table: lock-and-fetch ({@code select ... for
 * update skip locked}) hands each due timer to one node. Reads time from the application's clock.
 */
class TimerPolling extends PollingScheduler {

	private static final Logger log = LoggerFactory.getLogger(TimerPolling.class);
	private static final int MISSED_HEARTBEATS_BEFORE_DEAD = 4;

	/** Alarms take milliseconds; a stop waits this long for running ones before giving them up to other nodes. */
	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

	TimerPolling(DataSource dataSource, List<Task<?>> tasks, SlaSettings.TimerSettings settings, Clock clock) {
		super(settings.polling(), () -> Scheduler.create(dataSource, List.copyOf(tasks))
				.tableName(TimerConfiguration.TABLE)
				.clock(clock::instant)
				.schedulerName(new SchedulerName.Fixed(nodeName()))
				.threads(settings.threads())
				.pollingInterval(settings.pollingInterval())
				.pollUsingLockAndFetch(0.5, 1.0)
				.heartbeatInterval(settings.heartbeat())
				.missedHeartbeatsLimit(MISSED_HEARTBEATS_BEFORE_DEAD)
				.shutdownMaxWait(SHUTDOWN_WAIT)
				.build(),
				() -> log.info("Stage timers: polling {} every {} with {} threads", TimerConfiguration.TABLE,
						settings.pollingInterval(), settings.threads()));
	}
}
