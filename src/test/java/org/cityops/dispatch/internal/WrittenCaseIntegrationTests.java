package org.cityops.dispatch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.cityops.directory.DirectoryManagement;
import org.cityops.directory.Person;
import org.cityops.dispatch.ActionInput;
import org.cityops.dispatch.Actor;
import org.cityops.dispatch.CaseAction;
import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.CaseId;
import org.cityops.dispatch.CaseManagement;
import org.cityops.dispatch.CasePoolTest;
import org.cityops.dispatch.CaseSearch;
import org.cityops.dispatch.CaseState;
import org.cityops.dispatch.CaseSummary;
import org.cityops.dispatch.Channel;
import org.cityops.dispatch.NewCase;
import org.cityops.dispatch.Reporter;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Grid;
import org.cityops.shared.time.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a transaction wrote is read back from memory in that transaction (the summary its notices
 * are worded from, the history its answer shows): it must be exactly what the database holds. The
 * clock stands 300 ns before a whole second, which the driver rounds up when it stores it.
 */
@CasePoolTest
class WrittenCaseIntegrationTests {

	private static final String GRID = "330383198001-G01";

	@Autowired
	CaseManagement cases;

	@Autowired
	CaseSearch search;

	@Autowired
	GeoManagement geo;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	MutableClock clock;

	Instant before;

	@BeforeEach
	void justBeforeAWholeSecond() {
		before = clock.instant();
		clock.set(before.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1).minusNanos(300));
	}

	@AfterEach
	void restoreTheClock() {
		clock.set(before);
	}

	@Test
	void theSummaryOfACaseWrittenInTheTransactionIsWhatTheDatabaseHolds() {
		transaction.executeWithoutResult(status -> {
			CaseId id = open("0101", 2, "垃圾桶满了好几天没人清，味道很大，".repeat(8)).details().id();
			assertThat(stored(id).state()).isEqualTo(CaseState.DISPATCHED);
			assertThat(stored(id).description()).endsWith("…");
			assertThat(search.summary(id)).contains(stored(id));

			cases.act(id, CaseAction.SIGN, ActionInput.note("签收"), actor("grid"));

			assertThat(stored(id).state()).isEqualTo(CaseState.SIGNED);
			assertThat(search.summary(id)).contains(stored(id));
		});
	}

	@Test
	void theAnswerToAnIntakeShowsItsHistoryAsStored() {
		CaseDetails answered = open("0102", 1, "楼道口堆满了装修垃圾和旧家具").details();

		CaseDetails stored = cases.find(answered.id()).orElseThrow();

		assertThat(answered.timeline()).extracting(CaseDetails.TimelineEntry::action)
				.containsExactly(CaseAction.REPORT, CaseAction.ACCEPT, CaseAction.DISPATCH);
		assertThat(answered.timeline()).isEqualTo(stored.timeline());
		assertThat(answered.state()).isEqualTo(CaseState.DISPATCHED);
		assertThat(answered.routing()).hasSize(1).isEqualTo(stored.routing());
		assertThat(stored.timeline().get(0).at()).isEqualTo(clock.instant().plusNanos(300));
	}

	/** A hotline report in a micro-grid of the grid of the demo account {@code grid}. */
	private CaseManagement.Opened open(String category, int microGrid, String description) {
		List<Grid> micros = geo.microGrids(GRID);
		return cases.open(new NewCase(Channel.HOTLINE, category, description, micros.get(microGrid).centroid(), "龙港市测试地址",
				clock.instant().minusSeconds(60), new Reporter("测试市民", "17000008888", null), null, null, false, null),
				actor("dispatcher"));
	}

	private CaseSummary stored(CaseId id) {
		Optional<CaseSummary> read = jdbc.sql("select * from dispatch.cases where id = ?").param(id.value())
				.query(CaseQueries::summary).optional();
		return read.orElseThrow();
	}

	private Actor actor(String username) {
		Person person = directory.personByUsername(username).orElseThrow();
		return new Actor(username, person.id(), person.unitCode(), person.roles());
	}
}
