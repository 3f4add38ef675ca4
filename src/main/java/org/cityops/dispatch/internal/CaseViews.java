package org.cityops.dispatch.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityops.directory.DirectoryManagement;
import org.cityops.directory.Person;
import org.cityops.directory.PersonId;
import org.cityops.directory.Unit;
import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.CaseDetails.Area;
import org.cityops.dispatch.CaseDetails.Assignee;
import org.cityops.dispatch.CaseDetails.CoTask;
import org.cityops.dispatch.CaseId;
import org.cityops.dispatch.Reporter;
import org.cityops.dispatch.Source;
import org.cityops.geo.Division;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Grid;
import org.cityops.sla.SlaManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the full view of a case: names for codes, deadlines, timeline, routing, co-tasks and
 * duplicates.
 */
@Component
class CaseViews {

	private final GeoManagement geo;
	private final DirectoryManagement directory;
	private final SlaManagement sla;
	private final Timeline timeline;
	private final CoTasks coTasks;
	private final JdbcClient jdbc;

	CaseViews(GeoManagement geo, DirectoryManagement directory, SlaManagement sla, Timeline timeline, CoTasks coTasks,
			JdbcClient jdbc) {
		this.geo = geo;
		this.directory = directory;
		this.sla = sla;
		this.timeline = timeline;
		this.coTasks = coTasks;
		this.jdbc = jdbc;
	}

	CaseDetails of(Case subject) {
		String id = subject.id();
		List<CaseId> duplicates = jdbc.sql("select id from dispatch.cases where duplicate_of = ? order by id")
				.param(id).query(String.class).list().stream().map(CaseId::new).toList();
		List<CoTask> tasks = coTasks.of(id).stream()
				.map(task -> new CoTask(task.unitCode(), unitName(task.unitCode()), task.state(), task.openedAt(),
						task.dueAt(), task.reportedAt(), task.reportedBy(), task.report()))
				.toList();
		return of(subject, duplicates, tasks);
	}

	/**
	 * The view of a case created in the current transaction: nothing else can have linked a
	 * duplicate to it or given it co-organisers yet, so those are not looked up.
	 */
	CaseDetails ofNew(Case created) {
		return of(created, List.of(), List.of());
	}

	private CaseDetails of(Case subject, List<CaseId> duplicates, List<CoTask> tasks) {
		String id = subject.id();
		Source source = subject.sourceSystem() == null ? null : new Source(subject.sourceSystem(), subject.externalId());
		return new CaseDetails(new CaseId(id), subject.receipt(), subject.state(), subject.channel(), source,
				subject.categoryCode(), subject.description(), subject.address(), subject.lat(), subject.lng(),
				place(subject.place()), new Reporter(subject.reporterName(), subject.reporterPhone(),
						subject.reporterAccount()),
				subject.reportedAt(), subject.receivedAt(), subject.urgent(), subject.tags(), assignee(subject),
				subject.leadUnit(), tasks, subject.duplicateOf() == null ? null : new CaseId(subject.duplicateOf()),
				duplicates, subject.returnCount(), subject.escalationCount(), subject.reviewDate(),
				subject.satisfaction(), subject.closedAt(), sla.deadlines(id), timeline.entries(id),
				timeline.routing(id));
	}

	private CaseDetails.Place place(Case.Place place) {
		if (place == null || place.countyCode() == null) {
			return null;
		}
		return new CaseDetails.Place(grid(place.microGridCode()), grid(place.gridCode()),
				division(place.communityCode()), division(place.townshipCode()), division(place.countyCode()));
	}

	private Assignee assignee(Case subject) {
		if (subject.assigneeUnit() == null) {
			return null;
		}
		Optional<Person> person = Optional.ofNullable(subject.assigneePerson()).map(PersonId::new)
				.flatMap(directory::person);
		return new Assignee(subject.assigneeUnit(), unitName(subject.assigneeUnit()),
				person.map(p -> p.id().toString()).orElse(null), person.map(Person::name).orElse(null));
	}

	String unitName(String code) {
		return directory.unit(code).map(Unit::name).or(() -> geo.grid(code).map(Grid::name)).orElse(code);
	}

	private Area grid(String code) {
		return code == null ? null : new Area(code, geo.grid(code).map(Grid::name).orElse(code));
	}

	private Area division(String code) {
		return code == null ? null : new Area(code, geo.division(code).map(Division::name).orElse(code));
	}

	static UUID uuid(String text) {
		return text == null ? null : UUID.fromString(text);
	}
}
