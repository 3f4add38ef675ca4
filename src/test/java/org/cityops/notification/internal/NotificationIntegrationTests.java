package org.cityops.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.cityops.TestDatabase;
import org.cityops.directory.DirectoryManagement;
import org.cityops.directory.DutyTeam;
import org.cityops.directory.GridStaff;
import org.cityops.directory.HttpApi.Answer;
import org.cityops.directory.Person;
import org.cityops.directory.PersonId;
import org.cityops.directory.Role;
import org.cityops.dispatch.CaseApi;
import org.cityops.dispatch.CasePoolTest;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Grid;
import org.cityops.geo.Position;
import org.cityops.notification.EventStreamClient;
import org.cityops.notification.NotificationKind;
import org.cityops.notification.NotificationManagement;
import org.cityops.notification.EventStreamClient.Event;
import org.cityops.notification.WebhookReceiver;
import org.cityops.notification.WebhookReceiver.Received;
import org.cityops.shared.time.MutableClock;
import org.cityops.sla.DueTimers;
import org.cityops.sla.SlaMode;
import org.cityops.sla.Stage;
import org.cityops.sla.StageDeadlineBreached;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The people concerned hear about their cases: in their inbox, live on their stream, and through the
 * webhook sink, once per event.
 */
@CasePoolTest
class NotificationIntegrationTests {

	private static final String GRID = "330383198001-G01";
	private static final Duration WAIT = Duration.ofSeconds(20);

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	GeoManagement geo;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LiveStreams streams;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	NotificationManagement notifications;

	CaseApi api;
	DueTimers timers;
	DueDeliveries deliveries;

	@BeforeEach
	void connect() {
		api = new CaseApi(port, clock);
		timers = new DueTimers(context);
		deliveries = new DueDeliveries(context);
	}

	@Test
	void aDispatchedCaseReachesTheGridWorkersInboxAndLiveStream() throws Exception {
		UUID worker = person("grid");
		try (EventStreamClient stream = EventStreamClient.open(port, "/api/notifications/stream", CaseApi.as("grid"))) {
			assertThat(stream.contentType()).startsWith("text/event-stream");
			stream.next(event -> event.name().equals("unread"), WAIT);

			String id = report("dispatcher", "HOTLINE", "0403", "超市把货架摆到门口人行道上了", null);

			Event live = stream.next(event -> event.name().equals("notification") && event.data().contains(id), WAIT);
			JsonNode pushed = api.json(live.data());
			assertThat(pushed.get("kind").asString()).isEqualTo("CASE_ASSIGNED");
			assertThat(pushed.get("caseId").asString()).isEqualTo(id);
			assertThat(pushed.get("unread").asLong()).isPositive();
			assertThat(live.id()).isEqualTo(pushed.get("id").asString());

			JsonNode mine = only(inbox("grid", id, false));
			assertThat(mine.get("id").asLong()).isEqualTo(pushed.get("id").asLong());
			assertThat(mine.get("title").asString()).isEqualTo("新派遣事件");
			assertThat(mine.get("body").asString()).contains(id, "超市把货架摆到门口人行道上了");
			assertThat(mine.has("readAt")).isFalse();
			assertThat(inbox("dispatcher", id, false)).as("the dispatcher did it himself").isEmpty();
			assertThat(streams.openStreams(worker)).isEqualTo(1);
		}
		await().atMost(WAIT).until(() -> streams.openStreams(worker) == 0);
	}

	@Test
	void theDispatchNoticeIsInTheInboxTheMomentTheReportIsAnswered() {
		String id = report("dispatcher", "HOTLINE", "0402", "商铺把桌椅摆到人行道上经营", null);

		assertThat(inbox("grid", id, false)).as("written in the intake's own transaction, no waiting")
				.singleElement().satisfies(notice -> assertThat(notice.get("kind").asString()).isEqualTo("CASE_ASSIGNED"));
		assertThat(publications("CaseMoved", id)).as("a dispatch leaves nothing for a later listener").isZero();

		assertThat(api.act(id, "return", "grid", "{\"reason\":\"不属于本网格\"}").status()).isEqualTo(200);
		assertThat(kinds("dispatcher", id)).as("a return reaches the centre at once too").contains("CASE_RETURNED");
	}

	@Test
	void aNotificationAddedOnAnotherNodeReachesThisNodesStream() throws Exception {
		UUID worker = person("grid");
		TestDatabase.Target database = TestDatabase.target();
		try (EventStreamClient stream = EventStreamClient.open(port, "/api/notifications/stream", CaseApi.as("grid"));
				Connection otherNode = DriverManager.getConnection(database.url(), database.username(), database.password())) {
			stream.next(event -> event.name().equals("unread"), WAIT);
			otherNode.setAutoCommit(false);
			long id;
			try (PreparedStatement insert = otherNode.prepareStatement("""
					insert into notification.inbox (person_id, event_key, kind, case_id, title, body, created_at)
					values (?, ?, 'CASE_ASSIGNED', 'C-OTHER-NODE', '另一节点', '由另一节点写入', now()) returning id""")) {
				insert.setObject(1, worker);
				insert.setString(2, "other-node:" + UUID.randomUUID());
				try (ResultSet row = insert.executeQuery()) {
					row.next();
					id = row.getLong(1);
				}
			}
			try (PreparedStatement notify = otherNode.prepareStatement("select pg_notify('cityops_notification', ?)")) {
				notify.setString(1, "added:" + id + ":" + worker);
				notify.execute();
			}
			otherNode.commit();

			Event live = stream.next(event -> event.name().equals("notification"), WAIT);
			assertThat(live.id()).isEqualTo(String.valueOf(id));
			assertThat(api.json(live.data()).get("caseId").asString()).isEqualTo("C-OTHER-NODE");
		}
	}

	@Test
	void aReconnectingStreamGetsWhatItMissed() throws Exception {
		String id = report("dispatcher", "HOTLINE", "1003", "老房子外墙裂缝越来越大", null);
		await().atMost(WAIT).until(() -> inbox("grid", id, false).size() == 1);
		long missed = only(inbox("grid", id, false)).get("id").asLong();

		try (EventStreamClient stream = EventStreamClient.open(port, "/api/notifications/stream", CaseApi.as("grid"),
				String.valueOf(missed - 1))) {
			Event replayed = stream.next(event -> event.name().equals("notification"), WAIT);
			assertThat(replayed.id()).isEqualTo(String.valueOf(missed));
			assertThat(api.json(replayed.data()).get("caseId").asString()).isEqualTo(id);
		}
	}

	@Test
	void aCaseOutsideEveryGridWaitsForTheCentresDispatchers() {
		ObjectNode body = api.report("HOTLINE", "0403", new Position(27.9938, 120.6994), "鹿城区五马街店铺出店经营");
		Answer opened = api.post("/api/cases", "dispatcher", body);
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		String id = opened.json().get("id").asString();
		assertThat(opened.json().get("state").asString()).isEqualTo("REPORTED");

		PersonId colleague = directory.people("330383-CENTRE", Role.DISPATCHER).stream().map(Person::id)
				.filter(other -> !other.value().equals(person("dispatcher"))).findFirst().orElseThrow();

		await().atMost(WAIT).until(() -> notifications.inbox(colleague, false, 0, 100).items().stream()
				.anyMatch(item -> id.equals(item.caseId())));
		assertThat(notifications.inbox(colleague, false, 0, 100).items().stream().filter(item -> id.equals(item.caseId())))
				.singleElement().satisfies(item -> {
					assertThat(item.kind()).isEqualTo(NotificationKind.CASE_QUEUED);
					assertThat(item.body()).contains("不在任何网格内");
				});
		assertThat(kinds("dispatcher", id)).as("the reporting dispatcher did it himself").isEmpty();
		assertThat(kinds("supervisor", id)).isEmpty();
	}

	@Test
	void aPersonReadsOnlyTheirOwnNotifications() {
		String id = report("dispatcher", "HOTLINE", "0802", "楼上夫妻天天吵架摔东西", null);
		await().atMost(WAIT).until(() -> inbox("grid", id, true).size() == 1);
		long notification = only(inbox("grid", id, true)).get("id").asLong();
		long unreadBefore = api.get("/api/notifications/unread-count", "grid").json().get("unread").asLong();

		assertThat(api.post("/api/notifications/" + notification + "/read", "handler", null).status()).isEqualTo(404);
		assertThat(api.post("/api/notifications/" + notification + "/read", "gridleader", null).status()).isEqualTo(404);
		assertThat(inbox("grid", id, true)).hasSize(1);

		Answer read = api.post("/api/notifications/" + notification + "/read", "grid", null);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("readAt").asString()).isEqualTo(clock.instant().toString());
		assertThat(inbox("grid", id, true)).isEmpty();
		assertThat(inbox("grid", id, false)).hasSize(1);
		assertThat(api.get("/api/notifications/unread-count", "grid").json().get("unread").asLong())
				.isEqualTo(unreadBefore - 1);

		assertThat(api.post("/api/notifications/read-all", "grid", null).json().get("unread").asLong()).isZero();
		Answer badPage = api.get("/api/notifications?size=1000", "grid");
		assertThat(badPage.status()).isEqualTo(400);
		assertThat(badPage.json().get("field").asString()).isEqualTo("size");
	}

	@Test
	void aMissedDeadlineTellsTheWorkerTheirLeaderAndTheCentreOnce() {
		String id = report("dispatcher", "HOTLINE", "1501", "小区里有大型犬没拴绳追人", null);
		JsonNode sign = api.get("/api/cases/" + id, "dispatcher").json().get("deadlines").valueStream()
				.filter(clock -> clock.get("stage").asString().equals("SIGN")).findFirst().orElseThrow();
		Instant due = Instant.parse(sign.get("dueAt").asString());

		clock.set(due.plusSeconds(1));
		timers.run();

		await().atMost(WAIT).until(() -> kinds("grid", id).contains("DEADLINE_BREACHED"));
		assertThat(kinds("grid", id)).contains("DEADLINE_APPROACHING", "DEADLINE_BREACHED");
		await().atMost(WAIT).until(() -> kinds("gridleader", id).contains("DEADLINE_BREACHED"));
		await().atMost(WAIT).until(() -> kinds("dispatcher", id).contains("DEADLINE_BREACHED"));
		assertThat(kinds("gridleader", id)).doesNotContain("DEADLINE_APPROACHING");

		transaction.executeWithoutResult(status -> events.publishEvent(
				new StageDeadlineBreached(id, Stage.SIGN, due, SlaMode.NORMAL, clock.instant())));
		await().atMost(WAIT).until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null "
				+ "and listener_id like '%DeadlineNotices%'").query(Long.class).single() == 0);
		assertThat(kinds("grid", id).stream().filter("DEADLINE_BREACHED"::equals)).hasSize(1);
		assertThat(kinds("dispatcher", id).stream().filter("DEADLINE_BREACHED"::equals)).hasSize(1);
	}

	@Test
	void closingACaseTellsEveryReporterAndTheWebhookRetriesUntilDelivered() throws Exception {
		String original = report("citizen", "CITIZEN", "0801", "隔壁装修和邻居吵起来了，快打起来了", null);
		String phone = "1990" + String.format("%07d", clock.instant().getEpochSecond() % 10_000_000);
		String duplicate = report("dispatcher", "HOTLINE", "0801", "邻居两家为装修噪音争吵", phone);
		assertThat(api.get("/api/cases/" + duplicate, "dispatcher").json().get("duplicateOf").asString())
				.isEqualTo(original);
		WebhookReceiver.failNext(phone, 1);

		for (String action : List.of("sign", "contact", "arrive", "handle")) {
			assertThat(api.act(original, action, "grid", null).status()).isEqualTo(200);
		}
		assertThat(api.act(original, "verify", "dispatcher", "{\"passed\":true}").status()).isEqualTo(200);
		assertThat(api.act(original, "close", "dispatcher", "{\"feedback\":{\"reached\":true}}").status())
				.isEqualTo(200);

		await().atMost(WAIT).until(() -> kinds("citizen", original).contains("CASE_CLOSED"));
		await().atMost(WAIT).until(() -> deliveryRecipients(original).size() == 2);
		assertThat(jdbc.sql("select count(*) from notification.inbox where event_key like ?")
				.param("closed:" + original + ":%").query(Long.class).single())
				.as("the reporter without an account is told by phone only").isEqualTo(1);

		deliveries.run();
		Received refused = only(posts(phone));
		assertThat(refused.status()).isEqualTo(500);
		assertThat(posts(person("citizen").toString()).stream().filter(post -> post.body().contains(original)))
				.singleElement().satisfies(post -> assertThat(post.status()).isEqualTo(204));
		assertThat(delivery(phone)).containsEntry("state", "PENDING").containsEntry("attempts", 1);

		deliveries.run();
		assertThat(posts(phone)).as("not retried before its time").hasSize(1);
		clock.advance(Duration.ofSeconds(31));
		deliveries.run();

		List<Received> tries = posts(phone);
		assertThat(tries).extracting(Received::status).containsExactly(500, 204);
		assertThat(tries).extracting(post -> post.header("X-CityOps-Delivery")).containsOnly(refused.header("X-CityOps-Delivery"));
		for (Received post : tries) {
			assertThat(post.header("X-CityOps-Signature"))
					.isEqualTo("sha256=" + hmac(post.header("X-CityOps-Timestamp") + "." + post.body()));
			JsonNode message = api.json(post.body());
			assertThat(message.get("kind").asString()).isEqualTo("CASE_CLOSED");
			assertThat(message.get("caseId").asString()).isEqualTo(original);
			assertThat(message.get("recipient").get("inPlatform").asBoolean()).isFalse();
		}
		assertThat(delivery(phone)).containsEntry("state", "DELIVERED").containsEntry("attempts", 2);
		assertThat(jdbc.sql("select outcome || ':' || coalesce(status_code, 0) from notification.delivery_attempt a "
				+ "join notification.delivery d on d.id = a.delivery_id where d.message::text like ? order by attempt")
				.param("%" + phone + "%").query(String.class).list()).containsExactly("RETRY:500", "DELIVERED:0");
	}

	@Test
	void anEscalatedCaseReachesTheCentreAndTheDutyChiefsOnDuty() {
		ObjectNode body = api.report("HOTLINE", "0703", microGridOf("grid").centroid(), "商场外机噪音多次投诉未解决");
		body.putArray("tags").add("difficult");
		Answer opened = api.post("/api/cases", "dispatcher", body);
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		String id = opened.json().get("id").asString();
		assertThat(opened.json().get("state").asString()).isEqualTo("ESCALATED");
		DutyTeam duty = directory.dutyTeam(clock.instant()).orElseThrow();

		// Written with the escalation, so there when the report is answered.
		assertThat(kinds("dispatcher", id)).containsExactly("CASE_ESCALATED");
		for (Person chief : List.of(duty.publicSecurityChief(), duty.emergencyChief())) {
			assertThat(notifications.inbox(chief.id(), false, 0, 100).items().stream()
					.anyMatch(item -> id.equals(item.caseId()) && item.kind() == NotificationKind.CASE_ESCALATED)).isTrue();
		}
		assertThat(only(inbox("dispatcher", id, false)).get("body").asString()).contains("difficult");
		assertThat(publications("CaseEscalated", id)).isZero();
	}

	@Test
	void aReturnedCaseTellsTheCentreAndOpensTheUnitsAccountability() {
		String id = report("dispatcher", "HOTLINE", "0701", "工地夜间施工噪音扰民", null);
		assertThat(api.act(id, "reassign", "dispatcher", "{\"targetUnit\":\"330383-ENFORCEMENT\",\"reason\":\"执法局主管\"}")
				.status()).isEqualTo(200);
		await().atMost(WAIT).until(() -> kinds("handler", id).contains("CASE_ASSIGNED"));

		assertThat(api.act(id, "return", "handler", "{\"reason\":\"夜间施工许可归住建\"}").status()).isEqualTo(200);

		await().atMost(WAIT).until(() -> kinds("handler", id).contains("ACCOUNTABILITY_OPENED"));
		await().atMost(WAIT).until(() -> kinds("dispatcher", id).contains("CASE_RETURNED"));
		assertThat(inbox("dispatcher", id, false).stream().filter(item -> item.get("kind").asString().equals("CASE_RETURNED")))
				.singleElement().satisfies(item -> assertThat(item.get("body").asString()).contains("夜间施工许可归住建"));
		assertThat(kinds("handler", id)).doesNotContain("CASE_RETURNED");
	}

	private String report(String user, String channel, String category, String description, String phone) {
		ObjectNode body = api.report(channel, category, microGridOf("grid").centroid(), description);
		if (phone != null) {
			((ObjectNode) body.get("reporter")).put("phone", phone);
		}
		Answer opened = api.post("/api/cases", user, body);
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		return opened.json().get("id").asString();
	}

	private Grid microGridOf(String username) {
		Person person = directory.personByUsername(username).orElseThrow();
		GridStaff staff = directory.gridStaff(GRID).orElseThrow();
		return geo.microGrids(GRID).stream()
				.filter(micro -> staff.firstResponder(micro.code()).map(Person::id).equals(Optional.of(person.id())))
				.findFirst().orElseThrow();
	}

	private UUID person(String username) {
		return directory.personByUsername(username).orElseThrow().id().value();
	}

	private List<JsonNode> inbox(String user, String caseId, boolean unreadOnly) {
		Answer answer = api.get("/api/notifications?size=100&unread=" + unreadOnly, user);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json().get("items").valueStream().filter(item -> caseId.equals(item.path("caseId").asString()))
				.toList();
	}

	/** Publications of an event type about a case left in the registry for a later listener. */
	private long publications(String eventType, String caseId) {
		return jdbc.sql("select count(*) from event_publication where event_type = ? and serialized_event like ?")
				.params("org.cityops.dispatch." + eventType, "%" + caseId + "%").query(Long.class).single();
	}

	private List<String> kinds(String user, String caseId) {
		return inbox(user, caseId, false).stream().map(item -> item.get("kind").asString()).toList();
	}

	private List<String> deliveryRecipients(String caseId) {
		return jdbc.sql("select recipient from notification.delivery where event_key like ?")
				.param("closed:" + caseId + ":%").query(String.class).list();
	}

	private java.util.Map<String, Object> delivery(String phone) {
		return jdbc.sql("select state, attempts from notification.delivery where recipient = ?")
				.param("phone:" + phone).query().singleRow();
	}

	private static List<Received> posts(String marker) {
		return WebhookReceiver.received().stream().filter(post -> post.body().contains(marker)).toList();
	}

	private static String hmac(String signed) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(WebhookReceiver.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
	}

	private static <T> T only(List<T> items) {
		assertThat(items).hasSize(1);
		return items.get(0);
	}
}
