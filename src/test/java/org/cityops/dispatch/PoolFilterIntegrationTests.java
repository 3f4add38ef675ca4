package org.cityops.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cityops.directory.DirectoryManagement;
import org.cityops.directory.Person;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Grid;
import org.cityops.shared.time.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the console's case pool asks of dispatch beyond plain filters: overdue cases, the order of
 * the list, and the actions a user may take on a case.
 */
@CasePoolTest
class PoolFilterIntegrationTests {

	@Autowired
	CaseManagement cases;

	@Autowired
	CaseSearch search;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	GeoManagement geo;

	@Autowired
	MutableClock clock;

	@Test
	void listsOnlyCasesWithAStageRunningPastItsDueTimeAsOverdue() {
		String word = "超时测试" + UUID.randomUUID().toString().substring(0, 8);
		CaseId late = open("330383198002-G01", "0505", word + "：路灯不亮").details().id();

		assertThat(ids(overdue(word))).isEmpty();

		clock.advance(Duration.ofDays(3));
		CaseId fresh = open("330383198002-G01", "0505", word + "：井盖松动").details().id();

		assertThat(ids(overdue(word))).containsExactly(late);
		assertThat(ids(search.search(new CaseFilter(null, null, null, null, null, word, null, false, null), 0, 10)))
				.containsExactly(fresh, late);
	}

	@Test
	void sortsOldestFirstWhenAsked() {
		String word = "排序测试" + UUID.randomUUID().toString().substring(0, 8);
		CaseId first = open("330383198003-G01", "0603", word + " 一").details().id();
		clock.advance(Duration.ofMinutes(5));
		CaseId second = open("330383198003-G01", "0603", word + " 二").details().id();

		CaseFilter oldest = new CaseFilter(null, null, null, null, null, word, null, false, null, false,
				CaseFilter.Sort.OLDEST);
		assertThat(ids(search.search(oldest, 0, 10))).containsExactly(first, second);
	}

	@Test
	void tellsEachUserTheActionsTheyMayTakeNow() {
		CaseId id = open("330383198001-G01", "0101", "楼道堆物，消防通道被堵").details().id();
		assertThat(cases.find(id).orElseThrow().state()).isEqualTo(CaseState.DISPATCHED);

		Set<CaseAction> worker = cases.actionsFor(id, actor("grid"));
		Set<CaseAction> dispatcher = cases.actionsFor(id, actor("dispatcher"));

		assertThat(worker).contains(CaseAction.SIGN, CaseAction.RETURN, CaseAction.ESCALATE)
				.doesNotContain(CaseAction.VOID, CaseAction.REASSIGN, CaseAction.HANDLE);
		assertThat(dispatcher).contains(CaseAction.REASSIGN, CaseAction.VOID, CaseAction.SUSPEND, CaseAction.ESCALATE)
				.doesNotContain(CaseAction.SIGN, CaseAction.ACCEPT, CaseAction.CONSULT);
		assertThat(cases.actionsFor(id, actor("handler"))).doesNotContain(CaseAction.SIGN, CaseAction.VOID);

		cases.act(id, CaseAction.SIGN, ActionInput.NONE, actor("grid"));
		assertThat(cases.actionsFor(id, actor("grid"))).contains(CaseAction.CONTACT).doesNotContain(CaseAction.SIGN);
	}

	private CaseSearch.Page overdue(String word) {
		return search.search(new CaseFilter(null, null, null, null, null, word, null, false, null, true, null), 0, 10);
	}

	private static List<CaseId> ids(CaseSearch.Page page) {
		return page.cases().stream().map(CaseSummary::id).toList();
	}

	/** A hotline report at the centre of the grid's last micro-grid (other tests use the first). */
	private CaseManagement.Opened open(String gridCode, String category, String description) {
		List<Grid> micros = geo.microGrids(gridCode);
		Grid micro = micros.get(micros.size() - 1);
		return cases.open(new NewCase(Channel.HOTLINE, category, description, micro.centroid(), "龙港市测试地址",
				clock.instant().minusSeconds(60), new Reporter("测试市民", "17000009999", null), null, null, false, null),
				actor("dispatcher"));
	}

	private Actor actor(String username) {
		Person person = directory.personByUsername(username).orElseThrow();
		return new Actor(username, person.id(), person.unitCode(), person.roles());
	}
}
