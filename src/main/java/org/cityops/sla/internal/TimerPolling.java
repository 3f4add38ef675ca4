package org.cityops.sla.internal;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
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

	private final SlaSettings.TimerSettings settings;
	private final Scheduler scheduler;
	private volatile boolean running;

	TimerPolling(DataSource dataSource, List<Task<?>> tasks, SlaSettings.TimerSettings settings, Clock clock) {
		this.settings = settings;
		this.scheduler = Scheduler.create(dataSource, tasks)
				.tableName(TimerConfiguration.TABLE)
				.clock(clock::instant)
				.schedulerName(new SchedulerName.Fixed(nodeName()))
				.threads(settings.threads())
				.pollingInterval(settings.pollingInterval())
				.pollUsingLockAndFetch(0.5, 1.0)
				.heartbeatInterval(settings.heartbeat())
				.missedHeartbeatsLimit(MISSED_HEARTBEATS_BEFORE_DEAD)
				.build();
	}

	@Override
	public void start() {
		if (settings.polling()) {
			scheduler.start();
			running = true;
			log.info("Stage timers: polling {} every {} with {} threads", TimerConfiguration.TABLE,
					settings.pollingInterval(), settings.threads());
		}
	}

	@Override
	public void stop() {
		if (running) {
			scheduler.stop();
			running = false;
		}
	}

	@Override
	public boolean isRunning() {
		return running;
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
