package org.cityops.dispatch;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The case pool, for the channels that feed it and the pages that show it.
 */
public interface CaseManagement {

	/**
	 * Puts a report into the pool: locates it, links it to an open case about the same thing if
	 * there is one, routes it and, unless it needs a person at the centre, accepts and dispatches it
	 * at once. Starts its time limits. A report whose source (system and external id) is already in
	 * the pool is not taken again: the first case is returned.
	 *
	 * @return the case and whether it was created by this call
	 */
	default Opened open(NewCase report, Actor submittedBy) {
		return open(report, submittedBy, created -> {
		});
	}

	/**
	 * Like {@link #open(NewCase, Actor)}, and runs {@code whenCreated} with the new case inside the
	 * transaction that creates it, so that what it records (e.g. an event for the duty chiefs) commits
	 * with the case or not at all. It does not run when the report repeated a case already in the pool;
	 * if it fails, no case is created.
	 */
	Opened open(NewCase report, Actor submittedBy, Consumer<CaseDetails> whenCreated);

	Optional<CaseDetails> find(CaseId id);

	Optional<CaseDetails> findByReceipt(String receipt);

	/**
	 * Takes an action on a case.
	 *
	 * @throws org.cityops.shared.web.NotFoundException when there is no such case
	 * @throws org.cityops.shared.web.ConflictException when the case's state does not allow the action
	 * @throws org.cityops.shared.web.InvalidInputException when the input lacks what the action needs
	 * @throws org.springframework.security.access.AccessDeniedException when the actor may not take it
	 */
	CaseDetails act(CaseId id, CaseAction action, ActionInput input, Actor actor);

	/**
	 * Sets or corrects the category of an unfinished case (the centre's human triage), replacing
	 * the tags that start with {@code triage:} by {@code triage:human …} with the reason. A case
	 * still waiting in the centre's queue without a category is then routed like a new one. The
	 * decision is kept in the case's routing history.
	 *
	 * @throws org.cityops.shared.web.NotFoundException when there is no such case
	 * @throws org.cityops.shared.web.ConflictException when the case is closed, voided or a duplicate
	 * @throws org.springframework.security.access.AccessDeniedException unless a dispatcher, duty
	 * chief or administrator categorises
	 */
	CaseDetails categorise(CaseId id, String categoryCode, String reason, Actor actor);

	/**
	 * The actions the actor may take on the case now: those its state allows and the actor's role,
	 * unit and area permit, in lifecycle order. What each needs in its input is checked when it is
	 * taken.
	 *
	 * @throws org.cityops.shared.web.NotFoundException when there is no such case
	 */
	Set<CaseAction> actionsFor(CaseId id, Actor actor);

	/**
	 * The result of {@link #open}.
	 *
	 * @param details the case
	 * @param created {@code false} when the report repeated one already in the pool
	 */
	record Opened(CaseDetails details, boolean created) {
	}
}
