package org.cityops.dispatch.web;

import java.util.List;

import org.cityops.dispatch.AccountabilityRecord;
import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.CaseManagement;
import org.cityops.dispatch.CurrentActor;
import org.cityops.shared.web.InvalidInputException;
import org.cityops.shared.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.cityops.dispatch.ResponsibilityLoop;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accountability records: the unit answers, a supervisor accepts or sends the answer back.
 */
@RestController
@RequestMapping("/api/accountability")
class AccountabilityController {

	private final ResponsibilityLoop loop;
	private final CurrentActor actors;
	private final CaseManagement cases;
	private final CaseVisibility visibility;

	AccountabilityController(ResponsibilityLoop loop, CurrentActor actors, CaseManagement cases,
			CaseVisibility visibility) {
		this.cases = cases;
		this.visibility = visibility;
		this.loop = loop;
		this.actors = actors;
	}

	@GetMapping("/cases/{id}")
	List<AccountabilityRecord> ofCase(@PathVariable String id, Authentication user) {
		CaseDetails details = cases.find(CaseController.caseId(id))
			.orElseThrow(() -> new NotFoundException("id", "no case " + id));
		if (!visibility.maySee(user, details)) {
			throw new AccessDeniedException("The case lies outside your area");
		}
		return loop.ofCase(details.id());
	}

	@PostMapping("/{id}/answer")
	AccountabilityRecord answer(@PathVariable long id, @RequestBody Answer answer, Authentication user) {
		return loop.answer(id, answer.answer(), actors.of(user));
	}

	@PostMapping("/{id}/review")
	AccountabilityRecord review(@PathVariable long id, @RequestBody Review review, Authentication user) {
		if (review == null || review.accepted() == null) {
			throw new InvalidInputException("accepted", "is required: true to accept the answer, false to send it back");
		}
		return loop.review(id, review.accepted(), review.note(), actors.of(user));
	}

	record Answer(String answer) {
	}

	record Review(Boolean accepted, String note) {
	}
}
