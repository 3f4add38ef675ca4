package org.cityops.dispatch.web;

import java.util.List;

import org.cityops.dispatch.AccountabilityRecord;
import org.cityops.dispatch.CurrentActor;
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

	AccountabilityController(ResponsibilityLoop loop, CurrentActor actors) {
		this.loop = loop;
		this.actors = actors;
	}

	@GetMapping("/cases/{id}")
	List<AccountabilityRecord> ofCase(@PathVariable String id) {
		return loop.ofCase(CaseController.caseId(id));
	}

	@PostMapping("/{id}/answer")
	AccountabilityRecord answer(@PathVariable long id, @RequestBody Answer answer, Authentication user) {
		return loop.answer(id, answer.answer(), actors.of(user));
	}

	@PostMapping("/{id}/review")
	AccountabilityRecord review(@PathVariable long id, @RequestBody Review review, Authentication user) {
		return loop.review(id, Boolean.TRUE.equals(review.accepted()), review.note(), actors.of(user));
	}

	record Answer(String answer) {
	}

	record Review(Boolean accepted, String note) {
	}
}
