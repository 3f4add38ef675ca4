package org.cityops.dispatch.web;

import java.net.URI;
import java.util.List;

import org.cityops.dispatch.CaseAction;
import org.cityops.dispatch.CurrentActor;
import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.CaseId;
import org.cityops.dispatch.CaseManagement;
import org.cityops.dispatch.Consultation;
import org.cityops.dispatch.EscalationDesk;
import org.cityops.dispatch.OneThingDesk;
import org.cityops.dispatch.OneThingRun;
import org.cityops.shared.web.InvalidInputException;
import org.cityops.shared.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case and the actions on it.
 */
@RestController
@RequestMapping("/api/cases")
class CaseController {

	private final CaseManagement cases;
	private final EscalationDesk desk;
	private final CurrentActor actors;
	private final CaseVisibility visibility;
	private final OneThingDesk oneThings;

	CaseController(CaseManagement cases, EscalationDesk desk, OneThingDesk oneThings, CurrentActor actors,
			CaseVisibility visibility) {
		this.oneThings = oneThings;
		this.cases = cases;
		this.desk = desk;
		this.actors = actors;
		this.visibility = visibility;
	}

	@GetMapping("/{id}")
	CaseDetails get(@PathVariable String id, Authentication user) {
		CaseDetails details = cases.find(caseId(id)).orElseThrow(() -> new NotFoundException("id", "no case " + id));
		if (!visibility.maySee(user, details)) {
			throw new AccessDeniedException("The case lies outside your area");
		}
		return details;
	}

	@PostMapping("/{id}/actions/{action}")
	CaseDetails act(@PathVariable String id, @PathVariable String action,
			@RequestBody(required = false) ActionRequest request, Authentication user) {
		CaseAction named = CaseAction.fromPath(action)
				.filter(a -> a != CaseAction.REPORT && a != CaseAction.LINK_DUPLICATE && a != CaseAction.CONSULT)
				.orElseThrow(() -> new InvalidInputException("action", "no action '" + action
						+ "'; use accept, dispatch, sign, contact, arrive, handle, verify, close, evaluate, return, "
						+ "reassign, escalate, suspend, resume or void"));
		ActionRequest body = request == null ? new ActionRequest(null, null, null, null, null, null, null, null, null,
				null, null) : request;
		return cases.act(caseId(id), named, body.toInput(), actors.of(user));
	}

	@PostMapping("/{id}/consultations")
	CaseDetails consult(@PathVariable String id, @RequestBody ConsultationRequest request, Authentication user) {
		return desk.consult(caseId(id), request.decision(), request.leadUnit(), request.coUnits(),
				request.participants(), request.coDueAt(), actors.of(user));
	}

	@GetMapping("/{id}/consultations")
	List<Consultation> consultations(@PathVariable String id, Authentication user) {
		get(id, user);
		return desk.consultations(caseId(id));
	}

	@PostMapping("/{id}/co-tasks/{unitCode}/report")
	CaseDetails reportCoTask(@PathVariable String id, @PathVariable String unitCode,
			@RequestBody CoTaskReport request, Authentication user) {
		return desk.reportCoTask(caseId(id), unitCode, request.report(), actors.of(user));
	}

	static CaseId caseId(String id) {
		if (!CaseId.isWellFormed(id)) {
			throw new InvalidInputException("id", "must be a case id such as C202611280000001");
		}
		return new CaseId(id);
	}

	record CoTaskReport(String report) {
	}

	@PostMapping("/{id}/one-thing")
	ResponseEntity<OneThingRun> startOneThing(@PathVariable String id,
			@RequestBody(required = false) OneThingStart request, Authentication user) {
		OneThingRun run = oneThings.start(caseId(id), request == null ? null : request.standard(), actors.of(user));
		return ResponseEntity.created(URI.create("/api/cases/" + id + "/one-thing")).body(run);
	}

	@GetMapping("/{id}/one-thing")
	OneThingRun oneThing(@PathVariable String id, Authentication user) {
		get(id, user);
		return oneThings.run(caseId(id))
			.orElseThrow(() -> new NotFoundException("id", "no one-thing standard runs on case " + id));
	}

	@PostMapping("/{id}/one-thing/tasks/{taskId}")
	OneThingRun closeOneThingTask(@PathVariable String id, @PathVariable long taskId,
			@RequestBody OneThingTaskClose request, Authentication user) {
		return oneThings.closeTask(caseId(id), taskId, request.outcome(), request.report(), actors.of(user));
	}

	/** @param standard the standard's code, e.g. {@code OT01}; absent for the one the case triggers */
	record OneThingStart(String standard) {
	}

	record OneThingTaskClose(OneThingRun.Outcome outcome, String report) {
	}
}
