package org.cityops.intake;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.cityops.directory.DirectoryManagement;
import org.cityops.directory.DutyTeam;
import org.cityops.directory.HttpApi.Answer;
import org.cityops.directory.Person;
import org.cityops.notification.NotificationKind;
import org.cityops.notification.NotificationManagement;
import org.cityops.dispatch.CaseApi;
import org.cityops.dispatch.CaseOpened;
import org.cityops.dispatch.CasePoolTest;
import org.cityops.dispatch.PublishedEvents;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Position;
import org.cityops.shared.time.MutableClock;
import org.cityops.triage.RiskDetected;
import org.cityops.triage.internal.TriageCorpus;
import org.cityops.triage.internal.TriageCorpus.Expectation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Triage within {@code POST /api/cases}: classification, the human triage queue, risks, repeats,
 * the human's choice and retraining.
 */
@CasePoolTest
class TriageIntakeIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	GeoManagement geo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PublishedEvents.Recorder events;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	NotificationManagement notifications;

	CaseApi api;

	@BeforeEach
	void connect() {
		api = new CaseApi(port, clock);
	}

	private Position at(String grid, int micro) {
		return geo.microGrids(grid).get(micro).centroid();
	}

	private static ObjectNode byPhone(String phone, ObjectNode report) {
		((ObjectNode) report.get("reporter")).put("phone", phone);
		return report;
	}

	private static java.util.stream.Stream<String> tags(JsonNode opened) {
		return opened.get("tags").valueStream().map(JsonNode::asString);
	}

	private JsonNode report(String user, ObjectNode report) {
		Answer answer = api.post("/api/cases", user, report);
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		return answer.json();
	}

	@Test
	void givesAReportWithoutCategoryOneWithinTheRequest() {
		JsonNode opened = report("dispatcher", api.report("HOTLINE", null, at("330383198013-G01", 0),
				"小区门口垃圾桶满出来了，垃圾扔了一地，好几天没人来清运，臭得要命"));

		assertThat(opened.get("category").asString()).isEqualTo("0101");
		JsonNode triage = opened.get("triage");
		assertThat(triage.get("decision").asString()).isEqualTo("AUTOMATIC");
		assertThat(triage.get("confidence").asDouble()).isGreaterThanOrEqualTo(0.3);
		assertThat(triage.get("suggestions")).hasSize(3);
		assertThat(triage.get("suggestions").get(0).get("categoryCode").asString()).isEqualTo("0101");
		assertThat(tags(opened))
				.anyMatch(tag -> tag.startsWith("triage:auto 0."))
				.anyMatch(tag -> tag.startsWith("general:"));
		assertThat(opened.get("state").asString()).isEqualTo("DISPATCHED");
	}

	@Test
	void sendsUnusableTextsToTheCentresHumanTriageQueueWithTheReason() {
		JsonNode opened = report("dispatcher", api.report("HOTLINE", null, at("330383198013-G01", 1), "😡😡😡"));

		assertThat(opened.hasNonNull("category")).isFalse();
		assertThat(opened.get("state").asString()).isEqualTo("REPORTED");
		assertThat(opened.get("assignee").get("unitCode").asString()).isEqualTo("330383-CENTRE");
		assertThat(opened.get("triage").get("decision").asString()).isEqualTo("HUMAN_TRIAGE");
		assertThat(opened.get("triage").get("reason").asString()).contains("no words");
		assertThat(tags(opened))
				.anyMatch(tag -> tag.startsWith("triage:human the text has no words"));
	}

	@Test
	void neverFailsOnBadInput() {
		for (TriageCorpus.EdgeCase edge : TriageCorpus.edgeCases()) {
			if (edge.text().isBlank()) {
				continue; // intake refuses a blank description (400 naming the field), tested elsewhere
			}
			Answer answer = api.post("/api/cases", "dispatcher",
					api.report("HOTLINE", null, at("330383198014-G01", 0), edge.text()));
			assertThat(answer.status()).as(edge.kind() + ": " + answer.body()).isEqualTo(201);
			JsonNode triage = answer.json().get("triage");
			assertThat(triage.get("reason").asString()).as(edge.kind()).isNotBlank();
			if (edge.expect() == Expectation.HUMAN_TRIAGE) {
				assertThat(triage.get("decision").asString()).as(edge.kind() + " " + edge.text()).isEqualTo("HUMAN_TRIAGE");
				assertThat(answer.json().get("assignee").get("unitCode").asString()).isEqualTo("330383-CENTRE");
			}
		}
	}

	@Test
	void makesARiskUrgentAndAlertsTheDutyChiefs() {
		JsonNode opened = report("dispatcher", api.report("HOTLINE", null, at("330383198015-G01", 0),
				"我们楼道里电动车充电着火了，烟很大，快派人来"));

		assertThat(opened.get("urgent").asBoolean()).isTrue();
		assertThat(tags(opened))
				.anyMatch(tag -> tag.equals("RISK_FIRE:the text says “着火”"))
				.anyMatch(tag -> tag.startsWith("URGENT:"));
		String id = opened.get("id").asString();
		List<RiskDetected> risks = events.of(RiskDetected.class).stream().filter(event -> event.caseId().equals(id))
				.toList();
		assertThat(risks).hasSize(1);
		RiskDetected risk = risks.get(0);
		assertThat(risk.risks()).extracting(r -> r.kind()).containsExactly("RISK_FIRE");
		List<CaseOpened> opens = events.of(CaseOpened.class).stream()
				.filter(event -> event.caseId().value().equals(id)).toList();
		assertThat(opens).hasSize(1);
		CaseOpened caseOpened = opens.get(0);
		assertThat(events.transactionOf(risk)).as("the alert commits with the case or not at all")
				.isPresent().isEqualTo(events.transactionOf(caseOpened));
		DutyTeam duty = directory.dutyTeam(clock.instant()).orElseThrow();
		for (Person chief : List.of(duty.publicSecurityChief(), duty.emergencyChief())) {
			await().atMost(Duration.ofSeconds(20)).until(() -> notifications.inbox(chief.id(), false, 0, 100).items()
					.stream().anyMatch(item -> id.equals(item.caseId()) && item.kind() == NotificationKind.RISK_DETECTED));
		}
	}

	@Test
	void flagsARepeatComplaintWithLinksToTheEarlierCases() {
		Position place = at("330383198016-G01", 0);
		String earlier = report("dispatcher", byPhone("17000001234",
				api.report("HOTLINE", "0102", place, "楼道里堆满了纸箱和旧家具，过不去人"))).get("id").asString();
		clock.advance(java.time.Duration.ofDays(3));

		JsonNode repeated = report("dispatcher", byPhone("17000001234",
				api.report("HOTLINE", "0102", at("330383198017-G01", 0), "楼道里的杂物还是没人清，纸箱越堆越多")));

		assertThat(tags(repeated)).anyMatch(tag -> tag.startsWith("REPEAT:") && tag.contains(earlier));
	}

	@Test
	void flagsARepeatAtTheSamePlaceFromAnotherReporterButNotFromTheNextStreet() {
		Position place = at("330383198030-G01", 0);
		String earlier = report("dispatcher", byPhone("17000004321",
				api.report("HOTLINE", "0102", place, "小区门口的共享单车堆成一片，人都过不去"))).get("id").asString();
		clock.advance(java.time.Duration.ofDays(3));
		// About 55 m and 220 m north of the first report, each from a reporter of its own.
		ObjectNode near = byPhone("17000005678", api.report("HOTLINE", "0102",
				new Position(place.lat() + 0.0005, place.lng()), "小区门口还是堆满了共享单车"));
		ObjectNode away = byPhone("17000008765", api.report("HOTLINE", "0102",
				new Position(place.lat() + 0.0020, place.lng()), "路口有共享单车乱停，挡住了人行道"));

		assertThat(tags(report("dispatcher", near))).anyMatch(tag -> tag.startsWith("REPEAT:") && tag.contains(earlier));
		assertThat(tags(report("dispatcher", away))).noneMatch(tag -> tag.contains(earlier));
	}

	@Test
	void routesAQueuedCaseOnceADispatcherChoosesItsCategory() {
		String id = report("dispatcher", api.report("HOTLINE", null, at("330383198018-G01", 0), "😶")).get("id").asString();

		Answer refused = api.post("/api/triage/cases/" + id + "/category", "grid", api.json("{\"category\":\"0403\"}"));
		assertThat(refused.status()).isEqualTo(403);
		Answer unknown = api.post("/api/triage/cases/" + id + "/category", "dispatcher", api.json("{\"category\":\"9999\"}"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("category");

		Answer chosen = api.post("/api/triage/cases/" + id + "/category", "dispatcher",
				api.json("{\"category\":\"0403\",\"reason\":\"回电确认是车辆乱停\"}"));

		assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
		assertThat(chosen.json().get("category").asString()).isEqualTo("0403");
		assertThat(chosen.json().get("state").asString()).isEqualTo("DISPATCHED");
		assertThat(tags(chosen.json()))
				.anyMatch(tag -> tag.startsWith("triage:human categorised 0403 by dispatcher: 回电确认是车辆乱停"))
				.noneMatch(tag -> tag.startsWith("triage:human the text"));
		assertThat(jdbc.sql("select category_code from triage.labelled_texts where case_id = ?").param(id)
				.query(String.class).single()).isEqualTo("0403");
	}

	@Test
	void learnsTheHumanCorrectionOnRetrainWithoutRestart() {
		String text = "龙港大道旁边的共享单车倒了一大片，把盲道全占了，推都推不开";
		JsonNode before = assess(text);
		String runnerUp = before.get("suggestions").get(1).get("categoryCode").asString();
		String id = report("dispatcher", api.report("HOTLINE", null, at("330383198019-G01", 0), text)).get("id").asString();

		Answer corrected = api.post("/api/triage/cases/" + id + "/category", "dispatcher",
				api.json("{\"category\":\"" + runnerUp + "\"}"));
		assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
		assertThat(assess(text).get("suggestions").get(0).get("categoryCode").asString())
				.as("not learnt before the retrain").isEqualTo(before.get("suggestions").get(0).get("categoryCode").asString());

		assertThat(api.post("/api/triage/retrain", "dispatcher", null).status()).isEqualTo(403);
		Answer retrained = api.post("/api/triage/retrain", "admin", null);

		assertThat(retrained.status()).as(retrained.body()).isEqualTo(200);
		assertThat(retrained.json().get("humanLabels").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(assess(text).get("suggestions").get(0).get("categoryCode").asString()).isEqualTo(runnerUp);
	}

	private JsonNode assess(String text) {
		Answer answer = api.post("/api/triage/assess", "dispatcher", api.json("{\"text\":\"" + text + "\"}"));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	@Test
	void keepsADifficultyTheChannelGives() {
		ObjectNode given = api.report("HOTLINE", "0703", at("330383198019-G01", 1), "商场外机噪音多次投诉未解决");
		given.putArray("tags").add("difficult");

		JsonNode opened = report("dispatcher", given);

		assertThat(opened.get("tags").valueStream().map(JsonNode::asString)
				.filter(tag -> List.of("general", "difficult", "collaborative", "one-thing").contains(tag.split(":")[0])))
				.containsExactly("difficult");
	}

	@Test
	void answersTheAssessmentOfAnyText() {
		for (String text : List.of("", "x".repeat(20_000), "喂喂喂，听得到吗")) {
			Answer answer = api.post("/api/triage/assess", "dispatcher",
					api.json("{\"text\":\"" + text + "\"}"));
			assertThat(answer.status()).isEqualTo(200);
			assertThat(answer.json().get("decision").asString()).isEqualTo("HUMAN_TRIAGE");
		}
	}
}
