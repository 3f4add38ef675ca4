package org.cityops.console.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cityops.directory.DirectoryManagement;
import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.CaseFilter;
import org.cityops.dispatch.CaseSearch;
import org.cityops.dispatch.CaseState;
import org.cityops.dispatch.CaseSummary;
import org.cityops.dispatch.Consultation;
import org.cityops.dispatch.EscalationDesk;
import org.cityops.dispatch.OneThingDesk;
import org.cityops.shared.web.FieldProblem;
import org.cityops.shared.web.InvalidInputException;
import org.cityops.triage.OneThingStandard;
import org.cityops.triage.OneThingStandards;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The escalation desk: escalated cases, the consultation form with the duty team on the roster
 * ticked, lead and co-organiser dispatch, and the co-organisers' progress on consulted cases.
 */
@Controller
@PreAuthorize("hasAnyRole('DISPATCHER', 'DUTY_CHIEF', 'CITY_LEADER', 'ADMINISTRATOR')")
class EscalationDeskController {

	private final CaseSearch search;
	private final EscalationDesk desk;
	private final CaseAccess access;
	private final DirectoryManagement directory;
	private final Clock clock;
	private final FormAttempts forms;
	private final OneThingDesk oneThing;
	private final OneThingStandards standards;

	EscalationDeskController(CaseSearch search, EscalationDesk desk, CaseAccess access, DirectoryManagement directory,
			Clock clock, FormAttempts forms, OneThingDesk oneThing, OneThingStandards standards) {
		this.forms = forms;
		this.oneThing = oneThing;
		this.standards = standards;
		this.search = search;
		this.desk = desk;
		this.access = access;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/escalations")
	String desk(Authentication user, Model model) {
		CaseFilter escalated = new CaseFilter(EnumSet.of(CaseState.ESCALATED), null, null, null, null, null, null, true,
				access.visibleAreas(user.getName()), false, CaseFilter.Sort.OLDEST);
		List<CaseDetails> waiting = details(search.search(escalated, 0, 50).cases(), user);
		CaseFilter consulted = new CaseFilter(EnumSet.of(CaseState.DISPATCHED, CaseState.SIGNED, CaseState.CONTACTED,
				CaseState.ON_SITE, CaseState.HANDLED, CaseState.VERIFIED), null, null, null, null, null, null, true,
				access.visibleAreas(user.getName()), false, null);
		List<CaseDetails> coWork = details(search.search(consulted, 0, 200).cases(), user).stream()
				.filter(details -> details.leadUnit() != null && !details.coTasks().isEmpty()).toList();
		Map<String, List<Consultation>> consultations = new LinkedHashMap<>();
		coWork.forEach(details -> consultations.put(details.id().value(), desk.consultations(details.id())));
		Map<String, List<OneThingStandard>> applicable = new LinkedHashMap<>();
		waiting.forEach(details -> applicable.put(details.id().value(),
				details.categoryCode() == null ? List.of() : standards.covering(details.categoryCode())));
		model.addAttribute("standards", applicable);
		model.addAttribute("runs", OneThingPageController.visible(oneThing.inProgress(50), access, user));
		model.addAttribute("escalated", waiting);
		model.addAttribute("coWork", coWork);
		model.addAttribute("consultations", consultations);
		model.addAttribute("participants", desk.participantsOnDuty(clock.instant()));
		model.addAttribute("units", directory.units("330383", null).stream()
				.filter(unit -> unit.kind().isDepartment()).toList());
		return "cases/escalations";
	}

	private List<CaseDetails> details(List<CaseSummary> summaries, Authentication user) {
		List<CaseDetails> details = new ArrayList<>();
		for (CaseSummary summary : summaries) {
			details.add(access.visibleCase(summary.id().value(), user));
		}
		return details;
	}

	@PostMapping("/cases/{id}/consultations")
	String consult(@PathVariable String id, @RequestParam(defaultValue = "") String decision,
			@RequestParam(defaultValue = "") String leadUnit, @RequestParam(defaultValue = "") String coUnits,
			@RequestParam(required = false) List<String> participants,
			@RequestParam(required = false) String coDueAt, @RequestParam(required = false) String returnTo,
			Authentication user, RedirectAttributes flash) {
		CaseDetails details = access.visibleCase(id, user);
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("decision", decision);
		typed.put("leadUnit", leadUnit);
		typed.put("coUnits", coUnits);
		return forms.attempt(flash, id, "consult", typed, CasePageController.returnTo(returnTo, id),
				() -> desk.consult(details.id(), ActionForm.blankToNull(decision), ActionForm.blankToNull(leadUnit),
						lines(coUnits), participants(participants), dueAt(coDueAt), access.actor(user)));
	}

	private static List<String> lines(String text) {
		return text.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
	}

	/** Participants ticked on the form, each {@code post|personId|name}. */
	private static List<Consultation.Participant> participants(List<String> ticked) {
		if (ticked == null) {
			return List.of();
		}
		return ticked.stream().map(value -> value.split("\\|", 3)).filter(parts -> parts.length == 3)
				.map(parts -> new Consultation.Participant(parts[0], parts[1].isBlank() ? null : parts[1], parts[2]))
				.toList();
	}

	private Instant dueAt(String local) {
		if (ActionForm.blankToNull(local) == null) {
			return null;
		}
		try {
			return LocalDateTime.parse(local).atZone(clock.getZone()).toInstant();
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new InvalidInputException(List.of(FieldProblem.coded("coDueAt", "form.coDueAt",
					"must be a date and time such as 2026-03-05T17:00")));
		}
	}
}
