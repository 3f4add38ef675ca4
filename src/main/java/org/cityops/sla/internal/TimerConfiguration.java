package org.cityops.sla.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/**
 * db-scheduler, wired by hand: its 16.x Spring Boot starter is built against Boot 3 class names
 * that Boot 4 no longer has. Timers live in {@value #TABLE}.
 */
@Configuration(proxyBeanMethods = false)
class TimerConfiguration {

	static final String TABLE = "sla.scheduled_tasks";

	/** A timer whose transaction failed (e.g. the database was briefly away) is tried again soon. */
	private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(10);

	@Bean
	OneTimeTask<Void> stageDeadlineTask(DeadlineAlarms alarms) {
		return Tasks.oneTime(StageTimers.TASK_NAME)
				.onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY_AFTER_FAILURE))
				.execute((instance, context) -> alarms.ring(StageTimers.Alarm.parse(instance.getId())));
	}

	/** Schedules and cancels timers on the connection of the caller's transaction, if there is one. */
	@Bean
	SchedulerClient timerClient(DataSource dataSource, List<Task<?>> tasks) {
		return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
				.tableName(TABLE)
				.build();
	}

	@Bean
	TimerPolling timerPolling(DataSource dataSource, List<Task<?>> tasks, SlaSettings settings,
			Clock clock) {
		return new TimerPolling(dataSource, tasks, settings.timers(), clock);
	}
}
