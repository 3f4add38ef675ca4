package org.cityops.sla;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;

/**
 * Runs the durable timers that are due at the application clock's time, now, in the calling thread:
 * tests move the clock and call {@link #run()} instead of waiting for the poller (which tests turn off
 * with {@code cityops.sla.timers.polling=false}). Uses db-scheduler's manual scheduler on the same
 * table, tasks and database as the application.
 */
public final class DueTimers {

	private static final String TABLE = "sla.scheduled_tasks";

	private final ManualScheduler scheduler;
	private final Clock clock;
	private final JdbcClient jdbc;

	@SuppressWarnings({ "rawtypes", "unchecked" })
	public DueTimers(ApplicationContext context) {
		List<Task<?>> tasks = (List) context.getBeanProvider(Task.class).stream().toList();
		Scheduler built = TestHelper.createManualScheduler(context.getBean(DataSource.class), tasks)
				.clock(new SettableClock())
				.tableName(TABLE)
				.heartbeatInterval(Duration.ofSeconds(10))
				.missedHeartbeatsLimit(4)
				.build();
		this.scheduler = (ManualScheduler) built;
		this.clock = context.getBean(Clock.class);
		this.jdbc = context.getBean(JdbcClient.class);
	}

	/** Runs every timer due at the application clock's time. */
	public void run() {
		scheduler.setTime(clock.instant());
		// one run takes a limited batch; go on until nothing that is due is left waiting
		for (int batch = 0; batch < 1000 && due() > 0; batch++) {
			scheduler.runAnyDueExecutions();
		}
	}

	private long due() {
		return jdbc.sql("select count(*) from " + TABLE + " where not picked and execution_time <= ?")
				.param(Timestamp.from(clock.instant())).query(Long.class).single();
	}

	/** Revives timers picked by a node that stopped sending heartbeats (crashed), as a live node would. */
	public void reviveDead() {
		scheduler.setTime(clock.instant());
		scheduler.runDeadExecutionDetection();
	}
}
