package org.cityops.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the platform and its PostgreSQL with SIGKILL while reports pour in, starts it again on the
 * same data, and checks that every report answered 201 is there with its timeline and its running
 * stage clock and timers.
 */
class CrashRecoveryIntegrationTests {

	private static final Pattern ID = Pattern.compile("\"id\":\"(C\\d+)\"");
	private static final String DISPATCHER = "Basic "
			+ Base64.getEncoder().encodeToString("dispatcher:cityops-demo".getBytes(StandardCharsets.UTF_8));
	/** Inside 龙港市 (the derived boundary), well away from its edges. */
	private static final double LAT = 27.545;
	private static final double LNG = 120.58;

	@TempDir
	Path directory;

	@Test
	void losesNothingItAcknowledgedWhenKilledDuringLoad() throws Exception {
		PlatformProcess platform = PlatformProcess.start(directory);
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		AtomicBoolean running = new AtomicBoolean(true);
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		ExecutorService reporters = Executors.newFixedThreadPool(4);
		for (int worker = 0; worker < 4; worker++) {
			int offset = worker;
			reporters.submit(() -> report(platform, http, running, acknowledged, offset));
		}
		Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> acknowledged.size() >= 40);
		platform.killHard();
		running.set(false);
		reporters.shutdown();
		reporters.awaitTermination(30, TimeUnit.SECONDS);

		PlatformProcess restarted = PlatformProcess.start(directory);
		try (Connection db = DriverManager.getConnection(restarted.jdbcUrl(), "postgres", "")) {
			for (String id : acknowledged) {
				assertThat(count(db, "select count(*) from dispatch.cases where id = ?", id)).as(id).isEqualTo(1);
				if (count(db, "select count(*) from dispatch.cases where id = ? and state = 'DUPLICATE'", id) == 1) {
					// linked to an earlier report nearby: reported and linked, no clock of its own
					assertThat(count(db, "select count(*) from dispatch.timeline where case_id = ?", id)).isEqualTo(2);
					continue;
				}
				assertThat(count(db, "select count(*) from dispatch.timeline where case_id = ?", id)).as(id)
						.isGreaterThanOrEqualTo(3);
				assertThat(count(db, "select count(*) from sla.stage_clock where case_id = ? and completed_at is null", id))
						.as("running clock of %s", id).isEqualTo(1);
				assertThat(count(db, """
						select count(*) from sla.scheduled_tasks t join sla.stage_clock c
						  on t.task_instance like c.id::text || '/%' where c.case_id = ? and c.completed_at is null""", id))
						.as("timers of %s", id).isEqualTo(2);
			}
		}
		finally {
			restarted.stop();
		}
	}

	private static void report(PlatformProcess platform, HttpClient http, AtomicBoolean running,
			Set<String> acknowledged, int worker) {
		for (int n = 0; running.get(); n++) {
			double lat = LAT + (worker * 0.006) + (n % 20) * 0.0015;
			String body = """
					{"channel":"HOTLINE","category":"0601","description":"井盖松动 %d-%d","lat":%s,"lng":%s,
					 "address":"龙港","reporter":{"name":"压测","phone":"17000000000"},
					 "source":{"system":"crash-test","externalId":"w%d-n%d"}}"""
					.formatted(worker, n, lat, LNG + (n % 7) * 0.0005, worker, n);
			try {
				HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(platform.baseUrl() + "/api/cases"))
						.header("Authorization", DISPATCHER).header("Content-Type", "application/json")
						.timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
						HttpResponse.BodyHandlers.ofString());
				Matcher id = ID.matcher(answer.body());
				if (answer.statusCode() == 201 && id.find()) {
					acknowledged.add(id.group(1));
				}
			}
			catch (Exception killed) {
				// the platform died under the request: not acknowledged, so nothing is owed
			}
		}
	}

	private static long count(Connection db, String sql, String caseId) throws Exception {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setString(1, caseId);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}


}
