package org.cityops.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;

/**
 * Makes the outbound deliveries that are due at the application clock's time, now, in the calling
 * thread, with db-scheduler's manual scheduler on the delivery table (tests turn polling off with
 * {@code cityops.notification.delivery.polling=false}).
 */
final class DueDeliveries {

	private final ManualScheduler scheduler;
	private final Clock clock;
	private final JdbcClient jdbc;

	DueDeliveries(ApplicationContext context) {
		this.scheduler = (ManualScheduler) TestHelper.createManualScheduler(context.getBean(DataSource.class),
				context.getBean(DeliveryScheduler.class).task())
				.clock(new SettableClock())
				.tableName(DeliveryScheduler.TABLE)
				.heartbeatInterval(Duration.ofSeconds(10))
				.build();
		this.clock = context.getBean(Clock.class);
		this.jdbc = context.getBean(JdbcClient.class);
	}

	void run() {
		scheduler.setTime(clock.instant());
		for (int batch = 0; batch < 100 && due() > 0; batch++) {
			scheduler.runAnyDueExecutions();
		}
	}

	private long due() {
		return jdbc.sql("select count(*) from " + DeliveryScheduler.TABLE + " where not picked and execution_time <= ?")
				.param(Timestamp.from(clock.instant())).query(Long.class).single();
	}
}
