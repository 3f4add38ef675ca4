package org.cityops.intake.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.cityops.directory.DirectoryManagement;
import org.cityops.directory.Person;
import org.cityops.dispatch.Actor;
import org.cityops.dispatch.Channel;
import org.cityops.dispatch.CurrentActor;
import org.cityops.dispatch.NewCase;
import org.cityops.intake.internal.CaseTriage;
import org.cityops.intake.internal.ReportChecks;
import org.cityops.shared.web.InvalidInputException;
import org.cityops.shared.web.ProblemMessages;
import org.cityops.triage.Categories;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The grid worker's patrol report (巡查上报) on the phone: what, where (picked on the map or the
 * phone's position) and, if known, the category; triage categorises the rest. The case is the
 * reporter's own (routing: patrol self) and appears in their tasks. The form carries a one-time id,
 * so a double tap or a resend makes one case.
 */
@Controller
@PreAuthorize("hasAnyRole('GRID_WORKER', 'GRID_LEADER')")
class PatrolPageController {

	static final String SOURCE = "console-patrol";

	private final ReportChecks checks;
	private final CaseTriage triage;
	private final CurrentActor actors;
	private final DirectoryManagement directory;
	private final Categories categories;
	private final ProblemMessages messages;

	PatrolPageController(ReportChecks checks, CaseTriage triage, CurrentActor actors, DirectoryManagement directory,
			Categories categories, ProblemMessages messages) {
		this.checks = checks;
		this.messages = messages;
		this.triage = triage;
		this.actors = actors;
		this.directory = directory;
		this.categories = categories;
	}

	@GetMapping("/my/patrol")
	String form(Model model) {
		if (!model.containsAttribute("token")) {
			model.addAttribute("token", UUID.randomUUID().toString());
		}
		model.addAttribute("groups", CitizenPageController.groups(categories));
		model.addAttribute("errors", model.getAttribute("errors") == null ? Map.of() : model.getAttribute("errors"));
		return "intake/patrol";
	}

	@PostMapping("/my/patrol")
	String report(@RequestParam(required = false) String category, @RequestParam(required = false) String description,
			@RequestParam(required = false) Double lat, @RequestParam(required = false) Double lng,
			@RequestParam(required = false) String address, @RequestParam String token, Authentication user,
			Model model, HttpServletResponse response, RedirectAttributes flash) {
		Actor actor = actors.of(user);
		Person me = directory.personByUsername(user.getName()).orElse(null);
		try {
			UUID.fromString(token);
			NewCase checked = checks.check(new ReportChecks.Raw(Channel.PATROL.name(), blankToNull(category),
					description, lat, lng, blankToNull(address), null, me == null ? null : me.name(),
					me == null ? null : me.phone(), null, SOURCE, user.getName() + ":" + token, List.of(), false,
					List.of()));
			CaseTriage.Outcome outcome = triage.open(checked, actor);
			flash.addFlashAttribute("reported", outcome.opened().details().id().value());
			return "redirect:/my/patrol";
		}
		catch (IllegalArgumentException | InvalidInputException e) {
			Map<String, String> errors = new LinkedHashMap<>();
			if (e instanceof InvalidInputException invalid) {
				invalid.problems().forEach(problem -> errors.merge(field(problem.field()),
						messages.text(problem, LocaleContextHolder.getLocale()),
						(a, b) -> a + "; " + b));
			}
			else {
				errors.put("token", "the form has expired; please send it again");
			}
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", errors);
			model.addAttribute("token", token);
			model.addAttribute("typed", new Typed(category, description, lat, lng, address));
			model.addAttribute("groups", CitizenPageController.groups(categories));
			return "intake/patrol";
		}
	}

	/** Position problems show under the map, whichever coordinate they name. */
	private static String field(String field) {
		return field == null ? "" : switch (field) {
			case "lat", "lng", "position" -> "lat";
			default -> field;
		};
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** What the worker typed, to fill the form again after a refusal. */
	record Typed(String category, String description, Double lat, Double lng, String address) {
	}
}
