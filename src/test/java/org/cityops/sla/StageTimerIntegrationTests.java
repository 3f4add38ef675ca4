package org.cityops.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.cityops.shared.time.MutableClock.shanghai;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.cityops.shared.time.MutableClock;
import org.cityops.shared.time.MutableClockConfiguration;
import org.cityops.sla.SlaTestConfiguration.SlaEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@Import({ MutableClockConfiguration.class, SlaTestConfiguration.class })
class StageTimerIntegrationTests {

	/** A Longgang grid, in normal time throughout these tests. */
	static final String GRID = "330383198001-G01";

	@Autowired
	SlaManagement sla;
	@Autowired
	MutableClock clock;
	@Autowired
	SlaEvents events;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	TransactionTemplate transaction;
	@Autowired
	ApplicationContext context;

	DueTimers timers;
	String caseId;

	@BeforeEach
	void newCaseOnMondayMorning() {
		timers = new DueTimers(context);
		caseId = "case-" + UUID.randomUUID();
		clock.set("2026-03-02T09:00");
	}

	@Test
	void warnsThenBreachesOnceWhenSignDeadlinePasses() {
		StageDeadline deadline = sla.startStage(new StageStart(caseId, Stage.SIGN, null, GRID, false, clock.instant()));

		assertThat(deadline.mode()).isEqualTo(SlaMode.NORMAL);
		assertThat(deadline.dueAt()).isEqualTo(shanghai("2026-03-02T11:00"));
		assertThat(deadline.warningAt()).isEqualTo(shanghai("2026-03-02T10:36"));

		clock.set("2026-03-02T10:35");
		timers.run();
		assertThat(events.of(StageDeadlineApproaching.class, caseId)).isEmpty();

		clock.set("2026-03-02T10:40");
		timers.run();
		timers.run();
		assertThat(events.of(StageDeadlineApproaching.class, caseId)).singleElement()
				.satisfies(warning -> assertThat(warning.due()).isEqualTo(deadline.dueAt()));
		assertThat(events.of(StageDeadlineBreached.class, caseId)).isEmpty();

		clock.set("2026-03-02T11:01");
		timers.run();
		timers.run();
		assertThat(events.of(StageDeadlineBreached.class, caseId)).singleElement().satisfies(breach -> {
			assertThat(breach.stage()).isEqualTo(Stage.SIGN);
			assertThat(breach.mode()).isEqualTo(SlaMode.NORMAL);
			assertThat(breach.breachedAt()).isEqualTo(shanghai("2026-03-02T11:01"));
		});
		assertThat(sla.deadlines(caseId)).singleElement().satisfies(clock -> {
			assertThat(clock.breached()).isTrue();
			assertThat(clock.status()).isEqualTo(StageStatus.RUNNING);
		});
	}

	@Test
	void aStageCompletedAfterItsBreachIsFrozenOverdue() {
		sla.startStage(new StageStart(caseId, Stage.SIGN, null, GRID, false, clock.instant()));
		clock.set("2026-03-02T11:30");
		timers.run();

		StageDeadline completed = sla.completeStage(caseId, Stage.SIGN, clock.instant());
		StageDeadline again = sla.completeStage(caseId, Stage.SIGN, clock.instant().plusSeconds(60));

		assertThat(completed.status()).isEqualTo(StageStatus.OVERDUE);
		assertThat(again).isEqualTo(completed);
	}

	@Test
	void completionBeforeTheDueTimeCancelsTheTimers() {
		sla.startStage(new StageStart(caseId, Stage.SIGN, null, GRID, false, clock.instant()));
		clock.set("2026-03-02T09:30");

		StageDeadline completed = sla.completeStage(caseId, Stage.SIGN, clock.instant());

		assertThat(completed.status()).isEqualTo(StageStatus.ON_TIME);
		assertThat(timersOf(caseId)).isZero();
		clock.set("2026-03-02T15:00");
		timers.run();
		assertThat(events.of(StageDeadlineApproaching.class, caseId)).isEmpty();
		assertThat(events.of(StageDeadlineBreached.class, caseId)).isEmpty();
	}

	@Test
	void aCancelledCaseHasNoRunningClocksAndNoTimers() {
		sla.startStage(new StageStart(caseId, Stage.HANDLE, null, GRID, false, clock.instant()));
		sla.startStage(new StageStart(caseId, Stage.CONTACT, null, GRID, false, clock.instant()));

		assertThat(sla.cancel(caseId, clock.instant())).hasSize(2)
				.allSatisfy(stage -> assertThat(stage.status()).isEqualTo(StageStatus.CANCELLED));
		assertThat(timersOf(caseId)).isZero();
	}

	@Test
	void aRolledBackCaseLeavesNoClockAndNoTimer() {
		long timersBefore = jdbc.sql("select count(*) from sla.scheduled_tasks").query(Long.class).single();

		transaction.executeWithoutResult(status -> {
			sla.startStage(new StageStart(caseId, Stage.ACCEPT, null, GRID, false, clock.instant()));
			status.setRollbackOnly();
		});

		assertThat(sla.deadlines(caseId)).isEmpty();
		assertThat(jdbc.sql("select count(*) from sla.scheduled_tasks").query(Long.class).single())
				.isEqualTo(timersBefore);
	}

	@Test
	void aBreachIsRecordedOnceEvenWhenItsTimerRunsAgainAfterACrash() {
		sla.startStage(new StageStart(caseId, Stage.ARRIVE, null, GRID, true, clock.instant()));
		clock.advance(Duration.ofHours(3));
		timers.run();
		// the node crashed after its transaction committed but before db-scheduler removed the timer
		jdbc.sql("insert into sla.scheduled_tasks (task_name, task_instance, execution_time, picked, version) "
				+ "values ('sla-stage-deadline', ? || '/BREACH', ?, false, 1)")
				.params(clockId(caseId), Timestamp.from(clock.instant())).update();

		timers.run();

		assertThat(events.of(StageDeadlineBreached.class, caseId)).hasSize(1);
		// Counted for this test's listener only: other modules (dispatch) listen to breaches too.
		assertThat(jdbc.sql("select count(*) from event_publication where event_type like '%StageDeadlineBreached' "
				+ "and listener_id like '%SlaEvents%' and serialized_event like ?").param("%" + caseId + "%")
				.query(Long.class).single()).as("publications for one listener in the Modulith registry").isEqualTo(1);
	}

	@Test
	void aTimerHeldByACrashedNodeFiresOnceRevived() {
		sla.startStage(new StageStart(caseId, Stage.SIGN, null, GRID, false, clock.instant()));
		clock.set("2026-03-02T11:05");
		jdbc.sql("update sla.scheduled_tasks set picked = true, picked_by = 'crashed-node', last_heartbeat = ? "
				+ "where task_instance like ?").params(Timestamp.from(shanghai("2026-03-02T11:00")), clockId(caseId) + "%")
				.update();

		timers.run();
		assertThat(events.of(StageDeadlineBreached.class, caseId)).isEmpty();

		timers.reviveDead();
		// db-scheduler reschedules a revived timer at its own system time, not at the application clock's
		clock.set(jdbc.sql("select max(execution_time) from sla.scheduled_tasks where task_instance like ?")
				.param(clockId(caseId) + "%").query(Timestamp.class).single().toInstant());
		timers.run();
		assertThat(events.of(StageDeadlineBreached.class, caseId)).hasSize(1);
		assertThat(timersOf(caseId)).isZero();
	}

	@Test
	void twoNodesRunningTheSameDueTimersAnnounceEachBreachOnce() {
		List<String> cases = IntStream.range(0, 20).mapToObj(i -> caseId + "-" + i).toList();
		cases.forEach(id -> sla.startStage(new StageStart(id, Stage.SIGN, null, GRID, false, clock.instant())));
		clock.set("2026-03-02T11:30");
		DueTimers otherNode = new DueTimers(context);

		CompletableFuture.allOf(CompletableFuture.runAsync(timers::run), CompletableFuture.runAsync(otherNode::run))
				.join();

		cases.forEach(id -> assertThat(events.of(StageDeadlineBreached.class, id)).as(id).hasSize(1));
	}

	@Test
	void startingAStageAgainReplacesItsClock() {
		sla.startStage(new StageStart(caseId, Stage.SIGN, null, GRID, false, clock.instant()));
		clock.set("2026-03-02T10:00");

		StageDeadline restarted = sla.startStage(new StageStart(caseId, Stage.SIGN, null, GRID, false, clock.instant()));

		assertThat(restarted.dueAt()).isEqualTo(shanghai("2026-03-02T12:00"));
		assertThat(sla.deadlines(caseId)).extracting(StageDeadline::status)
				.containsExactly(StageStatus.CANCELLED, StageStatus.RUNNING);
		assertThat(timersOf(caseId)).isEqualTo(2);
	}

	@Test
	void advancingCompletesTheStageLeftAndStartsTheNextWithItsTimers() {
		sla.startStage(new StageStart(caseId, Stage.SIGN, null, GRID, false, clock.instant()));
		clock.set("2026-03-02T09:30");

		StageDeadline contact = sla.advance(Stage.SIGN, new StageStart(caseId, Stage.CONTACT, null, GRID, false,
				clock.instant()));

		assertThat(contact.stage()).isEqualTo(Stage.CONTACT);
		assertThat(contact.status()).isEqualTo(StageStatus.RUNNING);
		assertThat(contact.startedAt()).isEqualTo(shanghai("2026-03-02T09:30"));
		assertThat(sla.deadlines(caseId)).extracting(StageDeadline::stage, StageDeadline::status, StageDeadline::completedAt)
				.containsExactly(tuple(Stage.SIGN, StageStatus.ON_TIME, shanghai("2026-03-02T09:30")),
						tuple(Stage.CONTACT, StageStatus.RUNNING, null));
		assertThat(timersOf(caseId)).as("the contact clock's warning and breach; none left for sign").isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from sla.scheduled_tasks where task_instance like ?")
				.param(clockId(caseId) + "/%").query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void advancingAfterTheDueTimeFreezesTheStageLeftOverdue() {
		sla.startStage(new StageStart(caseId, Stage.SIGN, null, GRID, false, clock.instant()));
		clock.set("2026-03-02T11:10");

		sla.advance(Stage.SIGN, new StageStart(caseId, Stage.CONTACT, null, GRID, false, clock.instant()));

		assertThat(sla.deadlines(caseId)).extracting(StageDeadline::status)
				.containsExactly(StageStatus.OVERDUE, StageStatus.RUNNING);
		clock.set("2026-03-02T11:20");
		timers.run();
		assertThat(events.of(StageDeadlineBreached.class, caseId)).as("the sign clock's timers went with it").isEmpty();
	}

	@Test
	void advancingIntoAStageStillRunningReplacesItsClock() {
		sla.startStage(new StageStart(caseId, Stage.SIGN, null, GRID, false, clock.instant()));
		sla.startStage(new StageStart(caseId, Stage.CONTACT, null, GRID, false, clock.instant()));
		clock.set("2026-03-02T09:30");

		sla.advance(Stage.SIGN, new StageStart(caseId, Stage.CONTACT, null, GRID, false, clock.instant()));

		assertThat(sla.deadlines(caseId)).extracting(StageDeadline::stage, StageDeadline::status)
				.containsExactlyInAnyOrder(tuple(Stage.SIGN, StageStatus.ON_TIME),
						tuple(Stage.CONTACT, StageStatus.CANCELLED),
						tuple(Stage.CONTACT, StageStatus.RUNNING));
		assertThat(timersOf(caseId)).isEqualTo(2);
	}

	@Test
	void advancingFromAStageToItselfIsRefused() {
		sla.startStage(new StageStart(caseId, Stage.SIGN, null, GRID, false, clock.instant()));

		assertThatIllegalArgumentException().isThrownBy(() -> sla.advance(Stage.SIGN,
				new StageStart(caseId, Stage.SIGN, null, GRID, false, clock.instant())));
		assertThat(sla.deadlines(caseId)).extracting(StageDeadline::status).containsExactly(StageStatus.RUNNING);
	}

	private String clockId(String caseId) {
		return jdbc.sql("select id::text from sla.stage_clock where case_id = ? and status = 'RUNNING'").param(caseId)
				.query(String.class).single();
	}

	private long timersOf(String caseId) {
		return jdbc.sql("select count(*) from sla.scheduled_tasks t join sla.stage_clock c "
				+ "on t.task_instance like c.id::text || '/%' where c.case_id = ?").param(caseId).query(Long.class)
				.single();
	}
}
