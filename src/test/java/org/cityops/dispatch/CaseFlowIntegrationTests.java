package org.cityops.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cityops.directory.DirectoryManagement;
import org.cityops.directory.GridStaff;
import org.cityops.directory.HttpApi.Answer;
import org.cityops.directory.Person;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Grid;
import org.cityops.shared.time.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * A case from report to satisfaction through the API, as a new user would walk it.
 */
@CasePoolTest
class CaseFlowIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	GeoManagement geo;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	JdbcClient jdbc;

	CaseApi api;

	@BeforeEach
	void connect() {
		api = new CaseApi(port, clock);
	}

	@Test
	void routesAHotlineReportToTheGridWorkerAndWalksItToSatisfaction() {
		Grid micro = microGridAnsweredBy("grid", "330383198001-G01");
		Answer reported = api.post("/api/cases", "dispatcher",
				api.report("HOTLINE", "0102", micro.centroid(), "楼道里堆满了纸箱和旧家具，消防通道都堵了"));

		assertThat(reported.status()).isEqualTo(201);
		JsonNode opened = reported.json();
		String id = opened.get("id").asString();
		assertThat(opened.get("state").asString()).isEqualTo("DISPATCHED");
		assertThat(opened.get("microGrid").get("code").asString()).isEqualTo(micro.code());
		assertThat(opened.get("grid").get("code").asString()).isEqualTo("330383198001-G01");
		assertThat(opened.get("community").get("name").asString()).isEqualTo("金钗河社区");
		assertThat(opened.get("assignee").get("unitCode").asString()).isEqualTo("330383198001-G01");
		assertThat(opened.get("assignee").get("personId").asString())
				.isEqualTo(directory.personByUsername("grid").orElseThrow().id().toString());
		assertThat(opened.get("deadlines").get(0).get("stage").asString()).isEqualTo("SIGN");
		assertThat(reported.headers().getLocation()).hasToString("/api/cases/" + id);

		ok(api.act(id, "sign", "grid", null));
		ok(api.act(id, "contact", "grid", "{\"note\":\"已电话联系报事人，约定10分钟后到场\"}"));
		ok(api.act(id, "arrive", "grid", String.format("{\"lat\":%s,\"lng\":%s}", micro.centroid().lat(),
				micro.centroid().lng())));
		ok(api.act(id, "handle", "grid", "{\"note\":\"已联系物业清理楼道\",\"attachments\":[\"photo-1.jpg\"]}"));
		ok(api.act(id, "verify", "dispatcher", "{\"passed\":true}"));
		ok(api.act(id, "close", "dispatcher", "{\"feedback\":{\"reached\":true,\"note\":\"报事人表示满意\"}}"));
		JsonNode evaluated = ok(api.act(id, "evaluate", "dispatcher", "{\"satisfaction\":5}"));

		assertThat(evaluated.get("state").asString()).isEqualTo("EVALUATED");
		assertThat(evaluated.get("satisfaction").asInt()).isEqualTo(5);
		List<String> actions = evaluated.get("timeline").valueStream().map(e -> e.get("action").asString()).toList();
		assertThat(actions).containsExactly("REPORT", "ACCEPT", "DISPATCH", "SIGN", "CONTACT", "ARRIVE", "HANDLE",
				"VERIFY", "CLOSE", "EVALUATE");
		assertThat(evaluated.get("routing").get(0).get("rule").asString()).isEqualTo("GRID");
		assertThat(evaluated.get("deadlines").valueStream().map(d -> d.get("status").asString()))
				.containsOnly("ON_TIME");
	}

	@Test
	void refusesAnActionTheStateDoesNotAllowWithProblemDetails() {
		Grid micro = geo.microGrids("330383198002-G01").get(0);
		String id = api.post("/api/cases", "dispatcher", api.report("HOTLINE", "0201", micro.centroid(),
				"店招歪了快掉下来了")).json().get("id").asString();

		Answer closed = api.act(id, "close", "dispatcher", "{\"feedback\":{\"reached\":true}}");

		assertThat(closed.status()).isEqualTo(409);
		assertThat(closed.contentType().toString()).startsWith("application/problem+json");
		assertThat(closed.json().get("field").asString()).isEqualTo("action");
		assertThat(api.get("/api/cases/" + id, "dispatcher").json().get("state").asString()).isEqualTo("DISPATCHED");
	}

	@Test
	void keepsOtherPeopleOffTheAssigneesSteps() {
		Grid micro = geo.microGrids("330383198003-G01").get(0);
		String id = api.post("/api/cases", "dispatcher", api.report("HOTLINE", "0202", micro.centroid(),
				"电线杆上贴满了小广告")).json().get("id").asString();

		assertThat(api.act(id, "sign", "handler", null).status()).isEqualTo(403);
		assertThat(api.act(id, "dispatch", "grid", "{\"targetUnit\":\"330383-ENFORCEMENT\"}").status()).isEqualTo(403);
	}

	@Test
	void requiresTheReportersFeedbackBeforeClosing() {
		// not the first: NotificationIntegrationTests leaves a returned 0402 case open there
		Grid micro = microGridAnsweredBy("grid", "330383198001-G01", 1);
		String id = api.post("/api/cases", "dispatcher", api.report("HOTLINE", "0402", micro.centroid(),
				"水果店把摊子摆到人行道上了")).json().get("id").asString();
		for (String action : List.of("sign", "contact", "arrive", "handle")) {
			ok(api.act(id, action, "grid", null));
		}
		ok(api.act(id, "verify", "dispatcher", "{\"passed\":true}"));

		Answer withoutFeedback = api.act(id, "close", "dispatcher", null);
		Answer unreachedWithoutNote = api.act(id, "close", "dispatcher", "{\"feedback\":{\"reached\":false}}");

		assertThat(withoutFeedback.status()).isEqualTo(400);
		assertThat(withoutFeedback.json().get("field").asString()).isEqualTo("feedback");
		assertThat(unreachedWithoutNote.json().get("field").asString()).isEqualTo("feedback.note");
		JsonNode closed = ok(api.act(id, "close", "dispatcher",
				"{\"feedback\":{\"reached\":false,\"note\":\"三次致电无人接听\"}}"));
		assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
	}

	@Test
	void sendsAFailedVerificationBackAndOpensAnAccountabilityRecord() {
		Grid micro = microGridAnsweredBy("grid", "330383198001-G01");
		String id = api.post("/api/cases", "dispatcher", api.report("HOTLINE", "0101", micro.centroid(),
				"垃圾桶满了好几天没人清")).json().get("id").asString();
		for (String action : List.of("sign", "contact", "arrive", "handle")) {
			ok(api.act(id, action, "grid", null));
		}

		JsonNode back = ok(api.act(id, "verify", "dispatcher", "{\"passed\":false,\"note\":\"现场仍有垃圾\"}"));

		assertThat(back.get("state").asString()).isEqualTo("ON_SITE");
		JsonNode records = api.get("/api/accountability/cases/" + id, "dispatcher").json();
		assertThat(records.get(0).get("cause").asString()).isEqualTo("VERIFICATION_FAILED");
		assertThat(records.get(0).get("unitCode").asString()).isEqualTo("330383198001-G01");
		JsonNode loops = api.get("/api/units/330383198001-G01/loops", "grid").json();
		assertThat(loops.get("responsibility").valueStream().map(r -> r.get("caseId").asString())).contains(id);
		assertThat(loops.get("handling").valueStream().map(c -> c.get("id").asString())).contains(id);
	}

	private JsonNode ok(Answer answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	/** The micro-grid of a grid for which the given demo account answers first. */
	private Grid microGridAnsweredBy(String username, String gridCode) {
		return microGridAnsweredBy(username, gridCode, 0);
	}

	/**
	 * The n-th micro-grid (from 0) whose first responder the person is. Test classes share the pool:
	 * a report of a category another class left open nearby would be linked to that case as a duplicate.
	 */
	private Grid microGridAnsweredBy(String username, String gridCode, int nth) {
		Person person = directory.personByUsername(username).orElseThrow();
		GridStaff staff = directory.gridStaff(gridCode).orElseThrow();
		return geo.microGrids(gridCode).stream()
				.filter(micro -> staff.firstResponder(micro.code()).map(p -> p.id().equals(person.id())).orElse(false))
				.skip(nth).findFirst().orElseThrow();
	}
}
