package org.cityops.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cityops.directory.HttpApi.Answer;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Grid;
import org.cityops.shared.time.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The noise "one thing" standard run end to end: four units in parallel, then the next step group,
 * and the closing rule (every sub-task closed, the lead unit confirms).
 */
@CasePoolTest
class OneThingIntegrationTests {

	private static final String GRID = "330383198001-G01";

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	GeoManagement geo;

	CaseApi api;

	@BeforeEach
	void connect() {
		api = new CaseApi(port, clock);
	}

	@Test
	void constructionNoiseRunsFourUnitsInParallelAndClosesOnlyWhenAllHaveAndTheLeadConfirms() {
		Grid micro = geo.microGrids(GRID).get(2);
		String id = ok(api.post("/api/cases", "dispatcher", reportFrom("17000007001", micro,
				"晚上十一点多了隔壁工地还在打桩，吵得小孩睡不着，投诉好几次了")), 201).get("id").asString();
		ok(api.act(id, "escalate", "dispatcher", "{\"reason\":\"夜间施工噪声反复投诉，按噪声一件事处置\"}"), 200);

		JsonNode run = ok(api.post("/api/cases/" + id + "/one-thing", "dispatcher", api.json("{}")), 201);

		assertThat(run.get("standardCode").asString()).isEqualTo("OT01");
		assertThat(run.get("variant").asString()).isEqualTo("CONSTRUCTION");
		assertThat(run.get("leadUnit").asString()).isEqualTo("330383-ENFORCEMENT");
		assertThat(run.get("currentGroup").asInt()).isEqualTo(1);
		Map<String, String> firstGroup = tasks(run, 1);
		assertThat(firstGroup).as("four units at once").containsOnlyKeys(GRID, "330383-HOUSING",
				"330383-ENFORCEMENT", "330383-ECOLOGY");
		assertThat(firstGroup.values()).containsOnly("OPEN");
		assertThat(tasks(run, 2)).containsExactly(Map.entry("330383-HOUSING", "WAITING"));
		run.get("tasks").valueStream().filter(task -> task.get("group").asInt() == 1)
				.forEach(task -> assertThat(task.get("dueAt").isNull()).as("deadline of " + task).isFalse());
		JsonNode details = api.get("/api/cases/" + id, "dispatcher").json();
		assertThat(details.get("state").asString()).isEqualTo("DISPATCHED");
		assertThat(details.get("leadUnit").asString()).isEqualTo("330383-ENFORCEMENT");

		Answer again = api.post("/api/cases/" + id + "/one-thing", "dispatcher", api.json("{\"standard\":\"OT01\"}"));
		assertThat(again.status()).isEqualTo(409);

		long waiting = taskId(run, 2, "330383-HOUSING");
		assertThat(close(id, waiting, "admin", "DONE", "提前").status()).as("group 2 has not started").isEqualTo(409);
		assertThat(close(id, taskId(run, 1, "330383-HOUSING"), "handler", "DONE", "不是我的").status())
				.as("only the unit closes its part").isEqualTo(403);
		Answer noOutcome = api.post("/api/cases/" + id + "/one-thing/tasks/" + taskId(run, 1, GRID), "grid",
				api.json("{\"report\":\"已到场\"}"));
		assertThat(noOutcome.status()).isEqualTo(400);
		assertThat(noOutcome.json().get("field").asString()).isEqualTo("outcome");

		ok(close(id, taskId(run, 1, GRID), "grid", "DONE", "23:20到场，工地在用打桩机，已拍视频"), 200);
		ok(close(id, taskId(run, 1, "330383-HOUSING"), "admin", "DONE", "无夜间施工证明"), 200);
		JsonNode partly = ok(close(id, taskId(run, 1, "330383-ENFORCEMENT"), "handler", "DONE", "已责令停工，立案"),
				200);
		assertThat(partly.get("currentGroup").asInt()).as("ecology still working").isEqualTo(1);
		assertThat(tasks(partly, 2)).containsExactly(Map.entry("330383-HOUSING", "WAITING"));
		JsonNode secondGroup = ok(close(id, taskId(run, 1, "330383-ECOLOGY"), "admin", "NOT_NEEDED",
				"无证施工已停工，反映人对噪声值无异议，无需监测"), 200);
		assertThat(secondGroup.get("currentGroup").asInt()).isEqualTo(2);
		assertThat(tasks(secondGroup, 2)).containsExactly(Map.entry("330383-HOUSING", "OPEN"));

		for (String action : List.of("sign", "contact", "arrive", "handle")) {
			ok(api.act(id, action, "handler", null), 200);
		}
		ok(api.act(id, "verify", "dispatcher", "{\"passed\":true}"), 200);
		Answer early = api.act(id, "close", "handler", "{\"feedback\":{\"reached\":true}}");
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.json().get("field").asString()).isEqualTo("oneThingTasks");

		ok(close(id, taskId(run, 2, "330383-HOUSING"), "admin", "DONE", "已约谈施工单位，承诺书已上传"), 200);
		assertThat(api.act(id, "close", "dispatcher", "{\"feedback\":{\"reached\":true}}").status())
				.as("the lead unit confirms, not the centre").isEqualTo(403);
		JsonNode closed = ok(api.act(id, "close", "handler", "{\"feedback\":{\"reached\":true,\"note\":\"已回访，夜间已无施工\"}}"), 200);
		assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
		JsonNode finished = api.get("/api/cases/" + id + "/one-thing", "dispatcher").json();
		assertThat(finished.get("allClosed").asBoolean()).isTrue();
		assertThat(finished.get("currentGroup").asInt()).isZero();
	}

	/**
	 * A construction-noise report from its own reporter: the same phone twice within 30 days is a
	 * repeat complaint, which triage tags so that the noise standard applies and the case goes to
	 * the centre on arrival; these tests escalate by hand.
	 */
	private ObjectNode reportFrom(String phone, Grid micro, String text) {
		ObjectNode report = api.report("HOTLINE", "0701", micro.centroid(), text);
		((ObjectNode) report.get("reporter")).put("phone", phone);
		return report;
	}

	@Test
	void refusesAStandardThatDoesNotCoverTheCaseAndChangesNothing() {
		Grid micro = geo.microGrids(GRID).get(3);
		String id = ok(api.post("/api/cases", "dispatcher", reportFrom("17000007002", micro, "工地夜里施工噪音很大")), 201)
				.get("id").asString();
		ok(api.act(id, "escalate", "dispatcher", "{\"reason\":\"多部门\"}"), 200);

		Answer unknown = api.post("/api/cases/" + id + "/one-thing", "dispatcher", api.json("{\"standard\":\"OT99\"}"));
		Answer other = api.post("/api/cases/" + id + "/one-thing", "dispatcher", api.json("{\"standard\":\"OT05\"}"));
		Answer gridWorker = api.post("/api/cases/" + id + "/one-thing", "grid", api.json("{}"));

		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("field").asString()).isEqualTo("standard");
		assertThat(other.status()).isEqualTo(400);
		assertThat(other.json().get("field").asString()).isEqualTo("standard");
		assertThat(gridWorker.status()).isEqualTo(403);
		assertThat(api.get("/api/cases/" + id + "/one-thing", "dispatcher").status()).isEqualTo(404);
		assertThat(api.get("/api/cases/" + id, "dispatcher").json().get("state").asString()).isEqualTo("ESCALATED");
	}

	private Answer close(String id, long taskId, String user, String outcome, String report) {
		return api.post("/api/cases/" + id + "/one-thing/tasks/" + taskId, user,
				api.json("{\"outcome\":\"" + outcome + "\",\"report\":\"" + report + "\"}"));
	}

	private static Map<String, String> tasks(JsonNode run, int group) {
		return run.get("tasks").valueStream().filter(task -> task.get("group").asInt() == group)
				.collect(Collectors.toMap(task -> task.get("unitCode").asString(), task -> task.get("state").asString()));
	}

	private static long taskId(JsonNode run, int group, String unit) {
		return run.get("tasks").valueStream()
				.filter(task -> task.get("group").asInt() == group && task.get("unitCode").asString().equals(unit))
				.findFirst().orElseThrow().get("id").asLong();
	}

	private static JsonNode ok(Answer answer, int status) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		return answer.json();
	}
}
