package org.cityops.sla.internal;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;

/**
 * Runs db-scheduler's poller on this node once the application is up, and stops it before the
 * database goes away. Several nodes may poll the same table: lock-and-fetch ({@code select ... for
 * update skip locked}) hands each due timer to one node. Reads time from the application's clock.
 */
class TimerPolling implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TimerPolling.class);
	private static final int MISSED_HEARTBEATS_BEFORE_DEAD = 4;

	/** Alarms take milliseconds; a stop waits this long for running ones before giving them up to other nodes. */
	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

	private final DataSource dataSource;
	private final List<Task<?>> tasks;
	private final SlaSettings.TimerSettings settings;
	private final Clock clock;
	private volatile Scheduler scheduler;

	TimerPolling(DataSource dataSource, List<Task<?>> tasks, SlaSettings.TimerSettings settings, Clock clock) {
		this.dataSource = dataSource;
		this.tasks = List.copyOf(tasks);
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void start() {
		if (settings.polling() && scheduler == null) {
			scheduler = Scheduler.create(dataSource, tasks)
					.tableName(TimerConfiguration.TABLE)
					.clock(clock::instant)
					.schedulerName(new SchedulerName.Fixed(nodeName()))
					.threads(settings.threads())
					.pollingInterval(settings.pollingInterval())
					.pollUsingLockAndFetch(0.5, 1.0)
					.heartbeatInterval(settings.heartbeat())
					.missedHeartbeatsLimit(MISSED_HEARTBEATS_BEFORE_DEAD)
					.shutdownMaxWait(SHUTDOWN_WAIT)
					.build();
			scheduler.start();
			log.info("Stage timers: polling {} every {} with {} threads", TimerConfiguration.TABLE,
					settings.pollingInterval(), settings.threads());
		}
	}

	@Override
	public void stop() {
		Scheduler polling = scheduler;
		if (polling != null) {
			polling.stop();
			scheduler = null;
		}
	}

	@Override
	public boolean isRunning() {
		return scheduler != null;
	}

	private static String nodeName() {
		String process = ManagementFactory.getRuntimeMXBean().getName();
		try {
			return InetAddress.getLocalHost().getHostName() + "/" + process;
		}
		catch (UnknownHostException e) {
			return process;
		}
	}
}
