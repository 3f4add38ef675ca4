package org.cityops.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.cityops.shared.scheduling.PollingScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/**
 * Durable delivery tasks on db-scheduler, in a table and with threads of their own
 * ({@value #TABLE}): a receiver that answers slowly or not at all never delays the time-limit timers.
 * Cluster-safe (lock-and-fetch hands each due delivery to one node), survives restarts; a retry is
 * the same task instance rescheduled. Reads time from the application's clock.
 */
@Component
class DeliveryScheduler extends PollingScheduler {

	static final String TABLE = "notification.scheduled_tasks";
	static final String TASK_NAME = "notification-delivery";

	private static final Logger log = LoggerFactory.getLogger(DeliveryScheduler.class);

	/** An attempt that broke before it was recorded (e.g. the database was away) runs again soon. */
	private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(30);
	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(15);

	private final CustomTask<Void> task;
	private final SchedulerClient client;

	@Autowired
	DeliveryScheduler(DataSource dataSource, DeliveryRunner runner, NotificationSettings settings, Clock clock) {
		this(dataSource, deliveryTask(runner), settings.delivery(), clock);
	}

	private DeliveryScheduler(DataSource dataSource, CustomTask<Void> task,
			NotificationSettings.DeliverySettings settings, Clock clock) {
		super(settings.polling(), () -> Scheduler.create(dataSource, task)
				.tableName(TABLE)
				.clock(clock::instant)
				.schedulerName(new SchedulerName.Fixed(nodeName()))
				.threads(settings.threads())
				.pollingInterval(settings.pollingInterval())
				.pollUsingLockAndFetch(0.5, 1.0)
				.shutdownMaxWait(SHUTDOWN_WAIT)
				.build(),
				() -> log.info("Notification deliveries: polling {} every {} with {} threads", TABLE,
						settings.pollingInterval(), settings.threads()));
		this.task = task;
		this.client = SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource), task)
				.tableName(TABLE).build();
	}

	/** One attempt per run; a failed attempt that may be retried reschedules the same instance. */
	private static CustomTask<Void> deliveryTask(DeliveryRunner runner) {
		return Tasks.custom(TASK_NAME, Void.class)
				.onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY_AFTER_FAILURE))
				.execute((instance, context) -> runner.attempt(Long.parseLong(instance.getId()))
						.<CompletionHandler<Void>>map(next -> (complete, operations) -> operations.reschedule(complete, next))
						.orElseGet(CompletionHandler.OnCompleteRemove::new));
	}

	/** Schedules a delivery in the caller's transaction, if there is one. */
	void schedule(long deliveryId, Instant at) {
		client.scheduleIfNotExists(task.instance(String.valueOf(deliveryId)), at);
	}

	CustomTask<Void> task() {
		return task;
	}
}
