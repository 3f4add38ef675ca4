package org.cityops.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.cityops.directory.HttpApi.Answer;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Grid;
import org.cityops.shared.time.MutableClock;
import org.cityops.sla.DueTimers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * Wartime time limits, escalation to the centre, consultation with lead and co-organisers, and the
 * responsibility loop, as the centre would live them.
 */
@CasePoolTest
class EscalationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	GeoManagement geo;

	@Autowired
	ApplicationContext context;

	CaseApi api;
	DueTimers timers;

	@BeforeEach
	void connect() {
		api = new CaseApi(port, clock);
		timers = new DueTimers(context);
	}

	@Test
	void aMissedWartimeSignDeadlineEscalatesAndTheConsultationClosesTheLoops() {
		Grid micro = geo.microGrids("330383198020-G02").get(0);
		String community = micro.communityCode();
		switchMode(community, "WARTIME");
		try {
			JsonNode opened = api.post("/api/cases", "dispatcher",
					api.report("HOTLINE", "0504", micro.centroid(), "有人站在楼顶边上情绪激动")).json();
			String id = opened.get("id").asString();
			assertThat(opened.get("deadlines").get(0).get("mode").asString()).isEqualTo("WARTIME");
			assertThat(opened.get("deadlines").get(0).get("limit").asString()).isEqualTo("PT1M");

			clock.advance(Duration.ofSeconds(61));
			timers.run();

			await().atMost(Duration.ofSeconds(20)).until(() -> state(id).equals("ESCALATED"));
			JsonNode records = api.get("/api/accountability/cases/" + id, "dispatcher").json();
			assertThat(records.get(0).get("cause").asString()).isEqualTo("DEADLINE_MISSED");
			assertThat(records.get(0).get("stage").asString()).isEqualTo("SIGN");
			assertThat(records.get(0).get("unitCode").asString()).isEqualTo("330383198020-G02");

			JsonNode consulted = ok(api.post("/api/cases/" + id + "/consultations", "dispatcher", api.json("""
					{"decision":"公安牵头现场处置，执法和市场监管配合排查",
					 "leadUnit":"330383-ENFORCEMENT","coUnits":["330383-PUBLIC_SECURITY","330383-MARKET"]}""")));
			assertThat(consulted.get("state").asString()).isEqualTo("DISPATCHED");
			assertThat(consulted.get("leadUnit").asString()).isEqualTo("330383-ENFORCEMENT");
			JsonNode consultation = api.get("/api/cases/" + id + "/consultations", "dispatcher").json().get(0);
			assertThat(consultation.get("participants").valueStream().map(p -> p.get("post").asString()))
					.containsExactly("CITY_LEADER", "PUBLIC_SECURITY_CHIEF", "EMERGENCY_CHIEF");

			for (String action : List.of("sign", "contact", "arrive", "handle")) {
				ok(api.act(id, action, "handler", null));
			}
			ok(api.act(id, "verify", "dispatcher", "{\"passed\":true}"));
			Answer early = api.act(id, "close", "handler", "{\"feedback\":{\"reached\":true}}");
			assertThat(early.status()).isEqualTo(409);
			assertThat(early.json().get("field").asString()).isEqualTo("coTasks");

			ok(api.post("/api/cases/" + id + "/co-tasks/330383-PUBLIC_SECURITY/report", "admin",
					api.json("{\"report\":\"已派民警劝离\"}")));
			ok(api.post("/api/cases/" + id + "/co-tasks/330383-MARKET/report", "admin",
					api.json("{\"report\":\"已排查周边商户\"}")));
			ok(api.act(id, "close", "handler", "{\"feedback\":{\"reached\":true,\"note\":\"已回访\"}}"));
			assertThat(ok(api.act(id, "evaluate", "dispatcher", "{\"satisfaction\":4}")).get("state").asString())
					.isEqualTo("EVALUATED");

			long recordId = records.get(0).get("id").asLong();
			ok(api.post("/api/accountability/" + recordId + "/answer", "admin",
					api.json("{\"answer\":\"网格员在处置另一起警情，已调整战时值守\"}")));
			JsonNode accepted = ok(api.post("/api/accountability/" + recordId + "/review", "supervisor",
					api.json("{\"accepted\":true,\"note\":\"说明属实\"}")));
			assertThat(accepted.get("state").asString()).isEqualTo("ACCEPTED");
		}
		finally {
			switchMode(community, "NORMAL");
		}
	}

	@Test
	void aCaseReturnedTwiceGoesToTheCentre() {
		Grid micro = geo.microGrids("330383198021-G01").get(0);
		String id = api.post("/api/cases", "dispatcher", api.report("HOTLINE", "0303", micro.centroid(),
				"楼顶在搭彩钢棚")).json().get("id").asString();
		ok(api.act(id, "reassign", "dispatcher", "{\"targetUnit\":\"330383-ENFORCEMENT\",\"reason\":\"违建归执法\"}"));
		ok(api.act(id, "return", "handler", "{\"reason\":\"应由住建部门认定\"}"));
		ok(api.act(id, "dispatch", "dispatcher", "{\"targetUnit\":\"330383-ENFORCEMENT\",\"reason\":\"执法局主责\"}"));

		JsonNode returned = ok(api.act(id, "return", "handler", "{\"reason\":\"仍不属于本单位\"}"));

		assertThat(returned.get("state").asString()).isEqualTo("ESCALATED");
		assertThat(returned.get("returnCount").asInt()).isEqualTo(2);
		JsonNode records = api.get("/api/accountability/cases/" + id, "dispatcher").json();
		assertThat(records.valueStream().map(r -> r.get("cause").asString())).containsExactly("RETURNED", "RETURNED");
		assertThat(api.get("/api/accountability/cases/" + id, "citizen").status())
				.as("a citizen who did not report it does not see the records").isEqualTo(403);
		Answer noVerdict = api.post("/api/accountability/" + records.get(0).get("id").asLong() + "/review",
				"supervisor", api.json("{\"note\":\"看过了\"}"));
		assertThat(noVerdict.status()).isEqualTo(400);
		assertThat(noVerdict.json().get("field").asString()).isEqualTo("accepted");
	}

	private String state(String id) {
		return api.get("/api/cases/" + id, "dispatcher").json().get("state").asString();
	}

	private void switchMode(String area, String mode) {
		Answer switched = api.post("/api/sla/mode", "dispatcher",
				api.json("{\"area\":\"" + area + "\",\"mode\":\"" + mode + "\",\"reason\":\"演练\"}"));
		assertThat(switched.status()).as(switched.body()).isBetween(200, 201);
	}

	private static JsonNode ok(Answer answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}
}
