package org.cityops.console.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.cityops.directory.DirectoryManagement;
import org.cityops.directory.StaffOnly;
import org.cityops.directory.Unit;
import org.cityops.dispatch.Actor;
import org.cityops.dispatch.CaseAction;
import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.CaseManagement;
import org.cityops.dispatch.EscalationDesk;
import org.cityops.dispatch.OneThingDesk;
import org.cityops.dispatch.ResponsibilityLoop;
import org.cityops.shared.web.FieldProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of one case: where it stands, its deadlines, its whole timeline, and a form for every
 * action the user may take now. The forms post here and go through {@link CaseManagement#act} as the
 * API's do; problems come back to the page next to their fields.
 */
@Controller
@StaffOnly
class CasePageController {

	/** Pages a form may return to. */
	private static final Pattern RETURN_TO = Pattern.compile("/(cases|my|escalations)(/[A-Za-z0-9-]+)*");
	private static final Set<CaseAction> PLATFORM_ACTIONS = Set.of(CaseAction.REPORT, CaseAction.LINK_DUPLICATE,
			CaseAction.CONSULT);

	private final CaseManagement cases;
	private final CaseAccess access;
	private final ResponsibilityLoop responsibility;
	private final EscalationDesk desk;
	private final DirectoryManagement directory;
	private final Attachments attachments;
	private final TransactionTemplate transaction;
	private final FormAttempts forms;
	private final OneThingDesk oneThing;

	CasePageController(CaseManagement cases, CaseAccess access, ResponsibilityLoop responsibility,
			EscalationDesk desk, DirectoryManagement directory, Attachments attachments,
			TransactionTemplate transaction, FormAttempts forms, OneThingDesk oneThing) {
		this.forms = forms;
		this.oneThing = oneThing;
		this.cases = cases;
		this.access = access;
		this.responsibility = responsibility;
		this.desk = desk;
		this.directory = directory;
		this.attachments = attachments;
		this.transaction = transaction;
	}

	@GetMapping("/cases/{id}")
	String page(@PathVariable String id, Authentication user, Model model) {
		CaseDetails details = access.visibleCase(id, user);
		Actor actor = access.actor(user);
		Set<CaseAction> actions = cases.actionsFor(details.id(), actor);
		Map<CaseAction, List<String>> forms = new LinkedHashMap<>();
		actions.forEach(action -> forms.put(action, ActionForm.fieldsOf(action)));
		model.addAttribute("details", details);
		model.addAttribute("run", oneThing.run(details.id()).orElse(null));
		model.addAttribute("myUnit", actor.unitCode());
		model.addAttribute("forms", forms);
		model.addAttribute("records", responsibility.ofCase(details.id()));
		model.addAttribute("consultations", desk.consultations(details.id()));
		model.addAttribute("units", targetUnits(details));
		model.addAttribute("ownCoTask", details.coTasks().stream()
				.filter(task -> "OPEN".equals(task.state()) && task.unitCode().equals(actor.unitCode())).findFirst()
				.orElse(null));
		return "cases/case";
	}

	/** The units a case can be sent to: the departments of its county, and its grid. */
	private List<Unit> targetUnits(CaseDetails details) {
		String county = details.place() == null || details.place().county() == null ? "330383"
				: details.place().county().code();
		List<Unit> units = new ArrayList<>(directory.units(county, null).stream()
				.filter(unit -> unit.kind().isDepartment() || unit.kind() == org.cityops.directory.UnitKind.CENTRE)
				.toList());
		if (details.place() != null && details.place().grid() != null) {
			directory.unit(details.place().grid().code()).ifPresent(units::add);
		}
		return units;
	}

	@PostMapping("/cases/{id}/actions/{action}")
	String act(@PathVariable String id, @PathVariable String action, @ModelAttribute ActionForm form,
			BindingResult binding, @RequestParam(required = false) MultipartFile photo, Authentication user,
			RedirectAttributes flash) {
		CaseDetails details = access.visibleCase(id, user);
		CaseAction named = CaseAction.fromPath(action).filter(a -> !PLATFORM_ACTIONS.contains(a))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "action: no action " + action));
		String back = returnTo(form.returnTo(), id);
		Map<String, String> typed = typed(form);
		if (binding.hasErrors()) {
			forms.failed(flash, id, action, binding.getFieldErrors().stream()
					.map(error -> FieldProblem.coded(error.getField(), "form.invalidValue",
							"'" + error.getRejectedValue() + "' is not valid", String.valueOf(error.getRejectedValue())))
					.toList(), typed);
			return "redirect:" + back;
		}
		Actor actor = access.actor(user);
		return forms.attempt(flash, id, action, typed, back, () -> transaction.executeWithoutResult(status -> {
			List<String> stored = photo == null || photo.isEmpty() ? List.of()
					: List.of(attachments.store(details.id().value(), photo, user.getName()));
			cases.act(details.id(), named, form.toInput(named, stored), actor);
		}));
	}

	@PostMapping("/cases/{id}/co-tasks/{unitCode}/report")
	String reportCoTask(@PathVariable String id, @PathVariable String unitCode, @RequestParam String report,
			@RequestParam(required = false) String returnTo, Authentication user, RedirectAttributes flash) {
		CaseDetails details = access.visibleCase(id, user);
		return forms.attempt(flash, id, "coTask", Map.of("report", report), returnTo(returnTo, id),
				() -> desk.reportCoTask(details.id(), unitCode, ActionForm.blankToNull(report), access.actor(user)));
	}

	static String returnTo(String requested, String caseId) {
		return requested != null && RETURN_TO.matcher(requested).matches() ? requested : "/cases/" + caseId;
	}

	private static Map<String, String> typed(ActionForm form) {
		Map<String, String> typed = new LinkedHashMap<>();
		put(typed, "note", form.note());
		put(typed, "reason", form.reason());
		put(typed, "targetUnit", form.targetUnit());
		put(typed, "targetPerson", form.targetPerson());
		put(typed, "feedbackNote", form.feedbackNote());
		put(typed, "reviewDate", form.reviewDate() == null ? null : form.reviewDate().toString());
		put(typed, "satisfaction", form.satisfaction() == null ? null : form.satisfaction().toString());
		return typed;
	}

	private static void put(Map<String, String> typed, String field, String value) {
		if (value != null) {
			typed.put(field, value);
		}
	}

	@GetMapping("/console/attachments/{id}")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id, Authentication user) {
		Attachments.Stored stored = attachments.find(id)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "id: no attachment " + id));
		access.visibleCase(stored.caseId(), user);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(stored.contentType()))
				.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
				.header("X-Content-Type-Options", "nosniff")
				.body(stored.content());
	}
}
