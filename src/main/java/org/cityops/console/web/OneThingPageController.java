package org.cityops.console.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cityops.directory.StaffOnly;
import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.OneThingDesk;
import org.cityops.dispatch.OneThingRun;
import org.cityops.shared.web.FieldProblem;
import org.cityops.shared.web.InvalidInputException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's forms for "one thing" (一件事) standards: the centre starts a standard on a case from
 * the escalation desk, and each unit closes its own sub-task from its queue or the case page.
 * Progress is shown by the fragment {@code cases/parts :: oneThing} on those pages.
 */
@Controller
@StaffOnly
class OneThingPageController {

	/** The form names an {@link Outcome} carries: {@code oneThing}, and {@code task-<id>} per sub-task. */
	static final String START = "oneThing";

	private final OneThingDesk desk;
	private final CaseAccess access;
	private final FormAttempts forms;

	OneThingPageController(OneThingDesk desk, CaseAccess access, FormAttempts forms) {
		this.desk = desk;
		this.access = access;
		this.forms = forms;
	}

	@PostMapping("/cases/{id}/one-thing")
	String start(@PathVariable String id, @RequestParam(required = false) String standard,
			@RequestParam(required = false) String returnTo, Authentication user, RedirectAttributes flash) {
		CaseDetails details = access.visibleCase(id, user);
		String chosen = ActionForm.blankToNull(standard);
		return forms.attempt(flash, id, START, chosen == null ? Map.of() : Map.of("standard", chosen),
				CasePageController.returnTo(returnTo, id),
				() -> desk.start(details.id(), chosen, access.actor(user)));
	}

	@PostMapping("/cases/{id}/one-thing/tasks/{taskId}")
	String closeTask(@PathVariable String id, @PathVariable long taskId,
			@RequestParam(required = false) String outcome, @RequestParam(defaultValue = "") String report,
			@RequestParam(required = false) String returnTo, Authentication user, RedirectAttributes flash) {
		CaseDetails details = access.visibleCase(id, user);
		return forms.attempt(flash, id, "task-" + taskId, Map.of("report", report, "outcome", outcome == null ? "" : outcome),
				CasePageController.returnTo(returnTo, id),
				() -> desk.closeTask(details.id(), taskId, outcome(outcome), ActionForm.blankToNull(report),
						access.actor(user)));
	}

	/** The runs among {@code runs} whose case the user may see, each with its case. */
	static List<RunView> visible(List<OneThingRun> runs, CaseAccess access, Authentication user) {
		return runs.stream().map(run -> {
			try {
				return Optional.of(new RunView(access.visibleCase(run.caseId().value(), user), run));
			}
			catch (org.springframework.web.server.ResponseStatusException e) {
				return Optional.<RunView>empty();
			}
		}).flatMap(Optional::stream).toList();
	}

	private static OneThingRun.Outcome outcome(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OneThingRun.Outcome.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(FieldProblem.coded("outcome", "problem.oneThing.outcome",
					"is required: DONE or NOT_NEEDED"));
		}
	}

	/** A running standard with its case, for the pages. */
	record RunView(CaseDetails details, OneThingRun run) {
	}
}
