package org.cityops.intake.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cityops.intake.internal.ApiKeys;
import org.cityops.shared.web.FieldProblem;
import org.cityops.shared.web.InvalidInputException;
import org.cityops.shared.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators issue, list and revoke the API keys of Open311 apps and linked systems. A new
 * key is shown once, in the answer that issues it; only its hash is kept.
 */
@RestController
@PreAuthorize("hasRole('ADMINISTRATOR')")
class ApiKeyController {

	private final ApiKeys keys;

	ApiKeyController(ApiKeys keys) {
		this.keys = keys;
	}

	/** What to issue a key for; {@code kind} is APP or SYSTEM. */
	record KeyRequest(String system, String kind, String label) {
	}

	record NewKey(String system, String kind, String key) {
	}

	@PostMapping("/api/intake/keys")
	@ResponseStatus(HttpStatus.CREATED)
	NewKey issue(@RequestBody KeyRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		if (request.system() == null || !request.system().matches("[a-z0-9][a-z0-9-]{1,62}")) {
			problems.add(new FieldProblem("system", "lower-case letters, digits and dashes, 2 to 63 characters"));
		}
		ApiKeys.Kind kind = null;
		try {
			kind = ApiKeys.Kind.valueOf(String.valueOf(request.kind()));
		}
		catch (IllegalArgumentException e) {
			problems.add(new FieldProblem("kind", "must be APP (a citizen app) or SYSTEM (another system)"));
		}
		if (request.label() != null && request.label().length() > 200) {
			problems.add(new FieldProblem("label", "must be at most 200 characters"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new NewKey(request.system(), kind.name(), keys.issue(request.system(), kind, request.label()));
	}

	@GetMapping("/api/intake/keys")
	List<ApiKeys.Issued> all() {
		return keys.all();
	}

	@PostMapping("/api/intake/keys/{id}/revoke")
	void revoke(@PathVariable UUID id) {
		if (!keys.revoke(id)) {
			throw new NotFoundException("id", "no unrevoked key " + id);
		}
	}
}
