package org.cityops.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cityops.directory.HttpApi.Answer;
import org.cityops.dispatch.CaseApi;
import org.cityops.dispatch.CasePoolTest;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Position;
import org.cityops.intake.PublicCalls.Reply;
import org.cityops.intake.internal.RateLimits;
import org.cityops.shared.time.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public citizen report: report without a login, follow by receipt, rate once closed.
 */
@CasePoolTest
class PublicReportIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	GeoManagement geo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RateLimits limits;

	PublicCalls calls;
	CaseApi api;

	@BeforeEach
	void connect() {
		calls = new PublicCalls(port);
		api = new CaseApi(port, clock);
	}

	@Test
	void aCitizenReportsFollowsTheCaseByReceiptAndRatesItOnceClosed() {
		Position at = geo.microGrids("330383198014-G01").get(0).centroid();
		Reply reported = calls.json("/api/public/reports", report(at, "0201", "17000005678", "路口的广告牌歪了，随时会掉"));
		assertThat(reported.status()).as(reported.body()).isEqualTo(201);
		String receipt = reported.json().get("receipt").asString();
		assertThat(reported.header("Location")).isEqualTo("/api/public/reports/" + receipt);
		String id = jdbc.sql("select id from dispatch.cases where receipt = ?").param(receipt).query(String.class).single();
		JsonNode staffView = api.get("/api/cases/" + id, "dispatcher").json();
		assertThat(staffView.get("channel").asString()).isEqualTo("CITIZEN");

		Reply followed = calls.get("/api/public/reports/" + receipt);
		assertThat(followed.status()).isEqualTo(200);
		assertThat(followed.json().get("state").asString()).isEqualTo(staffView.get("state").asString());
		assertThat(followed.json().get("category").get("name").asString()).isEqualTo("违规户外广告");
		assertThat(followed.json().get("timeline").get(0).get("action").asString()).isEqualTo("REPORT");
		assertThat(followed.json().get("evaluable").asBoolean()).isFalse();
		assertThat(followed.body()).doesNotContain("17000005678", "市民小王", "路口的广告牌", "reporter", "note");
		assertThat(api.get("/api/cases/" + id, "dispatcher").json().get("timeline").valueStream()
				.map(e -> e.get("actor")).filter(a -> a != null && !a.isNull()).map(JsonNode::asString)
				.filter(name -> !name.isBlank() && !"system".equals(name)).toList())
				.allSatisfy(actor -> assertThat(followed.body()).doesNotContain("\"" + actor + "\""));

		Reply tooEarly = calls.json("/api/public/reports/" + receipt + "/evaluation", rating(5, "5678"));
		assertThat(tooEarly.status()).isEqualTo(409);
		walkToClosed(id);
		assertThat(calls.get("/api/public/reports/" + receipt).json().get("evaluable").asBoolean()).isTrue();

		Reply stranger = calls.json("/api/public/reports/" + receipt + "/evaluation", rating(1, "0000"));
		assertThat(stranger.status()).isEqualTo(403);
		assertThat(stranger.json().get("field").asString()).isEqualTo("phoneLast4");
		Reply rated = calls.json("/api/public/reports/" + receipt + "/evaluation", rating(4, "5678"));
		assertThat(rated.status()).as(rated.body()).isEqualTo(200);
		assertThat(rated.json().get("state").asString()).isEqualTo("EVALUATED");
		assertThat(rated.json().get("satisfaction").asInt()).isEqualTo(4);
		assertThat(api.get("/api/cases/" + id, "dispatcher").json().get("satisfaction").asInt()).isEqualTo(4);
		assertThat(calls.json("/api/public/reports/" + receipt + "/evaluation", rating(5, "5678")).status())
				.isEqualTo(409);
		assertThat(calls.get("/api/public/reports/0000-0000-0000").status()).isEqualTo(404);
	}

	@Test
	void refusesAReportWithoutAPhoneNamingTheFieldAndWritesNothing() {
		Position at = geo.microGrids("330383198014-G01").get(1).centroid();
		long before = cases();
		ObjectNode noPhone = report(at, "0101", "17000000000", "垃圾");
		noPhone.remove("reporter");
		Reply refused = calls.json("/api/public/reports", noPhone);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("field").asString()).isEqualTo("reporter.phone");
		Reply unknown = calls.json("/api/public/reports", report(at, "9999", "17000000001", "?"));
		assertThat(unknown.json().get("field").asString()).isEqualTo("category");
		assertThat(cases()).isEqualTo(before);
	}

	@Test
	void limitsReportsPerPhoneAndTellsWhenToTryAgain() {
		List<Position> places = geo.microGrids("330383198015-G01").stream().limit(6).map(m -> m.centroid()).toList();
		for (int i = 0; i < 5; i++) {
			Reply accepted = calls.json("/api/public/reports", report(places.get(i), "0101", "17000007777", "垃圾" + i));
			assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
		}
		long before = cases();

		Reply limited = calls.json("/api/public/reports", report(places.get(5), "0101", "17000007777", "又一处垃圾"));

		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.json().get("field").asString()).isEqualTo("phone");
		assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
		assertThat(cases()).isEqualTo(before);
		assertThat(calls.json("/api/public/reports", report(places.get(5), "0101", "17000006666", "邻居也看到了"))
				.status()).isEqualTo(201);
		clock.advance(Duration.ofMinutes(15));
		assertThat(calls.json("/api/public/reports", report(places.get(5), "0101", "17000007777", "又一处垃圾"))
				.status()).isEqualTo(201);
	}

	@Test
	void aRetriedReportWithTheSameKeyAndPhoneAnswersTheFirstReceipt() {
		Position at = geo.microGrids("330383198014-G01").get(2).centroid();
		ObjectNode report = report(at, "0202", "17000004444", "墙上被喷了小广告");

		Reply first = calls.json("/api/public/reports", report, "Idempotency-Key", "form-0001");
		Reply retried = calls.json("/api/public/reports", report, "Idempotency-Key", "form-0001");
		Reply otherPhone = calls.json("/api/public/reports", report(at, "0202", "17000003333", "墙上被喷了小广告"),
				"Idempotency-Key", "form-0001");

		assertThat(first.status()).isEqualTo(201);
		assertThat(retried.status()).isEqualTo(200);
		assertThat(retried.json().get("receipt").asString()).isEqualTo(first.json().get("receipt").asString());
		assertThat(otherPhone.status()).isEqualTo(201);
		assertThat(otherPhone.json().get("receipt").asString()).isNotEqualTo(first.json().get("receipt").asString());
	}

	@Test
	void nodesRacingForOneBucketNeverLetMoreThanItsCapacityThrough() throws Exception {
		String bucket = RateLimits.bucket("phone", "race-" + clock.instant());
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> takes = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				takes.add(pool.submit(() -> limits.take(bucket, 5, Duration.ofHours(1))));
			}
			long passed = 0;
			for (Future<Boolean> take : takes) {
				passed += take.get() ? 1 : 0;
			}
			assertThat(passed).isEqualTo(5);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void aClientBucketEmptiesAndRefillsOverItsWindow() {
		String bucket = RateLimits.bucket("client", "203.0.113.7-" + clock.instant());
		assertThat(limits.take(bucket, 2, Duration.ofHours(1))).isTrue();
		assertThat(limits.take(bucket, 2, Duration.ofHours(1))).isTrue();
		assertThat(limits.take(bucket, 2, Duration.ofHours(1))).isFalse();
		clock.advance(Duration.ofMinutes(31));
		assertThat(limits.take(bucket, 2, Duration.ofHours(1))).isTrue();
		assertThat(limits.take(bucket, 2, Duration.ofHours(1))).isFalse();
		clock.advance(Duration.ofDays(3));
		assertThat(limits.sweep()).isPositive();
		assertThat(jdbc.sql("select count(*) from intake.rate_buckets where bucket = ?").param(bucket)
				.query(Long.class).single()).isZero();
	}

	private void walkToClosed(String id) {
		ok(api.act(id, "reassign", "dispatcher", "{\"targetUnit\":\"330383-ENFORCEMENT\",\"reason\":\"广告牌归执法局管\"}"));
		for (String action : List.of("sign", "contact", "arrive", "handle")) {
			ok(api.act(id, action, "handler", null));
		}
		ok(api.act(id, "verify", "dispatcher", "{\"passed\":true}"));
		ok(api.act(id, "close", "dispatcher", "{\"feedback\":{\"reached\":true}}"));
	}

	private static void ok(Answer answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
	}

	private static ObjectNode report(Position at, String category, String phone, String description) {
		ObjectNode body = JSON.createObjectNode();
		body.put("category", category);
		body.put("description", description);
		body.put("lat", at.lat());
		body.put("lng", at.lng());
		body.put("address", "龙港市测试街");
		body.putObject("reporter").put("name", "市民小王").put("phone", phone);
		return body;
	}

	private static ObjectNode rating(int satisfaction, String phoneLast4) {
		return JSON.createObjectNode().put("satisfaction", satisfaction).put("phoneLast4", phoneLast4);
	}

	private long cases() {
		return jdbc.sql("select count(*) from dispatch.cases").query(Long.class).single();
	}
}
