package org.cityops.dispatch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cityops.sla.StageDeadline;

/**
 * Everything about a case, as staff see it.
 *
 * @param id the case id
 * @param receipt the receipt number the reporter follows the case with
 * @param state where it stands
 * @param channel where it came in
 * @param source the originating system and its id, if any
 * @param categoryCode the minor class, {@code null} until categorised
 * @param description what happened
 * @param address the address as given
 * @param lat WGS84 latitude, {@code null} when unknown
 * @param lng WGS84 longitude, {@code null} when unknown
 * @param place the micro-grid, grid, community, township and county it lies in
 * @param reporter who reported it
 * @param reportedAt when it was reported
 * @param receivedAt when the platform received it
 * @param urgent whether it is urgent
 * @param tags tags with their reasons
 * @param assignee who has it now
 * @param leadUnit the lead unit (主办) after a consultation, else {@code null}
 * @param coTasks the co-organisers' parts (协办)
 * @param duplicateOf the open case this one duplicates, else {@code null}
 * @param duplicates cases linked to this one as duplicates
 * @param returnCount how often it was returned
 * @param escalationCount how often it was escalated
 * @param suspendedUntil review date of a suspended case
 * @param satisfaction the reporter's rating 1–5, once evaluated
 * @param closedAt when the handling loop closed
 * @param deadlines the stage clocks
 * @param timeline every transition, oldest first
 * @param routing why it went where it went, oldest first
 */
public record CaseDetails(CaseId id, String receipt, CaseState state, Channel channel, Source source,
		String categoryCode, String description, String address, Double lat, Double lng, Place place,
		Reporter reporter, Instant reportedAt, Instant receivedAt, boolean urgent, Set<String> tags, Assignee assignee,
		String leadUnit, List<CoTask> coTasks, CaseId duplicateOf, List<CaseId> duplicates, int returnCount,
		int escalationCount, LocalDate suspendedUntil, Integer satisfaction, Instant closedAt,
		List<StageDeadline> deadlines, List<TimelineEntry> timeline, List<RoutingDecision> routing) {

	/**
	 * Where a case lies; codes with names.
	 */
	public record Place(Area microGrid, Area grid, Area community, Area township, Area county) {
	}

	/** A named division, grid or unit. */
	public record Area(String code, String name) {
	}

	/**
	 * Who has the case.
	 *
	 * @param unitCode the unit (a grid code for a grid team, a department code, or the centre)
	 * @param unitName its name
	 * @param personId the person, if the case is with one person
	 * @param personName their name
	 */
	public record Assignee(String unitCode, String unitName, String personId, String personName) {
	}

	/** A co-organiser's part of a case. */
	public record CoTask(String unitCode, String unitName, String state, Instant openedAt, Instant dueAt,
			Instant reportedAt, String reportedBy, String report) {
	}

	/** One transition in the timeline. */
	public record TimelineEntry(long sequence, Instant at, CaseAction action, CaseState from, CaseState to,
			String actor, String actorRole, String actorUnit, String note, String reason, List<String> attachments) {
	}

	/** A routing decision and its reason. */
	public record RoutingDecision(Instant at, String rule, String targetUnit, String targetPerson, String reason) {
	}
}
