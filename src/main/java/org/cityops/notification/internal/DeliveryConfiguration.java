package org.cityops.notification.internal;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/**
 * The delivery task, run by the platform's db-scheduler (the time-limit module's poller runs every
 * task bean): cluster-safe, survives restarts, and a retry is a rescheduled execution.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

	/** An attempt that broke before it was recorded (e.g. the database was away) runs again soon. */
	private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(30);

	@Bean
	CustomTask<Void> notificationDeliveryTask(DeliveryRunner runner) {
		return Tasks.custom(DeliveryRunner.TASK_NAME, Void.class)
				.onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY_AFTER_FAILURE))
				.execute((instance, context) -> runner.attempt(Long.parseLong(instance.getId()))
						.<CompletionHandler<Void>>map(next -> (complete, operations) -> operations.reschedule(complete, next))
						.orElseGet(CompletionHandler.OnCompleteRemove::new));
	}
}
