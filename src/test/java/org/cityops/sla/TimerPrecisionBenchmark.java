package org.cityops.sla;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cityops.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

/**
 * Load driver (not a test): how late do stage timers fire when many are pending? Starts the
 * application with its real clock and timer polling on, creates {@code --timers} pending timers
 * (two per stage clock: warning and breach) due evenly over {@code --window}, waits until they have
 * fired and prints p50/p99/max lateness against their due time. {@code --threads} sets the timer
 * threads of the node (default 8), {@code --lead} the time left for creating the timers.
 *
 * <pre>
 * CITYOPS_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/test CITYOPS_TEST_DB_USER=postgres \
 *   ./mvnw -q -Pbenchmark test-compile exec:java -Dexec.mainClass=org.cityops.sla.TimerPrecisionBenchmark \
 *   -Dexec.args="--timers=100000 --window=PT10M"
 * </pre>
 */
public final class TimerPrecisionBenchmark {

	private static final int BATCH = 1000;

	public static void main(String[] args) {
		Map<String, String> options = options(args);
		int timers = Integer.parseInt(options.getOrDefault("timers", "100000"));
		Duration window = Duration.parse(options.getOrDefault("window", "PT10M"));
		Duration lead = Duration.parse(options.getOrDefault("lead", "PT90S"));
		String threads = options.getOrDefault("threads", "8");
		String run = "bench-" + UUID.randomUUID().toString().substring(0, 8);
		try (ConfigurableApplicationContext app = ApplicationRuns.start(new Class<?>[] { SlaTestConfiguration.class },
				"cityops.sla.timers.polling=true", "cityops.sla.timers.threads=" + threads,
				"spring.datasource.hikari.maximum-pool-size=" + (2 * Integer.parseInt(threads) + 4),
				"logging.level.com.github.kagkarlsson=WARN")) {
			new TimerPrecisionBenchmark(app, run).measure(timers / 2, window, lead);
		}
		finally {
			// exec:java runs this inside Maven's JVM, whose exit comes too late to drop the database
			TestDatabase.cleanUpNow();
		}
	}

	private final ConfigurableApplicationContext app;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final String run;

	private TimerPrecisionBenchmark(ConfigurableApplicationContext app, String run) {
		this.app = app;
		this.jdbc = app.getBean(JdbcClient.class);
		this.clock = app.getBean(Clock.class);
		this.run = run;
	}

	private void measure(int clocks, Duration window, Duration lead) {
		Instant created = clock.instant();
		Instant firstDue = created.plus(lead);
		createClocks(clocks, firstDue, window);
		Instant ready = clock.instant();
		System.out.printf("%n%s: created %d stage clocks with %d timers in %d s; first due %s%n", run, clocks,
				2 * clocks, Duration.between(created, ready).toSeconds(), firstDue);
		if (ready.isAfter(firstDue)) {
			System.out.println("WARNING: creation overran the lead time; use a longer --lead");
		}
		waitUntilFired(firstDue.plus(window).plus(Duration.ofMinutes(2)));
		report(clocks, window);
	}

	/**
	 * Clock k warns at first + window * k / 2n and is due half a window later, so the 2n timers are
	 * spread evenly over the window and a clock's two timers never race each other.
	 */
	private void createClocks(int clocks, Instant first, Duration window) {
		@SuppressWarnings("unchecked")
		OneTimeTask<Void> task = app.getBean("stageDeadlineTask", OneTimeTask.class);
		SchedulerClient scheduler = app.getBean(SchedulerClient.class);
		JdbcTemplate jdbcTemplate = app.getBean(JdbcTemplate.class);
		long step = window.toNanos() / (2L * clocks);
		for (int from = 0; from < clocks; from += BATCH) {
			List<Object[]> rows = new ArrayList<>();
			List<SchedulableInstance<?>> instances = new ArrayList<>();
			for (int k = from; k < Math.min(clocks, from + BATCH); k++) {
				UUID id = UUID.randomUUID();
				Instant warning = first.plusNanos(step * k);
				Instant due = warning.plus(window.dividedBy(2));
				Timestamp started = Timestamp.from(warning.minus(Duration.ofMinutes(16)));
				rows.add(new Object[] { id, run + "-" + k, started, started, Timestamp.from(warning),
						Timestamp.from(due) });
				instances.add(SchedulableInstance.of(task.instance(id + "/WARNING"), warning));
				instances.add(SchedulableInstance.of(task.instance(id + "/BREACH"), due));
			}
			jdbcTemplate.batchUpdate("insert into sla.stage_clock (id, case_id, stage, area_code, urgent, mode, "
					+ "time_limit, started_at, counted_from, warning_at, due_at, status) values "
					+ "(?, ?, 'ARRIVE', '330383198001-G01', false, 'WARTIME', 'PT20M', ?, ?, ?, ?, 'RUNNING')", rows);
			scheduler.scheduleBatch(instances);
		}
	}

	/*
	 * The one wait on wall-clock time in the test sources, on purpose: this benchmark measures how late
	 * real timers fire against real time, so it runs with the system clock and waits for them; the
	 * tests move a mutable clock instead.
	 */
	private void waitUntilFired(Instant deadline) {
		long pending = pending();
		while (pending > 0 && clock.instant().isBefore(deadline)) {
			try {
				Thread.sleep(5000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			pending = pending();
			System.out.printf("%s  %d timers pending%n", clock.instant(), pending);
		}
	}

	private long pending() {
		return jdbc.sql("select count(*) filter (where warned_at is null) + count(*) filter (where breached_at is null) "
				+ "from sla.stage_clock where case_id like ?").param(run + "-%").query(Long.class).single();
	}

	private void report(int clocks, Duration window) {
		Map<String, Object> result = jdbc.sql("""
				with fired as (
				  select extract(epoch from warned_at - warning_at) * 1000 as late_ms
				    from sla.stage_clock where case_id like :run and warned_at is not null
				  union all
				  select extract(epoch from breached_at - due_at) * 1000
				    from sla.stage_clock where case_id like :run and breached_at is not null)
				select count(*) as fired,
				       round(min(late_ms)::numeric, 1) as min_ms,
				       round(percentile_cont(0.5) within group (order by late_ms)::numeric, 1) as p50_ms,
				       round(percentile_cont(0.99) within group (order by late_ms)::numeric, 1) as p99_ms,
				       round(percentile_cont(0.999) within group (order by late_ms)::numeric, 1) as p999_ms,
				       round(max(late_ms)::numeric, 1) as max_ms,
				       count(*) filter (where late_ms > 1000) as later_than_1s
				  from fired""").param("run", run + "-%").query().singleRow();
		String server = jdbc.sql("select version()").query(String.class).single();
		System.out.printf("%nTimer precision: %d timers (%d clocks) due over %s (%.0f/s), %s timer threads, "
				+ "PostgreSQL: %s%n", 2 * clocks, clocks, window, 2.0 * clocks / window.toSeconds(),
				app.getEnvironment().getProperty("cityops.sla.timers.threads"), server);
		System.out.printf("fired %s of %d; lateness ms: min %s, p50 %s, p99 %s, p99.9 %s, max %s; later than 1 s: %s%n",
				result.get("fired"), 2 * clocks, result.get("min_ms"), result.get("p50_ms"), result.get("p99_ms"),
				result.get("p999_ms"), result.get("max_ms"), result.get("later_than_1s"));
		System.out.println("goal: p99 <= 1000 ms");
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			if (arg.startsWith("--") && arg.contains("=")) {
				options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
		}
		return options;
	}
}
