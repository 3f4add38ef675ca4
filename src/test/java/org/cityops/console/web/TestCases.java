package org.cityops.console.web;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.cityops.directory.DirectoryManagement;
import org.cityops.directory.Person;
import org.cityops.dispatch.ActionInput;
import org.cityops.dispatch.Actor;
import org.cityops.dispatch.CaseAction;
import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.CaseManagement;
import org.cityops.dispatch.CaseState;
import org.cityops.dispatch.Channel;
import org.cityops.dispatch.NewCase;
import org.cityops.dispatch.Reporter;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Grid;
import org.springframework.context.ApplicationContext;

/**
 * Opens cases for the console's tests as the 12345 hotline would, each at another micro-grid of the
 * grid (so that none is linked to an earlier one as a duplicate).
 */
public class TestCases {

	private static final AtomicInteger NEXT = new AtomicInteger();

	private final CaseManagement cases;
	private final DirectoryManagement directory;
	private final GeoManagement geo;
	private final Clock clock;

	/** With the beans of the running platform (a plain object, so the test context stays the shared one). */
	public static TestCases of(ApplicationContext context) {
		return new TestCases(context.getBean(CaseManagement.class), context.getBean(DirectoryManagement.class),
				context.getBean(GeoManagement.class), context.getBean(Clock.class));
	}

	private TestCases(CaseManagement cases, DirectoryManagement directory, GeoManagement geo, Clock clock) {
		this.cases = cases;
		this.directory = directory;
		this.geo = geo;
		this.clock = clock;
	}

	public CaseDetails open(String gridCode, String category, String description) {
		return open(gridCode, category, description, null);
	}

	/** A case with tags as triage writes them ({@code NAME:reason}). */
	public CaseDetails open(String gridCode, String category, String description, Set<String> tags) {
		List<Grid> micros = geo.microGrids(gridCode);
		Grid micro = micros.get(NEXT.getAndIncrement() % micros.size());
		return cases.open(new NewCase(Channel.HOTLINE, category, description, micro.centroid(), "龙港市测试地址 " + micro.code(),
				clock.instant().minusSeconds(60), new Reporter("测试市民", "17000009999", null), null, null, false, tags),
				actor("dispatcher")).details();
	}

	/** A case opened as {@link #open} and escalated to the centre by the dispatcher. */
	public CaseDetails escalated(String gridCode, String category, String description, String reason) {
		CaseDetails opened = open(gridCode, category, description);
		cases.act(opened.id(), CaseAction.ESCALATE, ActionInput.reason(reason), actor("dispatcher"));
		return opened;
	}

	public CaseState state(CaseDetails details) {
		return cases.find(details.id()).orElseThrow().state();
	}

	public CaseDetails find(CaseDetails details) {
		return cases.find(details.id()).orElseThrow();
	}

	public Actor actor(String username) {
		Person person = directory.personByUsername(username).orElseThrow();
		return new Actor(username, person.id(), person.unitCode(), person.roles());
	}

	public CaseManagement cases() {
		return cases;
	}
}
