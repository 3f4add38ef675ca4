package org.cityops.dispatch;

import java.time.Instant;

/**
 * A case changed state (or assignee) by an action.
 *
 * @param caseId the case
 * @param action what was done
 * @param from the state before
 * @param to the state after
 * @param actor who did it ({@code system} for the platform)
 * @param actorPerson the person id of who did it, {@code null} for the platform and for callers that are
 * not people (an API key's system)
 * @param assigneeUnit who has the case afterwards
 * @param assigneePerson the person who has it afterwards, {@code null} when a unit has it
 * @param at when
 */
public record CaseMoved(CaseId caseId, CaseAction action, CaseState from, CaseState to, String actor,
		String actorPerson, String assigneeUnit, String assigneePerson, Instant at) {
}
