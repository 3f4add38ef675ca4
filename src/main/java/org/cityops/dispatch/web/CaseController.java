package org.cityops.dispatch.web;

import java.util.List;

import org.cityops.dispatch.CaseAction;
import org.cityops.dispatch.CurrentActor;
import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.CaseId;
import org.cityops.dispatch.CaseManagement;
import org.cityops.dispatch.Consultation;
import org.cityops.dispatch.EscalationDesk;
import org.cityops.shared.web.InvalidInputException;
import org.cityops.shared.web.NotFoundException;
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

	CaseController(CaseManagement cases, EscalationDesk desk, CurrentActor actors, CaseVisibility visibility) {
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
}
