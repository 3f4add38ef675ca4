package org.cityops.directory.security;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cityops.shared.security.OutOfScopeException;
import org.cityops.shared.web.InvalidInputException;
import org.cityops.shared.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bearer tokens: a user who logged in with a password gets a token for later API calls, lists their
 * tokens and revokes them. Administrators may revoke anyone's.
 */
@RestController
@RequestMapping("/api/auth/tokens")
@PreAuthorize("isAuthenticated()")
class TokenController {

	private final ApiTokens tokens;
	private final TokenSettings settings;

	TokenController(ApiTokens tokens, TokenSettings settings) {
		this.tokens = tokens;
		this.settings = settings;
	}

	/** @param validFor how long the token should live (ISO-8601, e.g. PT8H); optional */
	record TokenRequest(Duration validFor) {
	}

	record IssuedToken(UUID id, String token, String tokenType, Instant issuedAt,
			Instant expiresAt) {
	}

	@PostMapping
	ResponseEntity<IssuedToken> issue(@RequestBody(required = false) TokenRequest request, Authentication user) {
		if (!(user instanceof UsernamePasswordAuthenticationToken)) {
			throw new OutOfScopeException("Authorization", "tokens are issued only to users who log in with a password");
		}
		Duration validity = request == null || request.validFor() == null ? settings.validity() : request.validFor();
		if (validity.compareTo(Duration.ofMinutes(1)) < 0 || validity.compareTo(settings.maxValidity()) > 0) {
			throw new InvalidInputException("validFor", "must lie between PT1M and " + settings.maxValidity());
		}
		ApiTokens.Issued issued = tokens.issue(user.getName(), validity);
		return ResponseEntity.created(URI.create("/api/auth/tokens/" + issued.id()))
				.body(new IssuedToken(issued.id(), issued.token(), "Bearer", issued.issuedAt(), issued.expiresAt()));
	}

	@GetMapping
	List<ApiTokens.Listed> mine(Authentication user) {
		return tokens.of(user.getName());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable UUID id, Authentication user) {
		boolean administrator = user.getAuthorities().stream()
				.anyMatch(authority -> "ROLE_ADMINISTRATOR".equals(authority.getAuthority()));
		tokens.ownerOf(id).filter(owner -> administrator || owner.equals(user.getName()))
				.orElseThrow(() -> new NotFoundException("id", "you have no token " + id));
		tokens.revoke(id);
	}
}
