package org.cityops.intake.web;

import java.util.List;

import org.cityops.dispatch.Actor;
import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.CaseId;
import org.cityops.dispatch.CaseManagement;
import org.cityops.dispatch.CurrentActor;
import org.cityops.shared.web.FieldProblem;
import org.cityops.shared.web.InvalidInputException;
import org.cityops.shared.web.NotFoundException;
import org.cityops.triage.Categories;
import org.cityops.triage.Triage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/triage/cases/{id}/category}: the centre's human triage. A dispatcher (duty
 * chief, administrator) sets or corrects a case's category; the case waiting in the centre's queue
 * is then routed, and the choice is recorded as training data for the next retrain. Lives in
 * intake because it joins the pool (dispatch) and the classifier (triage).
 */
@RestController
class HumanTriageController {

	private final CaseManagement pool;
	private final Triage triage;
	private final Categories categories;
	private final CurrentActor actors;
	private final TransactionTemplate transaction;

	HumanTriageController(CaseManagement pool, Triage triage, Categories categories, CurrentActor actors,
			TransactionTemplate transaction) {
		this.pool = pool;
		this.triage = triage;
		this.categories = categories;
		this.actors = actors;
		this.transaction = transaction;
	}

	/** @param category the minor class chosen; @param reason why (optional) */
	record Choice(String category, String reason) {
	}

	@PostMapping("/api/triage/cases/{id}/category")
	@PreAuthorize("hasAnyRole('DISPATCHER', 'DUTY_CHIEF', 'ADMINISTRATOR')")
	OpenedCase categorise(@PathVariable String id, @RequestBody Choice choice, Authentication user) {
		String code = choice == null || choice.category() == null ? "" : choice.category().trim();
		if (categories.byCode(code).isEmpty()) {
			throw new InvalidInputException(List.of(new FieldProblem("category",
					code.isEmpty() ? "is required" : "no category '" + code + "'; GET /api/triage/categories lists them")));
		}
		if (choice.reason() != null && choice.reason().length() > 500) {
			throw new InvalidInputException(List.of(new FieldProblem("reason", "must be at most 500 characters")));
		}
		Actor actor = actors.of(user);
		CaseDetails categorised = transaction.execute(status -> {
			CaseDetails before = pool.find(new CaseId(id)).orElseThrow(() -> new NotFoundException("id", "no case " + id));
			CaseDetails after = pool.categorise(before.id(), code, choice.reason(), actor);
			triage.learn(new Triage.HumanLabel(id, before.description(), code, before.categoryCode(), actor.username()));
			return after;
		});
		return OpenedCase.of(categorised, null);
	}
}
