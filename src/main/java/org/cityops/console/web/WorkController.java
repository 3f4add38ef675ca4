package org.cityops.console.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cityops.directory.StaffOnly;
import org.cityops.dispatch.AccountabilityRecord;
import org.cityops.dispatch.Actor;
import org.cityops.dispatch.CaseAction;
import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.CaseManagement;
import org.cityops.dispatch.CaseSearch;
import org.cityops.dispatch.CaseSummary;
import org.cityops.dispatch.OneThingDesk;
import org.cityops.dispatch.ResponsibilityLoop;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of people who handle cases: the grid worker's tasks (phone-sized, one tap per step) and
 * a department's queue with the accountability records it must answer.
 */
@Controller
@StaffOnly
class WorkController {

	/** The steps a worker takes on the phone, one tap each (handling with a photo). */
	static final List<CaseAction> STEPS = List.of(CaseAction.SIGN, CaseAction.CONTACT, CaseAction.ARRIVE,
			CaseAction.HANDLE);

	private final CaseSearch search;
	private final CaseManagement cases;
	private final ResponsibilityLoop responsibility;
	private final CaseAccess access;

	private final FormAttempts forms;
	private final OneThingDesk oneThing;

	WorkController(CaseSearch search, CaseManagement cases, ResponsibilityLoop responsibility, CaseAccess access,
			FormAttempts forms, OneThingDesk oneThing) {
		this.forms = forms;
		this.oneThing = oneThing;
		this.search = search;
		this.cases = cases;
		this.responsibility = responsibility;
		this.access = access;
	}

	/**
	 * A case in someone's list, with the steps they may take on it now.
	 *
	 * @param details the case
	 * @param mine whether it is assigned to this person (else to their unit)
	 * @param steps the one-tap steps they may take now
	 * @param others further actions (return, escalate) they may take on the case page
	 */
	record Task(CaseDetails details, boolean mine, List<CaseAction> steps, List<CaseAction> others) {

		/** The fields of a step's one-tap form: a position to arrive, a note and a photo to handle. */
		public List<String> fieldsOf(CaseAction step) {
			return switch (step) {
				case ARRIVE -> List.of("position");
				case HANDLE -> List.of("note", "photo");
				default -> List.of();
			};
		}
	}

	@GetMapping("/my/tasks")
	String tasks(Authentication user, Model model) {
		model.addAttribute("tasks", tasksOf(access.actor(user)));
		return "cases/tasks";
	}

	@GetMapping("/my/unit")
	String unit(Authentication user, Model model) {
		Actor actor = access.actor(user);
		model.addAttribute("unitCode", actor.unitCode());
		model.addAttribute("tasks", tasksOf(actor));
		List<AccountabilityRecord> records = actor.unitCode() == null ? List.of()
				: responsibility.ofUnit(actor.unitCode(), true);
		model.addAttribute("records", records);
		model.addAttribute("runs", actor.unitCode() == null ? List.of()
				: OneThingPageController.visible(oneThing.openFor(actor.unitCode()), access, user));
		return "cases/unit";
	}

	@PostMapping("/my/unit/accountability/{recordId}/answer")
	String answer(@PathVariable long recordId, @RequestParam String caseId, @RequestParam String answer,
			Authentication user, RedirectAttributes flash) {
		return forms.attempt(flash, caseId, "answer-" + recordId, Map.of("answer", answer), "/my/unit",
				() -> responsibility.answer(recordId, answer, access.actor(user)));
	}

	private List<Task> tasksOf(Actor actor) {
		if (actor.unitCode() == null) {
			return List.of();
		}
		List<Task> tasks = new ArrayList<>();
		String me = actor.person() == null ? null : actor.person().value().toString();
		for (CaseSummary summary : search.openCasesOf(actor.unitCode())) {
			Optional<CaseDetails> details = cases.find(summary.id());
			if (details.isEmpty()) {
				continue;
			}
			Set<CaseAction> allowed = cases.actionsFor(summary.id(), actor);
			List<CaseAction> steps = STEPS.stream().filter(allowed::contains).toList();
			List<CaseAction> others = allowed.stream().filter(action -> !STEPS.contains(action)).toList();
			tasks.add(new Task(details.get(), me != null && me.equals(summary.assigneePerson()), steps, others));
		}
		tasks.sort(Comparator.comparing((Task task) -> !task.mine()).thenComparing(task -> task.steps().isEmpty()));
		return tasks;
	}
}
